package org.oneroster4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.ConnectionCheck;
import org.oneroster4j.export.Diagnosis;
import org.oneroster4j.export.ExportPlan;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oneroster export}: makes the SIS gradebook match a gradebook file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports a gradebook JSON file to the SIS.",
      "",
      "Creates, updates and deletes lineItems and results so the SIS matches the file."
          + " Running it again writes nothing new. Progress goes to stderr, the summary to"
          + " stdout.",
      "Exit 0 when every item was exported, 1 when some failed (see --report), 2 for a bad file"
          + " or options, 3 when the SIS rejects the credentials, 4 when it is unreachable.",
      "",
      "The gradebook file: {\"namespace\": \"my-lms\", \"classes\": [{\"classSourcedId\","
          + " \"assignments\": [{\"id\", \"title\", \"description\", \"assignDate\","
          + " \"dueDate\", \"maxPoints\", \"category\", \"deleted\", \"grades\":"
          + " [{\"studentSourcedId\" or \"studentEmail\", \"score\", \"status\", \"comment\","
          + " \"deleted\"}]}]}]}. Every key with an example: README, section \"Gradebook file\";"
          + " its JSON Schema: `oneroster export --schema`. Unknown keys are refused."
    })
final class ExportCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ConnectionOptions connection;

  @Option(
      names = "--gradebook",
      paramLabel = "FILE",
      description =
          "The gradebook JSON file (required; the format is above and in the README, section"
              + " \"Gradebook file\").")
  Path gradebook;

  @Option(
      names = "--schema",
      description = "Print the gradebook file's JSON Schema and exit; needs no SIS.")
  boolean schema;

  @Option(names = "--dry-run", description = "Show what would be written; write nothing.")
  boolean dryRun;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write the report JSON (counts, failures, skipped items) to FILE.")
  Path report;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Writes in flight at once; default the vendor's.")
  Integer concurrency;

  @Option(
      names = "--max-unanswered-writes",
      paramLabel = "N",
      description =
          "Stop sending once N writes in a row got no answer from the SIS (the rest are reported"
              + " not sent, exit code 4); 0 never stops; default 10.")
  Integer maxUnansweredWrites;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description =
          "The LMS installation's namespace (ids derive from it; never change it); default the"
              + " gradebook's, else \"default\".")
  String namespace;

  ExportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (schema) {
      ctx.out().print(Gradebook.jsonSchema());
      return ExitCodes.OK;
    }
    if (gradebook == null) {
      throw new UsageException(
          "Missing required option: '--gradebook=FILE' (the format: `oneroster export --help`)");
    }
    if (dryRun && report != null) {
      throw new UsageException(
          "--report records what an export did, and --dry-run does nothing: drop one of them");
    }
    if (concurrency != null && concurrency < 1) {
      throw new UsageException("--concurrency must be at least 1, was " + concurrency);
    }
    if (maxUnansweredWrites != null && maxUnansweredWrites < 0) {
      throw new UsageException(
          "--max-unanswered-writes must be 0 (never stop) or more, was " + maxUnansweredWrites);
    }
    Gradebook book = read(gradebook);
    if (report != null) {
      // Found now, not after every write was sent: the report is the record of what was done.
      checkReport(report, gradebook);
    }
    try (OneRosterClient client = connection.client(ctx)) {
      return export(client, book);
    }
  }

  private int export(OneRosterClient client, Gradebook book) {
    PrintWriter out = ctx.out();
    PrintWriter err = ctx.err();

    // Prove the connection first, so a wrong secret is exit code 3 and not one failure per class.
    Diagnosis diagnosis = ConnectionCheck.of(client).run();
    if (!diagnosis.ok()) {
      CheckCommand.print(diagnosis, err, "");
      return ExitCodes.of(diagnosis);
    }

    GradeExporter exporter = GradeExporter.of(client);
    if (namespace != null) {
      exporter = exporter.namespace(namespace);
    }
    if (concurrency != null) {
      exporter = exporter.concurrency(concurrency);
    }
    if (maxUnansweredWrites != null) {
      exporter = exporter.maxUnansweredWrites(maxUnansweredWrites);
    }
    String what =
        book.classes().size()
            + " classes, "
            + book.assignmentCount()
            + " assignments, to "
            + client.baseUrl()
            + " ("
            + client.vendor().displayName()
            + ")";
    if (dryRun) {
      ExportPlan plan = exporter.plan(book);
      out.println("Dry run of " + gradebook.getFileName() + ": " + what + "; nothing written.");
      ReportPrinter.print(plan, out, "  ");
      return plan.failures().isEmpty() ? ExitCodes.OK : ExitCodes.ITEM_FAILURES;
    }

    err.println("Exporting " + gradebook.getFileName() + ": " + what);
    ExportReport result = exporter.listener(new ProgressPrinter(err, ctx.terminal())).export(book);
    out.println(
        (result.succeeded() ? "Exported. " : "Exported with failures. ")
            + result.writes()
            + " writes sent.");
    ReportPrinter.print(result, out, "  ");
    if (report != null) {
      write(result, report);
      out.println("Report written to " + report);
    }
    return ExitCodes.of(result);
  }

  private static Gradebook read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("--gradebook " + file + ": no such file");
    }
    return Gradebook.fromJson(file);
  }

  /**
   * Refuses a {@code --report} that would destroy the gradebook, or that cannot be written: its
   * directory missing or not writable, or the path an existing directory or read-only file.
   */
  static void checkReport(Path report, Path gradebook) {
    Path target = report.toAbsolutePath().normalize();
    Path input = gradebook.toAbsolutePath().normalize();
    boolean same = target.equals(input);
    if (!same && Files.exists(target)) {
      try {
        same = Files.isSameFile(target, input);
      } catch (IOException e) {
        same = false; // cannot tell: the checks below still apply
      }
    }
    if (same) {
      throw new UsageException(
          "--report "
              + report
              + " is the gradebook file: writing the report would overwrite the gradebook. Give"
              + " the report another file name");
    }
    if (Files.isDirectory(target)) {
      throw new UsageException(
          "--report "
              + report
              + " is a directory; give a file name, e.g. "
              + report
              + "/report.json");
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException(
          "--report "
              + report
              + ": the directory "
              + (dir == null ? "" : dir + " ")
              + "does not exist; create it or write the report elsewhere");
    }
    if (Files.exists(target) ? !Files.isWritable(target) : !Files.isWritable(dir)) {
      throw new UsageException(
          "--report "
              + report
              + ": "
              + (Files.exists(target)
                  ? "the file is not writable"
                  : "cannot create a file in " + dir)
              + " (permissions); write the report elsewhere");
    }
  }

  private static void write(ExportReport result, Path file) {
    try (OutputStream stream = Files.newOutputStream(file)) {
      result.writeJson(stream);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + file, e);
    }
  }
}
