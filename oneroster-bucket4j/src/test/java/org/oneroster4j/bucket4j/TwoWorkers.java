package org.oneroster4j.bucket4j;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RequestGate;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;

/**
 * Two workers, each with its own client and gate, export the two halves of one gradebook to one
 * fake SIS at the same time; the SIS's recorded request times tell the combined rate.
 */
final class TwoWorkers {
  /** Assignments per class: with 10 students, 3 give about 40 requests per worker. */
  static final int ASSIGNMENTS = 3;

  private TwoWorkers() {}

  /** What the SIS saw. */
  record Run(List<Instant> received, ExportReport first, ExportReport second) {
    /** The most requests received in any one-second window starting at a request. */
    int peakPerSecond() {
      return peakIn(Duration.ofSeconds(1));
    }

    int peakIn(Duration window) {
      List<Instant> t = received;
      int peak = 0;
      int j = 0;
      for (int i = 0; i < t.size(); i++) {
        if (j < i) {
          j = i;
        }
        Instant end = t.get(i).plus(window);
        while (j < t.size() && t.get(j).isBefore(end)) {
          j++;
        }
        peak = Math.max(peak, j - i);
      }
      return peak;
    }
  }

  static Run export(FakeSis sis, RequestGate gateOfFirst, RequestGate gateOfSecond)
      throws Exception {
    List<String> classes = sis.seed().classIds();
    Gradebook firstHalf = half(sis, classes.get(0));
    Gradebook secondHalf = half(sis, classes.get(1));
    sis.clearRequests();
    ExecutorService workers = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    try (OneRosterClient first = client(sis, gateOfFirst);
        OneRosterClient second = client(sis, gateOfSecond)) {
      CompletableFuture<ExportReport> a =
          CompletableFuture.supplyAsync(() -> exportAfter(go, first, firstHalf), workers);
      CompletableFuture<ExportReport> b =
          CompletableFuture.supplyAsync(() -> exportAfter(go, second, secondHalf), workers);
      go.countDown();
      ExportReport ra = a.get(120, TimeUnit.SECONDS);
      ExportReport rb = b.get(120, TimeUnit.SECONDS);
      List<Instant> received = new ArrayList<>();
      for (RecordedRequest r : sis.requests()) {
        received.add(r.receivedAt());
      }
      received.sort(null);
      return new Run(List.copyOf(received), ra, rb);
    } finally {
      workers.shutdownNow();
    }
  }

  private static OneRosterClient client(FakeSis sis, RequestGate gate) {
    return sis.clientBuilder()
        .requestGate(gate)
        .maxConcurrency(4)
        .callTimeout(Duration.ofSeconds(60))
        .build();
  }

  private static ExportReport exportAfter(
      CountDownLatch go, OneRosterClient client, Gradebook gradebook) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return GradeExporter.of(client).namespace("two-workers").concurrency(4).export(gradebook);
  }

  /** One class's gradebook: every student graded on every assignment. */
  static Gradebook half(FakeSis sis, String classId) {
    GradebookClass.Builder c = GradebookClass.builder().classSourcedId(classId);
    List<String> students = sis.seed().studentIdsOf(classId);
    for (int a = 1; a <= ASSIGNMENTS; a++) {
      Assignment.Builder assignment =
          Assignment.builder()
              .id("hw-" + a)
              .title("Homework " + a)
              .assignDate(Instant.parse("2026-09-01T08:00:00Z"))
              .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
              .maxPoints(10);
      for (int s = 0; s < students.size(); s++) {
        assignment.grade(
            Grade.builder()
                .studentSourcedId(students.get(s))
                .score((a + s) % 11)
                .status(ScoreStatus.FULLY_GRADED)
                .build());
      }
      c.assignment(assignment.build());
    }
    return Gradebook.builder().namespace("two-workers").addClass(c.build()).build();
  }
}
