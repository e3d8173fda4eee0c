package org.oneroster4j.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A request the fake SIS received, as recorded for assertions.
 *
 * @param method the HTTP method, upper case
 * @param path the request path as sent (percent-encoded), without the query
 * @param query the raw query string as sent, or null
 * @param headers request headers (names lower case); {@code Authorization} and {@code
 *     x-vendor-authorization} values are replaced by {@code <redacted>}
 * @param body the request body as UTF-8 text ({@code ""} when there was none)
 * @param status the response status, or 0 when the connection was dropped by a fault
 * @param receivedAt when the fake SIS began handling the request, by its clock ({@link
 *     FakeSis.Builder#clock}); {@link Instant#EPOCH} when made with the constructor that has no
 *     time
 */
public record RecordedRequest(
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body,
    int status,
    Instant receivedAt) {

  /**
   * Copies the headers into an unmodifiable map.
   *
   * @param method the HTTP method, upper case
   * @param path the request path as sent, without the query
   * @param query the raw query string as sent, or null
   * @param headers request headers, names lower case, secrets redacted
   * @param body the request body as UTF-8 text
   * @param status the response status, or 0 when the connection was dropped
   * @param receivedAt when the fake SIS began handling the request
   */
  public RecordedRequest {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * A recorded request without a time ({@link #receivedAt()} is {@link Instant#EPOCH}): the
   * constructor of the releases before {@code receivedAt} was added.
   *
   * @param method the HTTP method, upper case
   * @param path the request path as sent, without the query
   * @param query the raw query string as sent, or null
   * @param headers request headers, names lower case, secrets redacted
   * @param body the request body as UTF-8 text
   * @param status the response status, or 0 when the connection was dropped
   */
  public RecordedRequest(
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      String body,
      int status) {
    this(method, path, query, headers, body, status, Instant.EPOCH);
  }

  /**
   * The first value of a request header.
   *
   * @param name the header name, any case
   * @return the value, or null if absent
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
  }
}
