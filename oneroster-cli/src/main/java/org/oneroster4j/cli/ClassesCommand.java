package org.oneroster4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.ClassLinker;
import org.oneroster4j.export.SisClass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oneroster classes}: a teacher's active SIS classes, to link LMS classes to. */
@Command(
    name = "classes",
    mixinStandardHelpOptions = true,
    description = "Lists a teacher's active SIS classes (the classes LMS classes link to).")
final class ClassesCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ConnectionOptions connection;

  @Option(
      names = "--teacher-email",
      required = true,
      paramLabel = "EMAIL",
      description = "The teacher's email as the SIS has it.")
  String teacherEmail;

  @Option(names = "--json", description = "Print JSON (an array of classes) instead of a table.")
  boolean json;

  ClassesCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    List<SisClass> classes;
    try (OneRosterClient client = connection.client(ctx)) {
      classes = ClassLinker.of(client).linkableClasses(teacherEmail.strip());
    }
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ctx.out().println(mapper.writeValueAsString(classes));
      return ExitCodes.OK;
    }
    print(classes, ctx.out(), "");
    return ExitCodes.OK;
  }

  static void print(List<SisClass> classes, PrintWriter out, String indent) {
    if (classes.isEmpty()) {
      out.println(indent + "No active classes.");
      return;
    }
    Table table = new Table("sourcedId", "title", "classCode", "course", "term");
    for (SisClass c : classes) {
      table.row(c.classSourcedId(), c.title(), c.classCode(), c.course(), c.term());
    }
    table.print(out, indent);
  }
}
