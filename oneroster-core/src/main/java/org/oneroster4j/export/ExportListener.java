package org.oneroster4j.export;

import org.oneroster4j.RetryListener;

/**
 * Progress of an export, for a progress bar or a log. Every method has an empty default.
 *
 * <p>Calls are made one at a time (never concurrently), from the exporting thread or from a worker
 * thread; keep them short. An exception thrown by a listener is logged and ignored. Retries happen
 * inside the client ({@code RetryPolicy}); each one is reported to {@link #writeRetried}, and each
 * write is still reported once to {@link #itemDone}, with its final outcome.
 */
public interface ExportListener {

  /** {@return a listener that does nothing} */
  static ExportListener none() {
    return new ExportListener() {};
  }

  /**
   * The plan is ready; {@link ExportPlan#writeCount()} writes follow.
   *
   * @param plan the plan
   */
  default void planned(ExportPlan plan) {}

  /**
   * One write finished: succeeded, failed, or was not sent.
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
}
