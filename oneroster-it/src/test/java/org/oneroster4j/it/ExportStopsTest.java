package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RequestAttempt;
import org.oneroster4j.RequestGate;
import org.oneroster4j.RequestGateKey;
import org.oneroster4j.RequestListener;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.ItemKind;
import org.oneroster4j.export.ItemOutcome;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

/**
 * An export whose writes get no answer stops sending after {@code maxUnansweredWrites} of them in a
 * row, whether the SIS went silent or the request gate can grant no permit: the rest are reported
 * not sent, and running the export again once it answers finishes the job.
 */
class ExportStopsTest {
  private static final int CONCURRENCY = 4;

  /** 2 classes x 8 students x 6 assignments: 12 lineItems, 96 results. */
  private static Gradebook gradebook(FakeSis sis) {
    return Fixtures.gradebook(sis.seed(), sis.seed().classIds().subList(0, 2), 6);
  }

  private static GradeExporter exporter(OneRosterClient client) {
    return GradeExporter.of(client)
        .namespace(Fixtures.NAMESPACE)
        .concurrency(CONCURRENCY)
        .maxUnansweredWrites(5);
  }

  @Test
  void aSisThatDropsEveryWrite_stopsTheRun_andARunAfterItFinishesTheJob() {
    try (FakeSis sis = Fixtures.start("generic", Seed.large(1, 1, 2, 8))) {
      Fixtures.Baseline baseline = Fixtures.Baseline.of(sis);
      Gradebook gb = gradebook(sis);
      OneRosterClient client = Fixtures.client(sis);
      sis.faults().matching("/").method("PUT").dropConnection();

      ExportReport stopped = exporter(client).export(gb);

      assertThat(stopped.stopCause()).isEqualTo(ExportReport.StopCause.SIS_NOT_ANSWERING);
      assertThat(stopped.interrupted()).isTrue();
      List<String> tried =
          Fixtures.writes(sis, 5).stream().map(RecordedRequest::path).distinct().toList();
      // The five in a row and at most the others already in flight; the lineItems all failed, so
      // no result was tried.
      assertThat(tried).allMatch(p -> p.contains("/lineItems/")).hasSizeBetween(5, 5 + 3);
      // Each lineItem not tried is not sent, and neither are its 8 results.
      assertThat(stopped.notSent()).isEqualTo((12 - tried.size()) * (1 + 8));
      assertThat(stopped.outcomes())
          .filteredOn(o -> o.status() == ItemOutcome.Status.NOT_SENT)
          .hasSize(stopped.notSent())
          .allSatisfy(o -> assertThat(o.message()).contains("writes in a row got no answer"));

      sis.faults().clear();
      ExportReport again = exporter(client).export(gb);

      assertThat(again.succeeded()).as(again.toString()).isTrue();
      Fixtures.assertSisMatches(sis, baseline, gb);
    }
  }

  @Test
  void aGateThatCanGrantNoPermitMidRun_stopsTheRun_namingTheGate() {
    try (FakeSis sis = Fixtures.start("generic", Seed.large(1, 1, 2, 8))) {
      Gradebook gb = gradebook(sis);
      AtomicBoolean backendDown = new AtomicBoolean();
      RequestGate local = RequestGate.local();
      RequestGate gate =
          new RequestGate() {
            @Override
            public Optional<Permit> acquire(RequestGateKey key, int concurrency, Duration maxWait)
                throws InterruptedException {
              if (backendDown.get()) {
                throw new IllegalStateException("the gate's backend is down");
              }
              return local.acquire(key, concurrency, maxWait);
            }
          };
      OneRosterClient client = Fixtures.clientBuilder(sis).requestGate(gate).build();

      ExportReport stopped =
          exporter(client)
              .listener(
                  new org.oneroster4j.export.ExportListener() {
                    @Override
                    public void planned(org.oneroster4j.export.ExportPlan plan) {
                      // Every read is done; the writes find the gate's backend down.
                      backendDown.set(true);
                    }
                  })
              .export(gb);

      assertThat(stopped.stopCause()).isEqualTo(ExportReport.StopCause.SIS_NOT_ANSWERING);
      assertThat(sis.requests()).noneMatch(r -> r.method().equals("PUT"));
      assertThat(stopped.failures())
          .filteredOn(f -> f.kind() == ItemKind.LINE_ITEM)
          .hasSizeBetween(5, 5 + 3)
          .allSatisfy(
              f -> assertThat(f.message()).contains("request gate (ExportStopsTest$1) failed"));
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS) // a safety net: the delayed read lasts a minute
  void anExportInterruptedWhileReading_sendsNothing_andARunAfterItFinishesTheJob()
      throws Exception {
    try (FakeSis sis = Fixtures.start("generic", Seed.large(1, 1, 2, 8))) {
      Fixtures.Baseline baseline = Fixtures.Baseline.of(sis);
      Gradebook gb = gradebook(sis);
      String slow = gb.classes().get(1).classSourcedId();
      sis.faults()
          .matching("/classes/" + slow + "/results")
          .method("GET")
          .delay(Duration.ofMinutes(1));
      CountDownLatch slowReadSent = new CountDownLatch(1);
      OneRosterClient client =
          Fixtures.clientBuilder(sis)
              .requestListener(
                  new RequestListener() {
                    @Override
                    public Exchange attemptStarted(RequestAttempt attempt) {
                      if (attempt.method().equals("GET")
                          && attempt.endpoint().equals("/classes/{classId}/results")) {
                        slowReadSent.countDown();
                      }
                      return Exchange.NONE;
                    }
                  })
              .build();
      AtomicReference<ExportReport> report = new AtomicReference<>();
      Thread exporting = new Thread(() -> report.set(exporter(client).export(gb)));
      exporting.start();
      assertThat(slowReadSent.await(20, TimeUnit.SECONDS)).isTrue();
      exporting.interrupt();
      exporting.join();

      ExportReport stopped = report.get();
      assertThat(stopped.stopCause()).isEqualTo(ExportReport.StopCause.INTERRUPTED);
      assertThat(stopped.writes()).isZero();
      assertThat(Fixtures.writes(sis, 0)).isEmpty();
      assertThat(stopped.notSent()).isEqualTo(stopped.plan().writeCount());
      assertThat(stopped.failures())
          .anySatisfy(
              f -> {
                assertThat(f.classSourcedId()).isEqualTo(slow);
                assertThat(f.message()).contains("the export was interrupted");
              });

      sis.faults().clear();
      ExportReport again = exporter(Fixtures.client(sis)).export(gb);

      assertThat(again.succeeded()).as(again.toString()).isTrue();
      Fixtures.assertSisMatches(sis, baseline, gb);
    }
  }
}
