package org.oneroster4j.internal.http;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.oneroster4j.RequestOptions;

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
 */
public record HttpCall(
    String method,
    URI uri,
    String path,
    byte[] body,
    String contentType,
    Map<String, String> headers,
    Authenticator authenticator,
    RequestOptions options) {

  /** Checks the required parts and copies the headers. */
  public HttpCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(path, "path");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(authenticator, "authenticator");
    Objects.requireNonNull(options, "options");
  }

  /** Method and path only: headers may carry credentials and the query may carry student data. */
  @Override
  public String toString() {
    return "HttpCall[" + method + " " + path + "]";
  }
}
