package org.oneroster4j.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RequestOptions;
import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;
import org.oneroster4j.spi.LineItemRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the SIS's gradebook match the LMS's: reads each class's lineItems, results, roster (and
 * categories or grading periods when the vendor needs them), plans creates, updates, deletes and
 * unchanged items, and sends the writes with bounded concurrency.
 *
 * <pre>{@code
 * ExportReport report = GradeExporter.of(sis)
 *     .namespace("my-lms")       // identifies this LMS installation; keep it forever
 *     .concurrency(4)            // default: the vendor's (client.maxConcurrency())
 *     .listener(myProgressBar)
 *     .export(gradebook);
 * ExportPlan preview = GradeExporter.of(sis).namespace("my-lms").plan(gradebook); // dry run
 * }</pre>
 *
 * <p>Re-running the same gradebook writes nothing: ids are deterministic ({@link StableIds}) and
 * only fields that differ are sent. Immutable: every setter returns a new exporter; safe to share.
 * Prefer {@link GradeExportConnection#exporter()} in an LMS, which also honours the teacher
 * permission switch.
 */
public final class GradeExporter {
  private static final Logger LOG = LoggerFactory.getLogger(GradeExporter.class);

  /** The default of {@link #maxUnansweredWrites(int)}. */
  public static final int DEFAULT_MAX_UNANSWERED_WRITES = 10;

  private final Mode mode;
  private final Settings settings;

  private GradeExporter(Mode mode, Settings settings) {
    this.mode = mode;
    this.settings = settings;
  }

  /**
   * What the exporter reads and writes through: a client given to {@link #of(OneRosterClient)}, or
   * an LMS connection with its permission switch.
   */
  private sealed interface Mode {
    /** The client to use now (a connection's changes when it reconnects). */
    OneRosterClient client();

    /** Refuses to start while grade export is switched off or the SIS is disconnected. */
    void requireEnabled();

    /** The write gate of a run: open while writes may go out. */
    WriteGate gate();

    /** Hears every run besides the exporter's own listener: the connection's, if any. */
    ExportListener listener();
  }

  /** On a client of its own: always enabled, the gate never closes. */
  private record Direct(OneRosterClient client) implements Mode {
    @Override
    public void requireEnabled() {}

    @Override
    public WriteGate gate() {
      return WriteGate.OPEN;
    }

    @Override
    public ExportListener listener() {
      return ExportListener.none();
    }
  }

  /**
   * On a {@link GradeExportConnection}: its current client, and a gate that closes when the
   * connection is switched off or disconnected mid-run.
   */
  private record Connected(GradeExportConnection connection) implements Mode {
    @Override
    public OneRosterClient client() {
      return connection.client();
    }

    @Override
    public void requireEnabled() {
      connection.requireEnabled("export grades");
    }

    @Override
    public WriteGate gate() {
      return connection::isExportAllowed;
    }

    @Override
    public ExportListener listener() {
      return connection.exportListener();
    }
  }

  /**
   * What the setters change; null or 0 means the default (the gradebook's namespace, the client's
   * concurrency and rules). Each component has its own type, so the compiler rejects a copy that
   * misses or swaps one.
   */
  private record Settings(
      String namespace,
      int concurrency,
      ExportListener listener,
      Clock clock,
      LineItemRules rules,
      Unanswered unanswered) {
    static final Settings DEFAULTS =
        new Settings(
            null,
            0,
            ExportListener.none(),
            Clock.systemUTC(),
            null,
            new Unanswered(DEFAULT_MAX_UNANSWERED_WRITES));

    Settings namespace(String namespace) {
      return new Settings(namespace, concurrency, listener, clock, rules, unanswered);
    }

    Settings concurrency(int concurrency) {
      return new Settings(namespace, concurrency, listener, clock, rules, unanswered);
    }

    Settings listener(ExportListener listener) {
      return new Settings(namespace, concurrency, listener, clock, rules, unanswered);
    }

    Settings clock(Clock clock) {
      return new Settings(namespace, concurrency, listener, clock, rules, unanswered);
    }

    Settings rules(LineItemRules rules) {
      return new Settings(namespace, concurrency, listener, clock, rules, unanswered);
    }

    Settings unanswered(Unanswered unanswered) {
      return new Settings(namespace, concurrency, listener, clock, rules, unanswered);
    }
  }

  /** How many writes in a row may get no answer before the run stops; 0 never stops. */
  private record Unanswered(int inARow) {}

  /**
   * An exporter writing through {@code client}, with the vendor's rules and concurrency.
   *
   * @param client the client that reads and writes the SIS; not null
   * @return a new exporter with the default settings
   */
  public static GradeExporter of(OneRosterClient client) {
    Objects.requireNonNull(client, "client");
    return new GradeExporter(new Direct(client), Settings.DEFAULTS);
  }

  /** An exporter bound to {@code connection}: its client, namespace and permission switch. */
  static GradeExporter of(GradeExportConnection connection) {
    return new GradeExporter(
        new Connected(connection), Settings.DEFAULTS.namespace(connection.namespace()));
  }

  /**
   * The LMS installation's namespace, from which every id derives (default: the gradebook's, else
   * {@code "default"}). Never change it after a first export, or everything is created again.
   *
   * @param namespace the namespace; not null or blank. When the gradebook names another, {@link
   *     #plan} and {@link #export} refuse it
   * @return a copy of this exporter with this namespace
   * @throws IllegalArgumentException if {@code namespace} is blank
   */
  public GradeExporter namespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    if (namespace.isBlank()) {
      throw new IllegalArgumentException("namespace must not be blank");
    }
    return new GradeExporter(mode, settings.namespace(namespace));
  }

  /**
   * How many writes run at once; default {@code client.maxConcurrency()} (the vendor's).
   *
   * @param concurrency writes at once, at least 1; it also bounds the reads of the SIS while
   *     planning
   * @return a copy of this exporter with this concurrency
   * @throws IllegalArgumentException if {@code concurrency} is less than 1
   */
  public GradeExporter concurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    return new GradeExporter(mode, settings.concurrency(concurrency));
  }

  /**
   * Receives progress events. An exporter from {@link GradeExportConnection#exporter()} also tells
   * the connection's own listener ({@link GradeExportConnection.Builder#exportListener}), whatever
   * is set here.
   *
   * @param listener the listener told of this exporter's runs; not null
   * @return a copy of this exporter with this listener, which replaces the previous one
   */
  public GradeExporter listener(ExportListener listener) {
    Objects.requireNonNull(listener, "listener");
    return new GradeExporter(mode, settings.listener(listener));
  }

  /**
   * How many writes in a row may end without any answer from the SIS (a refused, dropped or
   * timed-out connection, each after the client's own retries) before the run stops issuing writes:
   * the rest are reported not sent, {@link ExportReport#stopCause()} is {@link
   * ExportReport.StopCause#SIS_NOT_ANSWERING}, and running the export again when the SIS answers
   * finishes the job. Without it, a SIS that goes silent mid-run would make every remaining write
   * wait out its own timeout: hours for a large gradebook. A write the SIS answers, even with an
   * error, starts the count again. Default {@value #DEFAULT_MAX_UNANSWERED_WRITES}; 0 never stops.
   *
   * @param inARow writes in a row, 0 or more
   * @return the exporter
   */
  public GradeExporter maxUnansweredWrites(int inARow) {
    if (inARow < 0) {
      throw new IllegalArgumentException("maxUnansweredWrites must be 0 or more, was " + inARow);
    }
    return new GradeExporter(mode, settings.unanswered(new Unanswered(inARow)));
  }

  /**
   * The clock whose UTC date becomes the {@code scoreDate} of written results.
   *
   * @param clock the clock, read once per plan; not null
   * @return a copy of this exporter with this clock
   */
  public GradeExporter clock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return new GradeExporter(mode, settings.clock(clock));
  }

  /**
   * Overrides the vendor's line-item rules (default: {@link OneRosterClient#lineItemRules()}, the
   * vendor's rules as changed by vendor options).
   *
   * @param rules the rules used both to plan and to write; not null
   * @return a copy of this exporter with these rules
   */
  public GradeExporter lineItemRules(LineItemRules rules) {
    Objects.requireNonNull(rules, "rules");
    return new GradeExporter(mode, settings.rules(rules));
  }

  /**
   * Computes what {@link #export} would do, without writing anything (a dry run). Classes whose SIS
   * state cannot be read are listed in {@link ExportPlan#failures()}.
   *
   * @param gradebook the LMS's gradebook: its classes, assignments and grades; not null
   * @return the plan: every planned write and unchanged item, the items skipped as invalid, and the
   *     classes that could not be read
   * @throws ValidationException when the namespace given here and the gradebook's differ
   * @throws GradeExportUnavailableException when the connection's grade export is switched off
   */
  public ExportPlan plan(Gradebook gradebook) {
    Objects.requireNonNull(gradebook, "gradebook");
    mode.requireEnabled();
    ExecutorService readers = WriteScheduler.newPool(effectiveConcurrency());
    try {
      return planInternal(gradebook, readers);
    } finally {
      readers.shutdownNow();
    }
  }

  /**
   * Plans and executes the export; returns when every write has finished. One failing item never
   * stops the others. When the calling thread is interrupted, no new write is issued, the report
   * says {@link ExportReport#interrupted()} and the thread's interrupt status is kept set; running
   * the export again finishes the job.
   *
   * @param gradebook the LMS's gradebook: its classes, assignments and grades; not null
   * @return the report: counts, failures, skipped items and each write's outcome
   * @throws ValidationException when the namespace given here and the gradebook's differ
   * @throws GradeExportUnavailableException when the connection's grade export is switched off
   */
  public ExportReport export(Gradebook gradebook) {
    Objects.requireNonNull(gradebook, "gradebook");
    mode.requireEnabled();
    OneRosterClient client = mode.client();
    ExportListener listener =
        mode.listener() == ExportListener.none()
            ? settings.listener()
            : ExportListener.of(mode.listener(), settings.listener());
    ExportEvents events =
        ExportEvents.start(
            listener,
            ExportStart.builder()
                .vendor(client.vendor().id())
                .version(client.version())
                .classes(gradebook.classes().size())
                .concurrency(effectiveConcurrency())
                .build());
    ExportReport report;
    // One pool of the export's concurrency reads the SIS, plans, then writes: the writes start on
    // threads that are already running.
    ExecutorService pool = WriteScheduler.newPool(effectiveConcurrency());
    try {
      ExportPlan plan = planInternal(gradebook, pool);
      events.planned(plan);
      // Writes go through a client view that reports each retry to the listener, one event at a
      // time like every other.
      OneRosterClient writes =
          mode.client().with(RequestOptions.builder().retryListener(events::writeRetried).build());
      WriteScheduler scheduler =
          new WriteScheduler(
              new ClientWriter(writes),
              effectiveConcurrency(),
              events,
              mode.gate(),
              rules(),
              settings.unanswered().inARow());
      report = scheduler.execute(plan, pool);
    } catch (RuntimeException e) {
      events.aborted(e);
      throw e;
    } finally {
      pool.shutdownNow();
    }
    LOG.debug("export finished: {}", report);
    return report;
  }

  /**
   * Reads and plans on {@code readers}, at most the export's concurrency at once. Every read and
   * planning task has ended when this returns, unless the thread was interrupted or planning
   * failed: then {@code readers} is shut down, which interrupts the reads still running.
   */
  private ExportPlan planInternal(Gradebook gradebook, ExecutorService readers) {
    StableIds ids = StableIds.forNamespace(resolveNamespace(gradebook));
    LineItemRules r = rules();
    Planner planner =
        new Planner(
            ids,
            r,
            LocalDate.now(settings.clock().withZone(java.time.ZoneOffset.UTC)),
            mode.client().version());
    ClassStateReader sis = new ClassStateReader(mode.client());
    Set<String> seen = new HashSet<>();
    List<GradebookClass> toRead = new ArrayList<>();
    for (GradebookClass gc : gradebook.classes()) {
      if (seen.add(gc.classSourcedId())) {
        toRead.add(gc);
      } else {
        planner.duplicateClass(gc.classSourcedId());
      }
    }
    // Every collection of every class is its own task, at the export's concurrency (1 for vendors
    // that ask for serial requests): a re-export is mostly reading, and independent reads keep the
    // connection busy. Each class is planned on the same threads as soon as its reads are done,
    // while other classes are still read; the plans join in gradebook order, so the plan is the
    // one planning the classes one after the other gives.
    boolean done = false;
    try {
      List<ClassStateReader.ClassRead> reads = new ArrayList<>();
      List<CompletableFuture<Planner>> plans = new ArrayList<>();
      for (GradebookClass gc : toRead) {
        ClassStateReader.ClassRead read = sis.read(gc, r, readers);
        reads.add(read);
        plans.add(read.state().thenApplyAsync(state -> planClass(planner, gc, state), readers));
      }
      boolean interrupted = Thread.currentThread().isInterrupted();
      for (int i = 0; i < toRead.size(); i++) {
        GradebookClass gc = toRead.get(i);
        if (interrupted) {
          reads.get(i).cancel();
          plans.get(i).cancel(true);
          planner.classFailed(
              gc.classSourcedId(), null, "not read: the export was interrupted; run it again");
          continue;
        }
        try {
          planner.add(plans.get(i).get());
        } catch (InterruptedException e) {
          interrupted = true;
          Thread.currentThread().interrupt();
          reads.get(i).cancel();
          plans.get(i).cancel(true);
          planner.classFailed(
              gc.classSourcedId(), null, "not read: the export was interrupted; run it again");
        } catch (ExecutionException e) {
          if (e.getCause() instanceof PlanningFailed planning) {
            throw planning.getCause();
          }
          if (!(e.getCause() instanceof OneRosterException failure)) {
            throw unchecked(e.getCause());
          }
          planner.classFailed(
              gc.classSourcedId(),
              Failures.httpStatus(failure),
              "cannot read the SIS gradebook of class "
                  + gc.classSourcedId()
                  + ": "
                  + Failures.message(failure));
        }
      }
      done = !interrupted;
    } finally {
      if (!done) {
        readers.shutdownNow();
      }
    }
    return planner.build();
  }

  /** Plans one class with a planner of its own; a failure here is planning's, not the reads'. */
  private static Planner planClass(Planner planner, GradebookClass gc, SisClassState state) {
    Planner own = planner.forClass();
    try {
      own.planClass(gc, state);
    } catch (RuntimeException e) {
      throw new PlanningFailed(e);
    }
    return own;
  }

  /** Carries a failure of planning (a defect) past the handling of failed reads. */
  private static final class PlanningFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlanningFailed(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  private static RuntimeException unchecked(Throwable t) {
    if (t instanceof RuntimeException e) {
      return e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new OneRosterException("reading the SIS gradebook failed: " + t, t);
  }

  private String resolveNamespace(Gradebook gradebook) {
    String namespace = settings.namespace();
    String fromGradebook = gradebook.namespace();
    if (namespace != null
        && fromGradebook != null
        && !fromGradebook.isBlank()
        && !namespace.equals(fromGradebook)) {
      throw new ValidationException(
          "export",
          List.of(
              new Violation(
                  "namespace",
                  "the exporter's namespace \""
                      + namespace
                      + "\" differs from the gradebook's \""
                      + fromGradebook
                      + "\"; ids derive from it, so exporting would duplicate"
                      + " every item. Use one namespace per LMS installation")));
    }
    if (namespace != null) {
      return namespace;
    }
    return fromGradebook != null && !fromGradebook.isBlank()
        ? fromGradebook
        : StableIds.DEFAULT_NAMESPACE;
  }

  private LineItemRules rules() {
    return settings.rules() != null ? settings.rules() : mode.client().lineItemRules();
  }

  private int effectiveConcurrency() {
    return settings.concurrency() > 0
        ? settings.concurrency()
        : Math.max(1, mode.client().maxConcurrency());
  }
}
