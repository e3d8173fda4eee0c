package org.oneroster4j.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.oneroster4j.RetryListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ExportListener#of}: tells each listener in turn; one that throws does not silence the
 * rest.
 */
final class ExportListeners implements ExportListener {
  private static final Logger LOG = LoggerFactory.getLogger(ExportListeners.class);

  static final ExportListener NONE = new ExportListener() {};

  private final List<ExportListener> listeners;

  ExportListeners(List<ExportListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public ExportListener started(ExportStart start) {
    List<ExportListener> run = new ArrayList<>(listeners.size());
    for (ExportListener l : listeners) {
      try {
        ExportListener forRun = l.started(start);
        run.add(forRun != null ? forRun : l);
      } catch (RuntimeException e) {
        LOG.warn("an export listener threw; ignored", e);
        run.add(l);
      }
    }
    return new ExportListeners(run);
  }

  @Override
  public void planned(ExportPlan plan) {
    each(l -> l.planned(plan));
  }

  @Override
  public void itemDone(ItemOutcome outcome) {
    each(l -> l.itemDone(outcome));
  }

  @Override
  public void writeRetried(RetryListener.Retry retry) {
    each(l -> l.writeRetried(retry));
  }

  @Override
  public void itemFailed(ExportFailure failure) {
    each(l -> l.itemFailed(failure));
  }

  @Override
  public void finished(ExportReport report) {
    each(l -> l.finished(report));
  }

  @Override
  public void aborted(RuntimeException error) {
    each(l -> l.aborted(error));
  }

  private void each(Consumer<ExportListener> call) {
    for (ExportListener l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("an export listener threw; ignored", e);
      }
    }
  }
}
