package org.oneroster4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
import org.oneroster4j.export.ClassLink;
import org.oneroster4j.export.ClassLinker;
import org.oneroster4j.export.ConnectionCheck;
import org.oneroster4j.export.Diagnosis;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.LmsStudent;
import org.oneroster4j.export.SisClass;
import org.oneroster4j.export.SisStudent;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code oneroster demo}: the whole grade export against an embedded fake SIS on loopback, with a
 * bundled sample gradebook. Nothing to set up, nothing leaves the machine.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Shows a whole grade export against a fake SIS on this machine; no setup.",
      "",
      "Starts a fake OneRoster SIS (1.2 unless --oneroster 1.1) on loopback, checks the"
          + " connection, links the seeded"
          + " teacher's classes, exports a sample gradebook (categories, an exempt grade, extra"
          + " credit, one invalid assignment), prints the report, then exports again to show"
          + " that nothing is rewritten."
    })
final class DemoCommand implements Callable<Integer> {
  /** One teacher with three classes of eight students: what the sample gradebook grades. */
  static final Seed SEED = Seed.large(1, 2, 3, 8);

  static final String SAMPLE = "sample-gradebook.json";

  private final CliContext ctx;

  @Option(
      names = "--oneroster",
      paramLabel = "1.1|1.2",
      defaultValue = "1.2",
      description =
          "The OneRoster version the fake SIS and the client speak; default ${DEFAULT-VALUE}.")
  String oneroster;

  DemoCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    PrintWriter out = ctx.out();
    Gradebook gradebook = sampleGradebook();
    OneRosterVersion version;
    try {
      version = OneRosterVersion.parse(oneroster);
    } catch (IllegalArgumentException e) {
      throw new UsageException("Unknown --oneroster '" + oneroster + "': use 1.1 or 1.2");
    }
    try (FakeSis sis =
            FakeSis.builder().vendor("generic").seed(SEED).version(version).build().start();
        OneRosterClient client =
            OneRosterClient.builder()
                .url(sis.baseUrl())
                .tokenUrl(sis.tokenUrl())
                .credentials(Credentials.clientCredentials(sis.clientId(), sis.clientSecret()))
                .userAgent("oneroster-cli/" + VersionProvider.version())
                .build()) {
      out.println("OneRoster4j demo: a fake SIS on this machine, a sample LMS gradebook.");
      out.println();
      out.println("1. Fake SIS (generic " + version + ", OAuth 2) at " + sis.baseUrl());
      if (version == OneRosterVersion.V1_2) {
        out.println("   rostering: " + sis.serviceUrl(Service.ROSTERING));
        out.println("   gradebook: " + sis.serviceUrl(Service.GRADEBOOK));
      }

      out.println();
      out.println("2. Connection check");
      Diagnosis diagnosis = ConnectionCheck.of(client).run();
      CheckCommand.print(diagnosis, out, "   ");
      if (!diagnosis.ok()) {
        return ExitCodes.of(diagnosis);
      }

      String teacher = sis.teacherEmail();
      out.println();
      out.println("3. Active classes of " + teacher + ", linked to the LMS classes");
      ClassLinker linker = ClassLinker.of(client);
      List<SisClass> classes = linker.linkableClasses(teacher);
      ClassesCommand.print(classes, out, "   ");
      for (SisClass c : classes) {
        ClassLink link = linker.link(c, lmsStudents(sis, c.classSourcedId()));
        out.println(
            "   "
                + c.classSourcedId()
                + ": "
                + link.students().size()
                + " LMS students matched to the SIS roster by email"
                + (link.fullyMatched() ? "" : ", " + unmatched(link)));
      }

      out.println();
      out.println(
          "4. Export of the sample gradebook ("
              + gradebook.classes().size()
              + " classes, "
              + gradebook.assignmentCount()
              + " assignments, namespace \""
              + gradebook.namespace()
              + "\")");
      GradeExporter exporter = GradeExporter.of(client);
      ExportReport first = exporter.export(gradebook);
      ReportPrinter.print(first, out, "   ");
      out.println("   " + inTheSis(client));

      out.println();
      out.println("5. The same gradebook exported again");
      ExportReport second = exporter.export(gradebook);
      ReportPrinter.print(second, out, "   ", false);
      out.println(
          "   "
              + second.writes()
              + " writes: ids are stable and unchanged items are not sent again.");

      out.println();
      boolean ok = first.succeeded() && second.succeeded() && second.writes() == 0;
      out.println(
          ok
              ? "Done. Next: `oneroster check --url https://your-sis ...` against a real SIS."
              : "The demo did not go as expected; see the failures above.");
      return ok ? ExitCodes.OK : ExitCodes.ITEM_FAILURES;
    }
  }

  /** What the SIS holds now, read back: exempt grades and extra credit are kept as sent. */
  private static String inTheSis(OneRosterClient client) {
    Map<String, Double> maxima = new HashMap<>();
    Set<String> categoryIds = new HashSet<>();
    for (LineItem li : client.lineItems()) {
      maxima.put(li.sourcedId(), li.resultValueMax());
      if (li.category() != null) {
        categoryIds.add(li.category().sourcedId());
      }
    }
    Set<String> categories = new TreeSet<>();
    for (Category c : client.categories()) {
      if (categoryIds.contains(c.sourcedId())) {
        categories.add(c.title());
      }
    }
    int results = 0;
    int exempt = 0;
    int extraCredit = 0;
    for (Result r : client.results()) {
      results++;
      if (ScoreStatus.EXEMPT.equals(r.scoreStatus())) {
        exempt++;
      }
      Double max = r.lineItem() == null ? null : maxima.get(r.lineItem().sourcedId());
      if (r.score() != null && max != null && r.score() > max) {
        extraCredit++;
      }
    }
    return "Read back from the SIS: "
        + maxima.size()
        + " lineItems in its categories "
        + String.join(", ", categories)
        + ",\n   "
        + results
        + " results with "
        + exempt
        + " exempt and "
        + extraCredit
        + " extra credit (above the maximum points) kept as sent.";
  }

  /** The bundled sample gradebook. */
  static Gradebook sampleGradebook() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the sample gradebook is missing from the jar");
      }
      return Gradebook.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The LMS's students of a class: here the SIS roster's, known to the LMS by email. */
  private static List<LmsStudent> lmsStudents(FakeSis sis, String classSourcedId) {
    List<LmsStudent> students = new ArrayList<>();
    for (String id : sis.seed().studentIdsOf(classSourcedId)) {
      students.add(LmsStudent.byEmail("lms-" + id, sis.seed().emailOf(id)));
    }
    return students;
  }

  private static String unmatched(ClassLink link) {
    List<String> names = new ArrayList<>();
    link.unmatchedLmsStudents().forEach(s -> names.add(s.lmsId()));
    link.unmatchedSisStudents().stream().map(SisStudent::sourcedId).forEach(names::add);
    return "unmatched: " + String.join(", ", names);
  }
}
