package org.oneroster4j.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.error.TransportException;
import org.oneroster4j.internal.Text;
import org.oneroster4j.spi.LineItemRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a plan's writes with bounded concurrency and reports how each ended. A write is submitted
 * only once every write it depends on has succeeded (categories before lineItems, lineItems before
 * their results, results deleted before their lineItem); when a dependency fails, its dependents
 * are reported failed without being sent. One failing write never stops the others.
 *
 * <p>Interrupting the exporting thread, or the {@link WriteGate} closing, stops issuing new writes:
 * the in-flight ones are interrupted or finish, the rest are reported not sent.
 */
final class WriteScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(WriteScheduler.class);
  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private final SisWriter writer;
  private final int concurrency;
  private final ExportEvents events;
  private final WriteGate gate;
  private final LineItemRules rules;

  /** Guards the outcomes and failures; events are sent under it, so they come in that order. */
  private final Object lock = new Object();

  private static final String INTERRUPTED =
      "not sent: the export was interrupted; run it again to finish";
  private static final String SWITCHED_OFF =
      "not sent: grade export was switched off or disconnected during the run; reconnect and run"
          + " it again to finish";

  /** Why the run stopped issuing writes, once it has; the first reason wins. */
  private record Stop(ExportReport.StopCause cause, String message) {}

  private final AtomicReference<Stop> stop = new AtomicReference<>();
  private final int maxUnansweredInARow;
  private final AtomicInteger unansweredInARow = new AtomicInteger();
  private final Map<String, String> assignedLineItemIds = new ConcurrentHashMap<>();
  private final List<ItemOutcome> outcomes = new ArrayList<>();
  private final List<ExportFailure> failures = new ArrayList<>();

  WriteScheduler(
      SisWriter writer, int concurrency, ExportEvents events, WriteGate gate, LineItemRules rules) {
    this(writer, concurrency, events, gate, rules, 0);
  }

  /**
   * @param maxUnansweredInARow stop issuing writes once this many in a row got no answer from the
   *     SIS at all (after the client's retries); 0 never stops for that
   */
  WriteScheduler(
      SisWriter writer,
      int concurrency,
      ExportEvents events,
      WriteGate gate,
      LineItemRules rules,
      int maxUnansweredInARow) {
    if (maxUnansweredInARow < 0) {
      throw new IllegalArgumentException(
          "maxUnansweredInARow must be 0 or more, was " + maxUnansweredInARow);
    }
    this.maxUnansweredInARow = maxUnansweredInARow;
    this.writer = Objects.requireNonNull(writer, "writer");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    this.concurrency = concurrency;
    this.events = Objects.requireNonNull(events, "events");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  private final class Node {
    final PlannedWrite item;
    final List<Node> dependents = new ArrayList<>();
    final AtomicInteger pending = new AtomicInteger();
    final AtomicBoolean done = new AtomicBoolean();

    Node(PlannedWrite item) {
      this.item = item;
    }
  }

  ExportReport execute(ExportPlan plan) {
    return execute(plan, newPool(concurrency));
  }

  /**
   * Executes {@code plan} on {@code pool}, which this run then owns: it is shut down when the run
   * ends. A pool already shut down sends nothing: every write is reported not sent.
   */
  ExportReport execute(ExportPlan plan, ExecutorService pool) {
    List<Node> nodes = new ArrayList<>();
    Map<String, Node> byKey = new HashMap<>();
    for (PlannedWrite item : plan.writes()) {
      Node n = new Node(item);
      nodes.add(n);
      byKey.put(item.sourcedId(), n);
    }
    for (Node n : nodes) {
      for (String dep : n.item.dependsOn()) {
        Node d = byKey.get(dep);
        if (d != null) {
          d.dependents.add(n);
          n.pending.incrementAndGet();
        }
      }
    }
    // Chosen before the first submission: a write that finishes early submits its dependents
    // itself, and a check made afterwards would submit them again.
    List<Node> ready = nodes.stream().filter(n -> n.pending.get() == 0).toList();
    CountDownLatch remaining = new CountDownLatch(nodes.size());
    boolean interrupted = false;
    try {
      for (Node n : ready) {
        submit(pool, n, remaining);
      }
      try {
        remaining.await();
      } catch (InterruptedException e) {
        interrupted = true;
        stop(ExportReport.StopCause.INTERRUPTED, INTERRUPTED);
      }
    } finally {
      pool.shutdownNow();
    }
    if (interrupted) {
      awaitQuietly(pool);
      // Whatever was never started is reported not sent.
      for (Node n : nodes) {
        finishNotSent(n, remaining, stopMessage());
      }
      Thread.currentThread().interrupt();
    }
    Stop s = stop.get();
    return report(plan, s == null ? ExportReport.StopCause.NONE : s.cause());
  }

  /** Stops issuing writes for {@code cause}, unless the run stopped already. */
  private void stop(ExportReport.StopCause cause, String message) {
    stop.compareAndSet(null, new Stop(cause, message));
  }

  private String stopMessage() {
    Stop s = stop.get();
    return s == null ? INTERRUPTED : s.message();
  }

  private void submit(ExecutorService pool, Node n, CountDownLatch remaining) {
    try {
      pool.execute(() -> run(pool, n, remaining));
    } catch (RejectedExecutionException e) {
      finishNotSent(n, remaining, stopMessage());
    }
  }

  private void run(ExecutorService pool, Node n, CountDownLatch remaining) {
    if (stop.get() != null || Thread.currentThread().isInterrupted()) {
      finishNotSent(n, remaining, stopMessage());
      return;
    }
    if (!gate.isOpen()) {
      stop(ExportReport.StopCause.SWITCHED_OFF, SWITCHED_OFF);
      finishNotSent(n, remaining, stopMessage());
      return;
    }
    PlannedWrite item = n.item;
    ItemOutcome outcome;
    try {
      SisWriter.WriteReply reply = writer.write(withAssignedLineItemId(item));
      if (item instanceof PlannedWrite.LineItemPut
          && reply.sourcedId() != null
          && !reply.sourcedId().equals(item.sourcedId())) {
        // The SIS allocated its own id: results must reference it, and a re-run will not find
        // the lineItem under our stable id.
        assignedLineItemIds.put(item.sourcedId(), reply.sourcedId());
        LOG.warn(
            "SIS assigned its own sourcedId to lineItem {} ({}); re-runs may duplicate it",
            item.sourcedId(),
            Text.safe(reply.sourcedId()));
      }
      outcome =
          new ItemOutcome(
              item, ItemOutcome.Status.SUCCEEDED, reply.httpStatus(), null, reply.warnings());
      if (!reply.warnings().isEmpty() && LOG.isDebugEnabled()) {
        LOG.debug(
            "SIS accepted {} {} with warnings: {}",
            item.kind().wire(),
            item.sourcedId(),
            reply.warnings());
      }
      unansweredInARow.set(0);
    } catch (RuntimeException e) {
      if (stop.get() != null && (Thread.currentThread().isInterrupted() || isInterruption(e))) {
        finishNotSent(n, remaining, "interrupted in flight; run the export again to finish");
        return;
      }
      countAnswer(e);
      outcome = deleteOutcome(item, e);
      if (outcome == null) {
        outcome =
            new ItemOutcome(
                item, ItemOutcome.Status.FAILED, Failures.httpStatus(e), Failures.message(e));
      }
    }
    finish(n, outcome, remaining);
    if (outcome.status() == ItemOutcome.Status.SUCCEEDED) {
      for (Node d : n.dependents) {
        if (d.pending.decrementAndGet() == 0) {
          submit(pool, d, remaining);
        }
      }
    } else {
      failDependents(n, remaining);
    }
  }

  /**
   * Counts a failed write towards the SIS-not-answering stop: one that got no answer at all (a
   * refused, dropped or timed-out connection, after the client's own retries) adds one; one the SIS
   * answered, even with an error, starts the count again.
   */
  private void countAnswer(RuntimeException e) {
    if (!(e instanceof TransportException)) {
      unansweredInARow.set(0);
      return;
    }
    int inARow = unansweredInARow.incrementAndGet();
    if (maxUnansweredInARow > 0 && inARow >= maxUnansweredInARow && stop.get() == null) {
      stop(
          ExportReport.StopCause.SIS_NOT_ANSWERING,
          "not sent: the export stopped after "
              + inARow
              + " writes in a row got no answer from the SIS (the last: "
              + Failures.message(e)
              + "); run it again when the SIS answers to finish");
      LOG.warn(
          "stopping the export: {} writes in a row got no answer from the SIS; the rest are not"
              + " sent",
          inARow);
    }
  }

  /**
   * {@code item}, or the result PUT referencing the id the SIS gave its lineItem instead of ours.
   */
  private PlannedWrite withAssignedLineItemId(PlannedWrite item) {
    if (item instanceof PlannedWrite.ResultPut put && put.result().lineItem() != null) {
      String assigned = assignedLineItemIds.get(put.result().lineItem().sourcedId());
      if (assigned != null) {
        return put.referencing(assigned);
      }
    }
    return item;
  }

  /** A DELETE of something already gone is a success; where deletes don't propagate, an orphan. */
  private ItemOutcome deleteOutcome(PlannedWrite item, RuntimeException e) {
    if (item.action() != Action.DELETE || !(e instanceof OneRosterServiceException s)) {
      return null;
    }
    int status = s.httpStatus();
    if (rules.deletesPropagate()) {
      return status == 404
          ? new ItemOutcome(item, ItemOutcome.Status.SUCCEEDED, 404, "already deleted")
          : null;
    }
    if (status == 404 || status == 405) {
      return new ItemOutcome(
          item,
          ItemOutcome.Status.FAILED,
          status,
          "this SIS does not delete "
              + item.kind().wire()
              + "s through OneRoster; delete it in"
              + " the SIS gradebook by hand");
    }
    return null;
  }

  private void failDependents(Node failed, CountDownLatch remaining) {
    for (Node d : failed.dependents) {
      String message =
          "not sent: "
              + failed.item.kind().wire()
              + " "
              + failed.item.sourcedId()
              + " it depends on failed";
      if (d.done.get()) {
        continue;
      }
      finish(d, new ItemOutcome(d.item, ItemOutcome.Status.FAILED, null, message), remaining);
      failDependents(d, remaining);
    }
  }

  private void finishNotSent(Node n, CountDownLatch remaining, String message) {
    finish(n, new ItemOutcome(n.item, ItemOutcome.Status.NOT_SENT, null, message), remaining);
    // Dependents are never submitted now; account for them so the run ends.
    for (Node d : n.dependents) {
      if (!d.done.get()) {
        finishNotSent(d, remaining, message);
      }
    }
  }

  private void finish(Node n, ItemOutcome outcome, CountDownLatch remaining) {
    if (!n.done.compareAndSet(false, true)) {
      return;
    }
    synchronized (lock) {
      outcomes.add(outcome);
      ExportFailure failure = null;
      if (outcome.status() == ItemOutcome.Status.FAILED) {
        PlannedWrite i = outcome.item();
        failure =
            new ExportFailure(
                i.kind(),
                i.sourcedId(),
                i.classSourcedId(),
                i.assignmentId(),
                i.student(),
                outcome.httpStatus(),
                outcome.message());
        failures.add(failure);
      }
      events.itemDone(outcome, failure);
    }
    remaining.countDown();
  }

  /** How many items of one kind ended in each state; becomes the report's {@code Counts}. */
  private static final class Tally {
    private int created;
    private int updated;
    private int unchanged;
    private int deleted;
    private int failed;

    /** An item that needs nothing, or a write the SIS accepted, counted by what it did. */
    void count(Action action) {
      switch (action) {
        case CREATE -> created++;
        case UPDATE -> updated++;
        case UNCHANGED -> unchanged++;
        case DELETE -> deleted++;
      }
    }

    void fail() {
      failed++;
    }

    ExportReport.Counts counts() {
      return new ExportReport.Counts(created, updated, unchanged, deleted, failed);
    }
  }

  private ExportReport report(ExportPlan plan, ExportReport.StopCause stopCause) {
    Map<ItemKind, Tally> tallies = new EnumMap<>(ItemKind.class);
    for (PlannedItem i : plan.items()) {
      if (!i.isWrite()) {
        tallies.computeIfAbsent(i.kind(), k -> new Tally()).count(i.action());
      }
    }
    int notSent = 0;
    List<ItemOutcome> snapshot;
    List<ExportFailure> writeFailures;
    synchronized (lock) {
      snapshot = List.copyOf(outcomes);
      writeFailures = List.copyOf(failures);
    }
    for (ItemOutcome o : snapshot) {
      Tally t = tallies.computeIfAbsent(o.item().kind(), k -> new Tally());
      switch (o.status()) {
        case SUCCEEDED -> t.count(o.item().action());
        case FAILED -> t.fail();
        case NOT_SENT -> notSent++;
      }
    }
    Map<ItemKind, ExportReport.Counts> counts = new EnumMap<>(ItemKind.class);
    tallies.forEach((kind, t) -> counts.put(kind, t.counts()));
    List<ExportFailure> allFailures = new ArrayList<>(plan.failures());
    allFailures.addAll(writeFailures);
    ExportReport report = new ExportReport(plan, counts, allFailures, snapshot, stopCause, notSent);
    events.finished(report);
    return report;
  }

  private static boolean isInterruption(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedException || t instanceof java.io.InterruptedIOException) {
        return true;
      }
    }
    return false;
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      // In-flight requests were interrupted; they end quickly.
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A pool of {@code threads} daemon threads named {@code oneroster4j-export-N-M}: an export's
   * reads, planning and writes run on one.
   */
  static ExecutorService newPool(int threads) {
    return Executors.newFixedThreadPool(threads, threadFactory());
  }

  private static ThreadFactory threadFactory() {
    int pool = POOL_NUMBER.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "oneroster4j-export-" + pool + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
