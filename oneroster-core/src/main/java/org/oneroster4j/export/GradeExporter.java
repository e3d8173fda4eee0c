package org.oneroster4j.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
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

  private final OneRosterClient client;
  private final String namespace;
  private final int concurrency;
  private final ExportListener listener;
  private final Clock clock;
  private final LineItemRules rules;
  private final GradeExportConnection connection;

  private GradeExporter(
      OneRosterClient client,
      String namespace,
      int concurrency,
      ExportListener listener,
      Clock clock,
      LineItemRules rules,
      GradeExportConnection connection) {
    this.client = client;
    this.namespace = namespace;
    this.concurrency = concurrency;
    this.listener = listener;
    this.clock = clock;
    this.rules = rules;
    this.connection = connection;
  }

  /** An exporter writing through {@code client}, with the vendor's rules and concurrency. */
  public static GradeExporter of(OneRosterClient client) {
    Objects.requireNonNull(client, "client");
    return new GradeExporter(client, null, 0, ExportListener.none(), Clock.systemUTC(), null, null);
  }

  /** An exporter bound to {@code connection}: its client, namespace and permission switch. */
  static GradeExporter of(GradeExportConnection connection) {
    return new GradeExporter(
        null,
        connection.namespace(),
        0,
        ExportListener.none(),
        Clock.systemUTC(),
        null,
        connection);
  }

  /** The connection's current client (it may have reconnected), else the one given. */
  private OneRosterClient client() {
    return connection != null ? connection.client() : client;
  }

  /**
   * The LMS installation's namespace, from which every id derives (default: the gradebook's, else
   * {@code "default"}). Never change it after a first export, or everything is created again.
   */
  public GradeExporter namespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    if (namespace.isBlank()) {
      throw new IllegalArgumentException("namespace must not be blank");
    }
    return new GradeExporter(client, namespace, concurrency, listener, clock, rules, connection);
  }

  /** How many writes run at once; default {@code client.maxConcurrency()} (the vendor's). */
  public GradeExporter concurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    return new GradeExporter(client, namespace, concurrency, listener, clock, rules, connection);
  }

  /** Receives progress events. */
  public GradeExporter listener(ExportListener listener) {
    Objects.requireNonNull(listener, "listener");
    return new GradeExporter(client, namespace, concurrency, listener, clock, rules, connection);
  }

  /** The clock whose UTC date becomes the {@code scoreDate} of written results. */
  public GradeExporter clock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return new GradeExporter(client, namespace, concurrency, listener, clock, rules, connection);
  }

  /**
   * Overrides the vendor's line-item rules (default: {@link OneRosterClient#lineItemRules()}, the
   * vendor's rules as changed by vendor options).
   */
  public GradeExporter lineItemRules(LineItemRules rules) {
    Objects.requireNonNull(rules, "rules");
    return new GradeExporter(client, namespace, concurrency, listener, clock, rules, connection);
  }

  /**
   * Computes what {@link #export} would do, without writing anything (a dry run). Classes whose SIS
   * state cannot be read are listed in {@link ExportPlan#failures()}.
   *
   * @throws ValidationException when the namespace given here and the gradebook's differ
   * @throws GradeExportUnavailableException when the connection's grade export is switched off
   */
  public ExportPlan plan(Gradebook gradebook) {
    Objects.requireNonNull(gradebook, "gradebook");
    requireEnabled();
    return planInternal(gradebook);
  }

  /**
   * Plans and executes the export; returns when every write has finished. One failing item never
   * stops the others. When the calling thread is interrupted, no new write is issued, the report
   * says {@link ExportReport#interrupted()} and the thread's interrupt status is kept set; running
   * the export again finishes the job.
   *
   * @throws ValidationException when the namespace given here and the gradebook's differ
   * @throws GradeExportUnavailableException when the connection's grade export is switched off
   */
  public ExportReport export(Gradebook gradebook) {
    Objects.requireNonNull(gradebook, "gradebook");
    requireEnabled();
    ExportPlan plan = planInternal(gradebook);
    safely(() -> listener.planned(plan));
    BooleanSupplierHolder gate = new BooleanSupplierHolder(connection);
    // Writes go through a client view that reports each retry; the executor forwards it to the
    // listener under the same lock as every other event, so listener calls never overlap.
    AtomicReference<Executor> running = new AtomicReference<>();
    OneRosterClient writer =
        client()
            .with(
                RequestOptions.builder()
                    .retryListener(retry -> running.get().retried(retry))
                    .build());
    Executor executor =
        new Executor(
            new ClientSis(writer), effectiveConcurrency(), listener, gate::mayWrite, rules());
    running.set(executor);
    ExportReport report = executor.execute(plan);
    LOG.debug("export finished: {}", report);
    return report;
  }

  private ExportPlan planInternal(Gradebook gradebook) {
    StableIds ids = StableIds.forNamespace(resolveNamespace(gradebook));
    LineItemRules r = rules();
    Planner planner =
        new Planner(
            ids, r, LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)), client().version());
    ClientSis sis = new ClientSis(client());
    Set<String> seen = new HashSet<>();
    List<GradebookClass> toRead = new ArrayList<>();
    for (GradebookClass gc : gradebook.classes()) {
      if (seen.add(gc.classSourcedId())) {
        toRead.add(gc);
      } else {
        planner.duplicateClass(gc.classSourcedId());
      }
    }
    // A class's SIS state is four or five independent collections; reading them one after
    // another, class after class, left the connection idle and made a re-export mostly waiting.
    // Every collection is its own task, with the export's concurrency (1 for vendors that ask for
    // serial requests); classes are queued and planned in gradebook order.
    int threads = Math.min(effectiveConcurrency(), Math.max(1, 4 * toRead.size()));
    ExecutorService readers = Executors.newFixedThreadPool(threads, GradeExporter::readerThread);
    try {
      List<ClientSis.ClassRead> reads = new ArrayList<>();
      for (GradebookClass gc : toRead) {
        reads.add(sis.read(gc.classSourcedId(), r, readers));
      }
      boolean interrupted = Thread.currentThread().isInterrupted();
      for (int i = 0; i < toRead.size(); i++) {
        GradebookClass gc = toRead.get(i);
        if (interrupted) {
          reads.get(i).cancel();
          planner.classFailed(
              gc.classSourcedId(), null, "not read: the export was interrupted; run it again");
          continue;
        }
        try {
          planner.planClass(gc, reads.get(i).get());
        } catch (InterruptedException e) {
          interrupted = true;
          Thread.currentThread().interrupt();
          reads.get(i).cancel();
          planner.classFailed(
              gc.classSourcedId(), null, "not read: the export was interrupted; run it again");
        } catch (ExecutionException e) {
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
    } finally {
      readers.shutdownNow();
    }
    return planner.build();
  }

  private static Thread readerThread(Runnable r) {
    Thread t = new Thread(r, "oneroster4j-export-read");
    t.setDaemon(true);
    return t;
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
    return rules != null ? rules : client().lineItemRules();
  }

  private int effectiveConcurrency() {
    return concurrency > 0 ? concurrency : Math.max(1, client().maxConcurrency());
  }

  private void requireEnabled() {
    if (connection != null) {
      connection.requireEnabled("export grades");
    }
  }

  private void safely(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("export listener threw; ignored", e);
    }
  }

  /** The write gate: open unless the connection was switched off or disconnected mid-run. */
  private record BooleanSupplierHolder(GradeExportConnection connection) {
    boolean mayWrite() {
      return connection == null || connection.isExportAllowed();
    }
  }
}
