package org.oneroster4j.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The SIS is rate limiting the client (HTTP 429) and the retries the RetryPolicy allows are used
 * up. {@link #retryAfter()} tells how long the SIS asked to wait, when it said.
 */
public class RateLimitedException extends OneRosterServiceException {
  private static final long serialVersionUID = 1L;

  /** How long the SIS asked to wait, or null. */
  private final Duration retryAfter;

  /**
   * Creates the exception; see {@link OneRosterServiceException} for the other parameters.
   *
   * @param retryAfter the wait the SIS asked for in {@code Retry-After}, or null
   * @param message what happened and what to do about it
   * @param httpStatus the HTTP status code
   * @param method the HTTP method
   * @param path the request path, without the query
   * @param statusInfos the imsx status entries of the body, possibly empty
   * @param bodyExcerpt the start of the response body, possibly empty
   */
  public RateLimitedException(
      String message,
      int httpStatus,
      String method,
      String path,
      List<StatusInfo> statusInfos,
      String bodyExcerpt,
      Duration retryAfter) {
    super(message, httpStatus, method, path, statusInfos, bodyExcerpt);
    this.retryAfter = retryAfter;
  }

  /** {@return the wait the SIS asked for in its {@code Retry-After} header, if it sent one} */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
