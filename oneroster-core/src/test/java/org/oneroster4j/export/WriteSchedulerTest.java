package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.NotFoundException;
import org.oneroster4j.error.ServerException;
import org.oneroster4j.error.StatusInfo;
import org.oneroster4j.spi.LineItemRules;

/**
 * The write scheduler's scheduling, against an in-memory SIS writer; the end-to-end tests against
 * the testkit's fake SIS cover the real client.
 */
class WriteSchedulerTest {
  static final LineItemRules RULES = LineItemRules.specification();
  static final ExportEvents NO_EVENTS = new ExportEvents(ExportListener.none());

  /** Records writes; fails the ids in {@code failing} with a 503 carrying an imsx description. */
  static final class RecordingWriter implements SisWriter {
    final List<String> order = Collections.synchronizedList(new ArrayList<>());
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final Set<String> missing = ConcurrentHashMap.newKeySet();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    @Override
    public WriteReply write(PlannedWrite item) {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        Thread.yield();
        if (failing.contains(item.sourcedId())) {
          throw new ServerException(
              "HTTP 503",
              503,
              "PUT",
              "/x/" + item.sourcedId(),
              List.of(new StatusInfo("failure", "error", "server_busy", "maintenance window")),
              "");
        }
        if (missing.contains(item.sourcedId())) {
          throw new NotFoundException("HTTP 404", 404, "DELETE", "/x", List.of(), "");
        }
        order.add(item.sourcedId());
        return new WriteReply(
            item.action() == Action.CREATE ? 201 : 200, item.sourcedId(), List.of());
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  static ExportPlan plan(int assignments, int students) {
    Planner p = new Planner(PlannerTest.IDS, RULES, PlannerTest.TODAY);
    List<org.oneroster4j.model.User> roster = new ArrayList<>();
    GradebookClass.Builder gc = GradebookClass.builder().classSourcedId("c-1");
    for (int s = 0; s < students; s++) {
      roster.add(PlannerTest.student("s-" + s, null));
    }
    for (int a = 0; a < assignments; a++) {
      Assignment.Builder ab = PlannerTest.quiz("a" + a);
      for (int s = 0; s < students; s++) {
        ab.grade(PlannerTest.graded("s-" + s, s));
      }
      gc.assignment(ab.build());
    }
    p.planClass(gc.build(), new SisClassState(List.of(), List.of(), roster, List.of(), List.of()));
    return p.build();
  }

  static WriteScheduler scheduler(SisWriter w, int concurrency) {
    return new WriteScheduler(w, concurrency, NO_EVENTS, WriteGate.OPEN, RULES);
  }

  @Test
  void execute_writesEveryLineItemBeforeItsResults() {
    RecordingWriter w = new RecordingWriter();
    ExportPlan plan = plan(5, 6);

    ExportReport report = scheduler(w, 4).execute(plan);

    assertThat(report.lineItems().created()).isEqualTo(5);
    assertThat(report.results().created()).isEqualTo(30);
    assertThat(report.failures()).isEmpty();
    assertThat(report.succeeded()).isTrue();
    for (PlannedWrite i : plan.writes()) {
      for (String dep : i.dependsOn()) {
        assertThat(w.order.indexOf(dep)).isLessThan(w.order.indexOf(i.sourcedId()));
      }
    }
    assertThat(w.order).hasSize(35).doesNotHaveDuplicates();
  }

  @Test
  void execute_sendsEveryWriteOnce_evenWhenItsDependencyFinishesDuringSubmission() {
    // The first writes finish while later ones are still being looked at for submission: a write
    // whose dependency already succeeded must not be submitted a second time.
    for (int run = 0; run < 20; run++) {
      List<String> sent = Collections.synchronizedList(new ArrayList<>());
      SisWriter instant =
          item -> {
            sent.add(item.sourcedId());
            return new SisWriter.WriteReply(201, item.sourcedId(), List.of());
          };
      ExportPlan plan = plan(200, 1);

      scheduler(instant, 4).execute(plan);

      assertThat(sent).hasSize(plan.writeCount()).doesNotHaveDuplicates();
    }
  }

  @Test
  void execute_neverWritesAnItemTwice_evenWhenALineItemFinishesWhileRootsAreSubmitted() {
    // A lineItem that succeeded before the scheduler had looked at all the roots made its results
    // look like roots too (nothing pending): they were submitted twice. Timing-dependent, so
    // repeated.
    for (int run = 0; run < 300; run++) {
      RecordingWriter w = new RecordingWriter();
      scheduler(w, 4).execute(plan(5, 6));
      assertThat(w.order).as("run " + run).hasSize(35).doesNotHaveDuplicates();
    }
  }

  @Test
  void execute_neverRunsMoreWritesAtOnceThanTheConcurrency() {
    RecordingWriter one = new RecordingWriter();
    scheduler(one, 1).execute(plan(3, 10));
    assertThat(one.maxInFlight.get()).isEqualTo(1);

    RecordingWriter three = new RecordingWriter();
    scheduler(three, 3).execute(plan(3, 30));
    assertThat(three.maxInFlight.get()).isBetween(1, 3);
  }

  @Test
  void execute_aFailedLineItem_failsItsResultsWithoutSendingThem_andTheRestGoesOn() {
    RecordingWriter w = new RecordingWriter();
    ExportPlan plan = plan(2, 3);
    String bad = PlannerTest.IDS.lineItemId("c-1", "a0");
    w.failing.add(bad);

    ExportReport report = scheduler(w, 2).execute(plan);

    assertThat(report.lineItems()).isEqualTo(new ExportReport.Counts(1, 0, 0, 0, 1));
    assertThat(report.results()).isEqualTo(new ExportReport.Counts(3, 0, 0, 0, 3));
    assertThat(w.order).hasSize(4).noneMatch(id -> id.equals(bad));
    ExportFailure lineItemFailure =
        report.failures().stream().filter(f -> f.kind() == ItemKind.LINE_ITEM).findFirst().get();
    assertThat(lineItemFailure.httpStatus()).isEqualTo(503);
    assertThat(lineItemFailure.message()).contains("maintenance window");
    assertThat(lineItemFailure.assignmentId()).isEqualTo("a0");
    assertThat(report.failures())
        .filteredOn(f -> f.kind() == ItemKind.RESULT)
        .hasSize(3)
        .allSatisfy(
            f -> {
              assertThat(f.httpStatus()).isNull();
              assertThat(f.message()).contains("not sent").contains(bad);
            });
  }

  @Test
  void execute_deleteOfSomethingAlreadyGone_succeeds_unlessTheSisCannotDelete() {
    GradebookClass gc = PlannerTest.cls(PlannerTest.quiz("a1").build());
    SisClassState empty = PlannerTest.sis(List.of(), List.of());
    SisClassState exported = PlannerTest.applied(PlannerTest.plan(RULES, gc, empty), empty);
    ExportPlan delete =
        PlannerTest.plan(
            RULES, PlannerTest.cls(PlannerTest.quiz("a1").deleted(true).build()), exported);
    RecordingWriter w = new RecordingWriter();
    w.missing.add(PlannerTest.IDS.lineItemId("c-1", "a1"));

    assertThat(scheduler(w, 1).execute(delete).lineItems().deleted()).isEqualTo(1);

    LineItemRules noDeletes = RULES.toBuilder().deletesPropagate(false).build();
    ExportReport orphan =
        new WriteScheduler(w, 1, NO_EVENTS, WriteGate.OPEN, noDeletes).execute(delete);
    assertThat(orphan.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("delete it in the SIS gradebook by hand"));
  }

  @Test
  void execute_reportsProgressToTheListener_oneCallAtATime() {
    RecordingWriter w = new RecordingWriter();
    w.failing.add(PlannerTest.IDS.lineItemId("c-1", "a1"));
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger concurrentCalls = new AtomicInteger();
    AtomicBoolean overlap = new AtomicBoolean();
    AtomicReference<ExportReport> finished = new AtomicReference<>();
    ExportListener l =
        new ExportListener() {
          @Override
          public void itemDone(ItemOutcome outcome) {
            if (concurrentCalls.incrementAndGet() > 1) {
              overlap.set(true);
            }
            done.incrementAndGet();
            concurrentCalls.decrementAndGet();
          }

          @Override
          public void itemFailed(ExportFailure failure) {
            failed.incrementAndGet();
          }

          @Override
          public void finished(ExportReport report) {
            finished.set(report);
          }
        };

    ExportReport report =
        new WriteScheduler(w, 4, new ExportEvents(l), WriteGate.OPEN, RULES).execute(plan(3, 4));

    assertThat(done.get()).isEqualTo(15);
    assertThat(failed.get()).isEqualTo(5);
    assertThat(overlap).isFalse();
    assertThat(finished.get()).isSameAs(report);
  }

  @Test
  void execute_whenInterrupted_stopsIssuingWrites_andReportsTheRestNotSent() throws Exception {
    CountDownLatch tenWritten = new CountDownLatch(10);
    SisWriter blocking =
        item -> {
          tenWritten.countDown();
          if (tenWritten.getCount() == 0) {
            try {
              new CountDownLatch(1).await(); // blocks until interrupted
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new org.oneroster4j.error.TransportException("interrupted", e);
            }
          }
          return new SisWriter.WriteReply(201, item.sourcedId(), List.of());
        };
    ExportPlan plan = plan(4, 50);
    AtomicReference<ExportReport> report = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread t =
        new Thread(
            () -> {
              report.set(scheduler(blocking, 2).execute(plan));
              flagKept.set(Thread.currentThread().isInterrupted());
            });
    t.start();
    tenWritten.await();
    t.interrupt();
    t.join();

    ExportReport r = report.get();
    assertThat(r.interrupted()).isTrue();
    assertThat(flagKept).isTrue();
    assertThat(r.notSent()).isPositive();
    assertThat(r.outcomes()).hasSize(plan.writeCount());
    assertThat(r.writes() + r.notSent() + r.failures().size()).isEqualTo(plan.writeCount());
    assertThat(r.writes()).isLessThan(plan.writeCount() / 2);
  }

  @Test
  void execute_whenExportIsSwitchedOffMidRun_stopsWriting() {
    AtomicInteger writes = new AtomicInteger();
    AtomicBoolean allowed = new AtomicBoolean(true);
    SisWriter w =
        item -> {
          if (writes.incrementAndGet() == 5) {
            allowed.set(false);
          }
          return new SisWriter.WriteReply(201, item.sourcedId(), List.of());
        };

    ExportReport r = new WriteScheduler(w, 1, NO_EVENTS, allowed::get, RULES).execute(plan(2, 20));

    assertThat(writes.get()).isEqualTo(5);
    assertThat(r.interrupted()).isTrue();
    assertThat(r.notSent()).isEqualTo(42 - 5);
    assertThat(r.outcomes())
        .filteredOn(o -> o.status() == ItemOutcome.Status.NOT_SENT)
        .allSatisfy(o -> assertThat(o.message()).contains("switched off"));
  }

  /** Fails every write without an answer, as a SIS that stopped answering does. */
  private static SisWriter.WriteReply unanswered(PlannedWrite item) {
    throw new org.oneroster4j.error.TransportException(
        "PUT /x/" + item.sourcedId() + ": could not connect to 127.0.0.1",
        new java.net.ConnectException("Connection refused"));
  }

  @Test
  void execute_whenTheSisStopsAnswering_stopsAfterThatManyWritesInARow() {
    AtomicInteger writes = new AtomicInteger();
    SisWriter w =
        item -> {
          // The first 5 writes are answered, then nothing is.
          if (writes.incrementAndGet() <= 5) {
            return new SisWriter.WriteReply(201, item.sourcedId(), List.of());
          }
          return unanswered(item);
        };

    ExportReport r =
        new WriteScheduler(w, 1, NO_EVENTS, WriteGate.OPEN, RULES, 3).execute(plan(2, 20));

    assertThat(writes.get()).isEqualTo(5 + 3);
    assertThat(r.stopCause()).isEqualTo(ExportReport.StopCause.SIS_NOT_ANSWERING);
    assertThat(r.interrupted()).isTrue();
    assertThat(r.succeeded()).isFalse();
    assertThat(r.failures()).hasSize(3);
    assertThat(r.notSent()).isEqualTo(42 - 8);
    assertThat(r.outcomes())
        .filteredOn(o -> o.status() == ItemOutcome.Status.NOT_SENT)
        .hasSize(42 - 8)
        .allSatisfy(
            o ->
                assertThat(o.message())
                    .contains("the export stopped after 3 writes in a row got no answer")
                    .contains("could not connect")
                    .contains("run it again when the SIS answers"));
  }

  @Test
  void execute_anAnsweredFailureBetween_startsTheCountAgain() {
    AtomicInteger writes = new AtomicInteger();
    SisWriter w =
        item -> {
          // Two unanswered, then a 503 the SIS did answer, over and over: never 3 in a row.
          int n = writes.incrementAndGet();
          if (n % 3 == 0) {
            throw new ServerException("HTTP 503", 503, "PUT", "/x", List.of(), "");
          }
          return unanswered(item);
        };

    ExportReport r =
        new WriteScheduler(w, 1, NO_EVENTS, WriteGate.OPEN, RULES, 3).execute(plan(12, 0));

    assertThat(writes.get()).isEqualTo(12);
    assertThat(r.failures()).hasSize(12);
    assertThat(r.stopCause()).isEqualTo(ExportReport.StopCause.NONE);
    assertThat(r.interrupted()).isFalse();
    assertThat(r.notSent()).isZero();
  }

  @Test
  void execute_withTheStopOff_sendsEveryWriteTheSisDoesNotAnswer() {
    AtomicInteger writes = new AtomicInteger();
    SisWriter w =
        item -> {
          writes.incrementAndGet();
          return unanswered(item);
        };

    ExportReport r =
        new WriteScheduler(w, 2, NO_EVENTS, WriteGate.OPEN, RULES, 0).execute(plan(12, 0));

    assertThat(writes.get()).isEqualTo(12);
    assertThat(r.stopCause()).isEqualTo(ExportReport.StopCause.NONE);
    assertThat(r.failures()).hasSize(12);
  }
}
