package org.oneroster4j.export;

/**
 * Progress of an export, for a progress bar or a log. Every method has an empty default.
 *
 * <p>Calls are made one at a time (never concurrently), from the exporting thread or from a worker
 * thread; keep them short. An exception thrown by a listener is logged and ignored. Retries happen
 * inside the client ({@code RetryPolicy}) and are not reported one by one: each write is reported
 * once, with its final outcome.
 */
public interface ExportListener {

  /** A listener that does nothing. */
  static ExportListener none() {
    return new ExportListener() {};
  }

  /** The plan is ready; {@link ExportPlan#writeCount()} writes follow. */
  default void planned(ExportPlan plan) {}

  /** One write finished: succeeded, failed, or was not sent. */
  default void itemDone(ItemOutcome outcome) {}

  /** One write failed (also reported to {@link #itemDone}). */
  default void itemFailed(ExportFailure failure) {}

  /** The export finished (also after an interruption). */
  default void finished(ExportReport report) {}
}
