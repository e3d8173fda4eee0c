package org.oneroster4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.testkit.Seed;

/** The suite's fake SIS in a JVM of its own, driven by real exports, and its warm-up rule. */
class SuiteSisTest {
  private static final int CLASSES = 2;
  private static final int STUDENTS = 3;
  private static final int ASSIGNMENTS = 2;

  @Test
  void childSis_recordsResetsAndHandsOverTheWritesAsTheInProcessOneDoes() throws Exception {
    Seed seed = Seed.large(1, 1, CLASSES, STUDENTS);
    Gradebook gradebook = Gradebooks.of(seed, "suite-test", CLASSES, ASSIGNMENTS);
    List<Ceiling.Put> inProcessWrites;
    try (SuiteSis sis = SuiteSis.inProcess(seed, 1_000)) {
      ExportReport report = exporter(sis).export(gradebook);
      assertThat(report.failures()).isEmpty();
      inProcessWrites = sis.capturedWrites();
    }
    try (SuiteSis sis = SuiteSis.child(CLASSES, STUDENTS, 1_000)) {
      assertThat(sis.where()).isEqualTo("a JVM of its own");
      GradeExporter exporter = exporter(sis);

      ExportReport first = exporter.export(gradebook);
      assertThat(first.failures()).isEmpty();
      long writes = first.writes();
      assertThat(writes).isEqualTo(inProcessWrites.size()).isGreaterThan(CLASSES * ASSIGNMENTS);
      long[] counts = sis.counts();
      assertThat(counts[0]).as("PUTs and DELETEs the SIS saw").isEqualTo(writes);
      assertThat(counts[1]).as("all requests, the reads too").isGreaterThan(writes);

      List<Ceiling.Put> captured = sis.capturedWrites();
      assertThat(captured).hasSize((int) writes);
      // The same writes (sent concurrently, so in any order within a phase), lineItems first.
      assertThat(captured.stream().map(Ceiling.Put::path))
          .containsExactlyInAnyOrderElementsOf(
              inProcessWrites.stream().map(Ceiling.Put::path).toList());
      assertThat(captured.subList(0, CLASSES * ASSIGNMENTS))
          .allSatisfy(put -> assertThat(put.path()).startsWith("lineItems/"));
      assertThat(captured.subList(CLASSES * ASSIGNMENTS, captured.size()))
          .allSatisfy(put -> assertThat(put.path()).startsWith("results/"));
      assertThat(new String(captured.get(0).body(), java.nio.charset.StandardCharsets.UTF_8))
          .startsWith("{");

      // Forgetting the requests keeps the gradebook: a re-export writes nothing.
      sis.clearRequests();
      assertThat(sis.counts()[1]).isZero();
      assertThat(exporter.export(gradebook).writes()).isZero();
      assertThat(sis.counts()[0]).isZero();

      // A reset forgets the gradebook too: the next export writes everything again.
      sis.reset();
      sis.collectGarbage();
      assertThat(sis.counts()).containsExactly(0, 0);
      assertThat(exporter.export(gradebook).writes()).isEqualTo(writes);
      assertThat(sis.cpuNanos()).as("the SIS's own process CPU").isPositive();
    }
  }

  @Test
  void warmUps_doTheSameWorkAtBothSizes() {
    assertThat(Suite.runsFor(150_000, 30_000)).isEqualTo(5);
    assertThat(Suite.runsFor(150_000, 2_000)).isEqualTo(75);
    assertThat(Suite.runsFor(300_000, 30_000)).isEqualTo(10);
    assertThat(Suite.runsFor(300_000, 2_000)).isEqualTo(150);
    assertThat(Suite.runsFor(150_000, 7)).isEqualTo(21_429);
    assertThat(Suite.runsFor(10, 1_000_000)).isEqualTo(1);
  }

  private static GradeExporter exporter(SuiteSis sis) {
    OneRosterClient client = sis.clientBuilder().requestTimeout(Duration.ofSeconds(30)).build();
    return GradeExporter.of(client).namespace("suite-test");
  }
}
