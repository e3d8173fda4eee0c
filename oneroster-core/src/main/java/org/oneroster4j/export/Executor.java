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
import java.util.function.BooleanSupplier;
import org.oneroster4j.RetryListener;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.internal.Text;
import org.oneroster4j.spi.LineItemRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a plan's writes with bounded concurrency. A write is submitted only once every write it
 * depends on has succeeded (categories before lineItems, lineItems before their results, results
 * deleted before their lineItem); when a dependency fails, its dependents are reported failed
 * without being sent. One failing write never stops the others.
 *
 * <p>Interrupting the exporting thread, or {@code mayWrite} turning false, stops issuing new
 * writes: the in-flight ones are interrupted or finish, the rest are reported not sent.
 */
final class Executor {
  private static final Logger LOG = LoggerFactory.getLogger(Executor.class);
  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private final SisWriter writer;
  private final int concurrency;
  private final ExportListener listener;
  private final BooleanSupplier mayWrite;
  private final LineItemRules rules;

  private final Object listenerLock = new Object();
  private static final String INTERRUPTED =
      "not sent: the export was interrupted; run it again to finish";
  private static final String SWITCHED_OFF =
      "not sent: grade export was switched off or disconnected during the run; reconnect and run"
          + " it again to finish";

  private final AtomicBoolean stop = new AtomicBoolean();
  private volatile String stopMessage = INTERRUPTED;
  private final Map<String, String> assignedLineItemIds = new ConcurrentHashMap<>();
  private final List<ItemOutcome> outcomes = new ArrayList<>();
  private final List<ExportFailure> failures = new ArrayList<>();

  Executor(
      SisWriter writer,
      int concurrency,
      ExportListener listener,
      BooleanSupplier mayWrite,
      LineItemRules rules) {
    this.writer = Objects.requireNonNull(writer, "writer");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    this.concurrency = concurrency;
    this.listener = Objects.requireNonNull(listener, "listener");
    this.mayWrite = Objects.requireNonNull(mayWrite, "mayWrite");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  private final class Node {
    final PlannedItem item;
    final List<Node> dependents = new ArrayList<>();
    final AtomicInteger pending = new AtomicInteger();
    final AtomicBoolean done = new AtomicBoolean();

    Node(PlannedItem item) {
      this.item = item;
    }
  }

  ExportReport execute(ExportPlan plan) {
    List<Node> nodes = new ArrayList<>();
    Map<String, Node> byKey = new HashMap<>();
    for (PlannedItem item : plan.writes()) {
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
    CountDownLatch remaining = new CountDownLatch(nodes.size());
    boolean interrupted = false;
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, threadFactory());
    try {
      // The roots are chosen before any is submitted: once a lineItem succeeds, a worker submits
      // its results (their pending count reaches 0), and a loop that looked at pending counts
      // while submitting would submit those results a second time.
      List<Node> roots = new ArrayList<>();
      for (Node n : nodes) {
        if (n.pending.get() == 0) {
          roots.add(n);
        }
      }
      for (Node n : roots) {
        submit(pool, n, remaining);
      }
      try {
        remaining.await();
      } catch (InterruptedException e) {
        interrupted = true;
        stopMessage = INTERRUPTED;
        stop.set(true);
      }
    } finally {
      pool.shutdownNow();
    }
    if (interrupted) {
      awaitQuietly(pool);
      // Whatever was never started is reported not sent.
      for (Node n : nodes) {
        finishNotSent(n, remaining, stopMessage);
      }
      Thread.currentThread().interrupt();
    }
    return report(plan, interrupted || stop.get());
  }

  private void submit(ExecutorService pool, Node n, CountDownLatch remaining) {
    try {
      pool.execute(() -> run(pool, n, remaining));
    } catch (RejectedExecutionException e) {
      finishNotSent(n, remaining, stopMessage);
    }
  }

  private void run(ExecutorService pool, Node n, CountDownLatch remaining) {
    if (stop.get() || Thread.currentThread().isInterrupted()) {
      finishNotSent(n, remaining, stopMessage);
      return;
    }
    if (!mayWrite.getAsBoolean()) {
      stopMessage = SWITCHED_OFF;
      stop.set(true);
      finishNotSent(n, remaining, SWITCHED_OFF);
      return;
    }
    PlannedItem item = n.item;
    String override = null;
    if (item.kind() == ItemKind.RESULT
        && item.result() != null
        && item.result().lineItem() != null) {
      override = assignedLineItemIds.get(item.result().lineItem().sourcedId());
    }
    ItemOutcome outcome;
    try {
      SisWriter.WriteReply reply = writer.write(item, override);
      if (item.kind() == ItemKind.LINE_ITEM
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
      outcome = new ItemOutcome(item, ItemOutcome.Status.SUCCEEDED, reply.httpStatus(), null);
    } catch (RuntimeException e) {
      if (stop.get() && (Thread.currentThread().isInterrupted() || isInterruption(e))) {
        finishNotSent(n, remaining, "interrupted in flight; run the export again to finish");
        return;
      }
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

  /** A DELETE of something already gone is a success; where deletes don't propagate, an orphan. */
  private ItemOutcome deleteOutcome(PlannedItem item, RuntimeException e) {
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

  /** Reports a write the client is about to retry. */
  void retried(RetryListener.Retry retry) {
    synchronized (listenerLock) {
      notify(() -> listener.writeRetried(retry));
    }
  }

  private void finish(Node n, ItemOutcome outcome, CountDownLatch remaining) {
    if (!n.done.compareAndSet(false, true)) {
      return;
    }
    synchronized (listenerLock) {
      outcomes.add(outcome);
      ExportFailure failure = null;
      if (outcome.status() == ItemOutcome.Status.FAILED) {
        PlannedItem i = outcome.item();
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
      notify(() -> listener.itemDone(outcome));
      if (failure != null) {
        ExportFailure f = failure;
        notify(() -> listener.itemFailed(f));
      }
    }
    remaining.countDown();
  }

  private ExportReport report(ExportPlan plan, boolean interrupted) {
    Map<ItemKind, int[]> tally = new EnumMap<>(ItemKind.class);
    for (PlannedItem i : plan.items()) {
      if (i.action() == Action.UNCHANGED) {
        tally.computeIfAbsent(i.kind(), k -> new int[5])[2]++;
      }
    }
    int notSent = 0;
    List<ItemOutcome> snapshot;
    List<ExportFailure> writeFailures;
    synchronized (listenerLock) {
      snapshot = List.copyOf(outcomes);
      writeFailures = List.copyOf(failures);
    }
    for (ItemOutcome o : snapshot) {
      int[] t = tally.computeIfAbsent(o.item().kind(), k -> new int[5]);
      switch (o.status()) {
        case SUCCEEDED -> {
          switch (o.item().action()) {
            case CREATE -> t[0]++;
            case UPDATE -> t[1]++;
            case DELETE -> t[3]++;
            default -> t[2]++;
          }
        }
        case FAILED -> t[4]++;
        case NOT_SENT -> notSent++;
      }
    }
    Map<ItemKind, ExportReport.Counts> counts = new EnumMap<>(ItemKind.class);
    tally.forEach((k, t) -> counts.put(k, new ExportReport.Counts(t[0], t[1], t[2], t[3], t[4])));
    List<ExportFailure> allFailures = new ArrayList<>(plan.failures());
    allFailures.addAll(writeFailures);
    ExportReport report =
        new ExportReport(plan, counts, allFailures, snapshot, interrupted, notSent);
    synchronized (listenerLock) {
      notify(() -> listener.finished(report));
    }
    return report;
  }

  private void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("export listener threw; ignored", e);
    }
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
