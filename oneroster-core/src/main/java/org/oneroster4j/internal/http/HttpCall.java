package org.oneroster4j.internal.http;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.oneroster4j.RequestOptions;
import org.oneroster4j.Service;

/**
 * One logical request (its retries included).
 *
 * @param method HTTP method
 * @param uri the full request URI
 * @param path what logs and exceptions show: the path relative to the OneRoster base, no query
 * @param body the request body, or null
 * @param contentType the body's content type, or null
 * @param headers extra headers (vendor headers, per-call headers)
 * @param authenticator how each attempt is authenticated
 * @param options per-call overrides
 * @param endpoint the endpoint's path template (or {@code "token"}): what request events show
 * @param service the service called, or null for a token request
 */
public record HttpCall(
    String method,
    URI uri,
    String path,
    byte[] body,
    String contentType,
    Map<String, String> headers,
    Authenticator authenticator,
    RequestOptions options,
    String endpoint,
    Service service) {

  /** Checks the required parts and copies the headers. */
  public HttpCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(path, "path");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(authenticator, "authenticator");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  /**
   * A call whose events show its path as the endpoint and no service.
   *
   * @param method HTTP method
   * @param uri the full request URI
   * @param path the path for logs and exceptions
   * @param body the request body, or null
   * @param contentType the body's content type, or null
   * @param headers extra headers
   * @param authenticator how each attempt is authenticated
   * @param options per-call overrides
   */
  public HttpCall(
      String method,
      URI uri,
      String path,
      byte[] body,
      String contentType,
      Map<String, String> headers,
      Authenticator authenticator,
      RequestOptions options) {
    this(method, uri, path, body, contentType, headers, authenticator, options, path, null);
  }

  /** Method and path only: headers may carry credentials and the query may carry student data. */
  @Override
  public String toString() {
    return "HttpCall[" + method + " " + path + "]";
  }
}
