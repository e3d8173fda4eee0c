package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link ConnectionCheck}: either every step passed, or the {@link Problem} that
 * stopped it with a message saying what is wrong and what to change.
 */
public final class Diagnosis {

  /** What stopped the connection from working. Each has its own message. */
  public enum Problem {
    /** Everything passed. */
    NONE,
    /** The host name does not resolve or nothing answers on it. */
    HOST_UNREACHABLE,
    /** The host did not answer in time. */
    TIMEOUT,
    /** The TLS handshake failed (untrusted or mismatched certificate, old protocol). */
    TLS_FAILURE,
    /**
     * Something answered, but not a OneRoster API (an HTML page, a 404): wrong path. The message
     * carries the vendor's advice when it has some ({@link
     * org.oneroster4j.spi.SisVendor#explainWrongPath}), e.g. a missing {@code /api}.
     */
    NOT_ONEROSTER,
    /** The token URL is not an OAuth 2 token endpoint. */
    TOKEN_URL_WRONG,
    /** The SIS rejected the client id and secret (HTTP 401). */
    CREDENTIALS_REJECTED,
    /** The SIS wants a vendor credentials header on gradebook calls that was not sent. */
    VENDOR_HEADER_MISSING,
    /** The credentials work but may not read the roster or gradebook (HTTP 403, scopes). */
    PERMISSION_DENIED,
    /** The SIS answered with a server error (5xx) or throttled every attempt (429). */
    SIS_ERROR,
    /** Anything else; the message carries the SIS's own words. */
    UNEXPECTED
  }

  /**
   * One step of the check.
   *
   * @param name {@code roster} or {@code gradebook}
   * @param request the request, for example {@code GET /teachers?limit=1}
   * @param passed whether it succeeded
   * @param detail a short note (what was found, or the error)
   */
  public record Step(String name, String request, boolean passed, String detail) {}

  private final Problem problem;
  private final String message;
  private final Integer httpStatus;
  private final List<Step> steps;

  Diagnosis(Problem problem, String message, Integer httpStatus, List<Step> steps) {
    this.problem = Objects.requireNonNull(problem, "problem");
    this.message = Objects.requireNonNull(message, "message");
    this.httpStatus = httpStatus;
    this.steps = List.copyOf(steps);
  }

  /** {@return whether URL, credentials and gradebook access all work} */
  public boolean ok() {
    return problem == Problem.NONE;
  }

  /** {@return what is wrong, or {@link Problem#NONE}} */
  public Problem problem() {
    return problem;
  }

  /** {@return what is wrong and what to change, in words an administrator can act on} */
  public String message() {
    return message;
  }

  /** {@return the HTTP status behind the problem, or null (no response, or no problem)} */
  public Integer httpStatus() {
    return httpStatus;
  }

  /** {@return the steps run, in order, up to the one that failed} */
  public List<Step> steps() {
    return steps;
  }

  @Override
  public String toString() {
    return "Diagnosis[" + problem + ": " + message + "]";
  }
}
