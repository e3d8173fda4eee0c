package org.oneroster4j.error;

import java.util.List;
import java.util.Objects;
import org.oneroster4j.internal.Text;

/**
 * The SIS answered with an HTTP error status. Carries the status, the request method and path
 * (never the query string, which may hold filter values), the imsx status information the SIS sent
 * (parsed leniently, possibly empty) and a short excerpt of the response body.
 *
 * <p>Subclasses name the cases callers usually act on: {@link UnauthorizedException} (401), {@link
 * ForbiddenException} (403), {@link NotFoundException} (404), {@link RateLimitedException} (429)
 * and {@link ServerException} (5xx).
 */
public class OneRosterServiceException extends OneRosterException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status code. */
  private final int httpStatus;

  /** The HTTP method. */
  private final String method;

  /** The request path, without the query. */
  private final String path;

  private final transient List<StatusInfo> statusInfos;

  /** The start of the response body. */
  private final String bodyExcerpt;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param httpStatus the HTTP status code
   * @param method the HTTP method, for example {@code GET}
   * @param path the request path without query, for example {@code /lineItems/li-1}
   * @param statusInfos the imsx status information from the body, possibly empty
   * @param bodyExcerpt the start of the response body (capped), or an empty string
   */
  public OneRosterServiceException(
      String message,
      int httpStatus,
      String method,
      String path,
      List<StatusInfo> statusInfos,
      String bodyExcerpt) {
    super(message);
    this.httpStatus = httpStatus;
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.statusInfos = List.copyOf(statusInfos);
    this.bodyExcerpt = bodyExcerpt == null ? "" : Text.safe(bodyExcerpt);
  }

  /** {@return the HTTP status code the SIS answered with} */
  public int httpStatus() {
    return httpStatus;
  }

  /** {@return the HTTP method of the failed request} */
  public String method() {
    return method;
  }

  /**
   * {@return the path of the failed request, relative to the OneRoster base URL, without the query}
   */
  public String path() {
    return path;
  }

  /** {@return every imsx status entry the SIS sent, in order; empty when the body had none} */
  public List<StatusInfo> statusInfos() {
    return statusInfos == null ? List.of() : statusInfos;
  }

  /** {@return the imsx codeMajor of the first status entry, or null} */
  public String codeMajor() {
    return first() == null ? null : first().codeMajor();
  }

  /** {@return the imsx severity of the first status entry, or null} */
  public String severity() {
    return first() == null ? null : first().severity();
  }

  /** {@return the imsx codeMinor of the first status entry as sent, or null} */
  public String codeMinor() {
    return first() == null ? null : first().codeMinor();
  }

  /** {@return the imsx description of the first status entry, or null} */
  public String description() {
    return first() == null ? null : first().description();
  }

  /** {@return the start of the response body (a few KB at most), or an empty string} */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  private StatusInfo first() {
    List<StatusInfo> all = statusInfos();
    return all.isEmpty() ? null : all.get(0);
  }
}
