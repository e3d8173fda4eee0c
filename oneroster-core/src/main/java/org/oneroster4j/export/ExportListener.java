package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;
import org.oneroster4j.RetryListener;

/**
 * Progress of an export, for a progress bar or a log. Every method has an empty default.
 *
 * <p>Calls are made one at a time (never concurrently), from the exporting thread or from a worker
 * thread; keep them short. An exception thrown by a listener is logged and ignored. Retries happen
 * inside the client ({@code RetryPolicy}); each one is reported to {@link #writeRetried}, and each
 * write is still reported once to {@link #itemDone}, with its final outcome.
 *
 * <p>An export run begins with {@link #started} and ends with exactly one of {@link #finished} or
 * {@link #aborted}, both called on the thread that called {@link GradeExporter#export}. One
 * listener may serve several runs at once; a listener that keeps state per run (a timer, a trace
 * span) returns a listener of its own for the run from {@link #started}, which then hears every
 * other event of that run. The {@code oneroster-micrometer} module binds these events to Micrometer
 * observations.
 */
public interface ExportListener {

  /** {@return a listener that does nothing} */
  static ExportListener none() {
    return ExportListeners.NONE;
  }

  /**
   * A listener that tells each of {@code listeners}, in order; one that throws does not keep the
   * others from hearing.
   *
   * @param listeners the listeners
   * @return the combined listener
   */
  static ExportListener of(ExportListener... listeners) {
    List<ExportListener> all = List.of(listeners);
    for (ExportListener l : all) {
      Objects.requireNonNull(l, "listeners");
    }
    return all.size() == 1 ? all.get(0) : new ExportListeners(all);
  }

  /**
   * An export run begins: called once per {@link GradeExporter#export} call, on the calling thread,
   * after the permission check and before the SIS is read. {@code start} carries no student data.
   *
   * @param start the vendor, version, class count and concurrency of the run
   * @return the listener that hears the rest of this run: {@code this} (the default), or one made
   *     for the run to keep its state
   */
  default ExportListener started(ExportStart start) {
    return this;
  }

  /**
   * The plan is ready; {@link ExportPlan#writeCount()} writes follow.
   *
   * @param plan the plan
   */
  default void planned(ExportPlan plan) {}

  /**
   * One write finished: succeeded, failed, or was not sent. A success may carry warnings the SIS
   * sent with it ({@link ItemOutcome#sisWarnings()}).
   *
   * @param outcome the outcome
   */
  default void itemDone(ItemOutcome outcome) {}

  /**
   * A write is about to be retried by the client (after a 429, a 5xx or an I/O error).
   *
   * @param retry the retry
   */
  default void writeRetried(RetryListener.Retry retry) {}

  /**
   * One write failed (also reported to {@link #itemDone}).
   *
   * @param failure the failure
   */
  default void itemFailed(ExportFailure failure) {}

  /**
   * The export finished (also after an interruption).
   *
   * @param report the report
   */
  default void finished(ExportReport report) {}

  /**
   * The export stopped with an exception instead of a report (for example the exporter's namespace
   * and the gradebook's differ); {@link #finished} is not called for the run. The exception is
   * thrown to the caller of {@link GradeExporter#export} after this returns. Its message may name
   * items: never use it as a metric tag.
   *
   * @param error what stopped the export
   */
  default void aborted(RuntimeException error) {}
}
