package org.oneroster4j;

import java.time.Duration;
import java.util.Objects;

/**
 * Told each time the client is about to retry a request, before it waits. Set it per call with
 * {@link RequestOptions.Builder#retryListener(RetryListener)}; the export engine uses it to report
 * retried writes as progress. Called on the thread that sends the request; keep it short. An
 * exception it throws is logged and ignored.
 */
@FunctionalInterface
public interface RetryListener {

  /**
   * One retry about to happen.
   *
   * @param method the HTTP method
   * @param path the request path, without the query (never any secret)
   * @param nextAttempt the number of the attempt that follows the wait (2 for the first retry)
   * @param delay how long the client waits before it
   * @param cause why: {@code "HTTP 429"}, {@code "HTTP 503"}, or the exception type of an I/O error
   */
  record Retry(String method, String path, int nextAttempt, Duration delay, String cause) {
    /**
     * Creates a retry notice; every part is required.
     *
     * @param method the HTTP method, for example {@code PUT}; not null
     * @param path the request path, without the query (never any secret); not null
     * @param nextAttempt the number of the attempt that follows the wait (2 for the first retry)
     * @param delay how long the client waits before that attempt; not null
     * @param cause why: {@code "HTTP 429"}, {@code "HTTP 503"}, or the simple class name of the
     *     exception for an I/O error; not null
     */
    public Retry {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(delay, "delay");
      Objects.requireNonNull(cause, "cause");
    }
  }

  /**
   * Called before the client waits and retries.
   *
   * @param retry the request retried, the attempt that comes next, the wait before it, and why
   */
  void retrying(Retry retry);
}
