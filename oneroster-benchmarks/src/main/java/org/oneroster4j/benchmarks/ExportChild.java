package org.oneroster4j.benchmarks;

import java.time.Duration;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.testkit.Seed;

/**
 * A child JVM that exports the {@link Gradebooks} gradebook to a fake SIS started by another
 * process, then prints {@code TIMED <millis> <writes>} (from building the client to the end of the
 * export, the gradebook being built before) and {@code REPORT <json>}: the process the crash drill
 * kills mid-run, and the suite's cold export.
 */
public final class ExportChild {
  private ExportChild() {}

  /**
   * Exports once.
   *
   * @param args {@code baseUrl tokenUrl clientId clientSecret namespace classes studentsPerClass
   *     assignments concurrency}
   */
  public static void main(String[] args) {
    int classes = Integer.parseInt(args[5]);
    int studentsPerClass = Integer.parseInt(args[6]);
    int assignments = Integer.parseInt(args[7]);
    int concurrency = Integer.parseInt(args[8]);
    Seed seed = Seed.large(1, 1, classes, studentsPerClass);
    var gradebook = Gradebooks.of(seed, args[4], classes, assignments);
    long t0 = System.nanoTime();
    OneRosterClient client =
        OneRosterClient.builder()
            .url(args[0])
            .tokenUrl(args[1])
            .credentials(Credentials.clientCredentials(args[2], args[3]))
            .allowInsecureHttp(true)
            .maxConcurrency(concurrency)
            .requestTimeout(Duration.ofSeconds(60))
            .build();
    ExportReport report =
        GradeExporter.of(client).namespace(args[4]).concurrency(concurrency).export(gradebook);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("TIMED " + millis + " " + report.writes());
    System.out.println("REPORT " + report.toJson().replace('\n', ' '));
    System.exit(report.succeeded() ? 0 : 1);
  }
}
