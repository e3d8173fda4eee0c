package org.oneroster4j.export;

import java.util.Objects;
import org.oneroster4j.RetryListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export run's listener, called one event at a time whatever thread the event comes from (the
 * exporting thread, a write, a retry inside the client), as {@link ExportListener} promises; a
 * listener that throws is logged and ignored, so it cannot break the run.
 */
final class ExportEvents {
  private static final Logger LOG = LoggerFactory.getLogger(ExportEvents.class);

  private final ExportListener listener;

  ExportEvents(ExportListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Tells {@code listener} that a run starts; the events of the run go to the listener it returns
   * (itself when it returns null or throws).
   */
  static ExportEvents start(ExportListener listener, ExportStart start) {
    Objects.requireNonNull(listener, "listener");
    ExportListener run = listener;
    try {
      ExportListener forRun = listener.started(start);
      if (forRun != null) {
        run = forRun;
      }
    } catch (RuntimeException e) {
      LOG.warn("export listener threw; ignored", e);
    }
    return new ExportEvents(run);
  }

  synchronized void planned(ExportPlan plan) {
    safely(() -> listener.planned(plan));
  }

  /** A write the client is about to retry: the client's {@link RetryListener}. */
  synchronized void writeRetried(RetryListener.Retry retry) {
    safely(() -> listener.writeRetried(retry));
  }

  /** One write finished, and when {@code failure} is not null how it failed, as one event. */
  synchronized void itemDone(ItemOutcome outcome, ExportFailure failure) {
    safely(() -> listener.itemDone(outcome));
    if (failure != null) {
      safely(() -> listener.itemFailed(failure));
    }
  }

  synchronized void finished(ExportReport report) {
    safely(() -> listener.finished(report));
  }

  synchronized void aborted(RuntimeException error) {
    safely(() -> listener.aborted(error));
  }

  private static void safely(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("export listener threw; ignored", e);
    }
  }
}
