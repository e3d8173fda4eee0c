package org.oneroster4j;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The built-in {@link RequestListener}s. */
final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger("org.oneroster4j.http");

  static final RequestListener NONE = new RequestListener() {};

  private Listeners() {}

  /** Tells each listener in turn; one that throws does not keep the others from hearing. */
  record Composite(List<RequestListener> listeners) implements RequestListener {
    @Override
    public Exchange attemptStarted(RequestAttempt attempt) {
      List<Exchange> exchanges = new ArrayList<>(listeners.size());
      for (RequestListener l : listeners) {
        try {
          exchanges.add(l.attemptStarted(attempt));
        } catch (RuntimeException e) {
          LOG.warn("A request listener threw; ignored", e);
        }
      }
      return result -> {
        for (Exchange x : exchanges) {
          try {
            x.finished(result);
          } catch (RuntimeException e) {
            LOG.warn("A request listener threw; ignored", e);
          }
        }
      };
    }

    @Override
    public void retrying(RequestAttempt failed, RetryListener.Retry retry) {
      for (RequestListener l : listeners) {
        try {
          l.retrying(failed, retry);
        } catch (RuntimeException e) {
          LOG.warn("A request listener threw; ignored", e);
        }
      }
    }
  }
}
