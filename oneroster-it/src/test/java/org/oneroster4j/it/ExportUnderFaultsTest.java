package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.ExportListener;
import org.oneroster4j.export.ExportPlan;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.ItemOutcome;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;

/** Large exports under injected faults, and a run interrupted half-way then run again. */
class ExportUnderFaultsTest {

  /** 4 classes x 50 students x 26 assignments = 5,200 results. */
  private static Seed largeSeed() {
    return Seed.large(1, 2, 2, 50);
  }

  private static Gradebook largeGradebook(FakeSis sis) {
    Seed seed = sis.seed();
    Gradebook gb = Fixtures.gradebook(seed, seed.classIds().subList(0, 4), 26);
    assertThat(Fixtures.resultCount(gb)).isGreaterThanOrEqualTo(5_000);
    return gb;
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // a safety net against a hung build, not a benchmark
  void export_withTenPercentFaults_endsWithExactlyTheGradebookInTheSis(String flavour) {
    try (FakeSis sis = Fixtures.start(flavour, largeSeed())) {
      Fixtures.Baseline baseline = Fixtures.Baseline.of(sis);
      Gradebook gb = largeGradebook(sis);
      // About 10 % of all requests fail: a third 429 with Retry-After, a third 503, a third
      // dropped connections.
      sis.faults().randomly(0.034, 11).rateLimit(Duration.ofSeconds(1));
      sis.faults().randomly(0.033, 12).respond(503);
      sis.faults().randomly(0.033, 13).dropConnection();

      ExportReport report =
          GradeExporter.of(Fixtures.client(sis))
              .namespace(Fixtures.NAMESPACE)
              .concurrency(4)
              .export(gb);

      assertThat(report.failures()).isEmpty();
      assertThat(report.results().created()).isEqualTo(Fixtures.resultCount(gb));
      assertThat(sis.requests()).anyMatch(r -> r.status() == 429);
      assertThat(sis.requests()).anyMatch(r -> r.status() == 503);
      assertThat(sis.requests()).anyMatch(r -> r.status() == 0);
      sis.faults().clear();
      Fixtures.assertSisMatches(sis, baseline, gb);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // a safety net against a hung build, not a benchmark
  void export_interruptedHalfWay_thenRunAgain_endsExact(String flavour) throws Exception {
    try (FakeSis sis = Fixtures.start(flavour, largeSeed())) {
      Fixtures.Baseline baseline = Fixtures.Baseline.of(sis);
      Gradebook gb = largeGradebook(sis);
      OneRosterClient client = Fixtures.client(sis);
      AtomicReference<Thread> exporting = new AtomicReference<>();
      AtomicReference<ExportPlan> planned = new AtomicReference<>();
      AtomicInteger done = new AtomicInteger();
      ExportListener interruptHalfWay =
          new ExportListener() {
            @Override
            public void planned(ExportPlan plan) {
              planned.set(plan);
            }

            @Override
            public void itemDone(ItemOutcome outcome) {
              if (done.incrementAndGet() == planned.get().writeCount() / 2) {
                exporting.get().interrupt();
              }
            }
          };
      AtomicReference<ExportReport> first = new AtomicReference<>();
      Thread t =
          new Thread(
              () ->
                  first.set(
                      GradeExporter.of(client)
                          .namespace(Fixtures.NAMESPACE)
                          .concurrency(4)
                          .listener(interruptHalfWay)
                          .export(gb)));
      exporting.set(t);
      t.start();
      t.join();

      ExportReport stopped = first.get();
      assertThat(stopped.interrupted()).isTrue();
      assertThat(stopped.notSent()).isPositive();
      int sentBefore = stopped.writes();
      assertThat(sentBefore).isLessThan(planned.get().writeCount());

      // Run again as a restarted process would: a new client (in-flight requests of the
      // interrupted run are not cancelled by the JDK 17 HttpClient, so its connections are not
      // reused).
      ExportReport again =
          GradeExporter.of(Fixtures.client(sis))
              .namespace(Fixtures.NAMESPACE)
              .concurrency(4)
              .export(gb);

      assertThat(again.interrupted()).isFalse();
      assertThat(again.failures()).isEmpty();
      // The second run sends only what the first did not: nothing is written twice.
      assertThat(again.results().unchanged() + again.lineItems().unchanged())
          .isGreaterThanOrEqualTo(sentBefore);
      Fixtures.assertSisMatches(sis, baseline, gb);
      assertThat(List.of(again.lineItems().failed(), again.results().failed())).containsOnly(0);
    }
  }
}
