package org.oneroster4j.internal.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.oneroster4j.error.ForbiddenException;
import org.oneroster4j.error.NotFoundException;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.error.RateLimitedException;
import org.oneroster4j.error.ServerException;
import org.oneroster4j.error.StatusInfo;
import org.oneroster4j.error.UnauthorizedException;
import org.oneroster4j.internal.Text;
import org.oneroster4j.internal.json.OneRosterJson;

/** Turns an HTTP error answer into the typed exception, with a message that says what to do. */
public final class ErrorMapper {
  /** The most characters of a body kept in an exception. */
  public static final int EXCERPT_CHARS = 500;

  private ErrorMapper() {}

  /**
   * Builds the exception for an error answer.
   *
   * @param status the HTTP status
   * @param method the request method
   * @param path the request path without query
   * @param contentType the response content type, or null
   * @param body the (capped) start of the body
   * @param length how many bytes of {@code body} are valid
   * @param retryAfter the parsed Retry-After, or null
   * @param hint an extra sentence (a vendor's explanation of an auth failure), or null
   */
  public static OneRosterServiceException map(
      int status,
      String method,
      String path,
      String contentType,
      byte[] body,
      int length,
      Duration retryAfter,
      String hint) {
    List<StatusInfo> infos = OneRosterJson.get().parseStatusInfos(body, length);
    String excerpt = excerpt(body, length);
    StringBuilder msg = new StringBuilder(200);
    msg.append(method).append(' ').append(path).append(" failed: HTTP ").append(status);
    String reason = reason(status);
    if (!reason.isEmpty()) {
      msg.append(' ').append(reason);
    }
    if (!infos.isEmpty()) {
      StatusInfo first = infos.get(0);
      msg.append(" (");
      boolean any = false;
      if (first.codeMinor() != null) {
        msg.append(first.codeMinor());
        any = true;
      }
      if (first.description() != null) {
        msg.append(any ? ": " : "").append(first.description());
        any = true;
      }
      if (!any) {
        msg.append(first.codeMajor() == null ? "no details" : first.codeMajor());
      }
      msg.append(')');
    } else if (length == 0) {
      msg.append(" with an empty body");
    } else {
      msg.append(" with a non-OneRoster body")
          .append(contentType == null ? "" : " (" + contentType + ")");
    }
    msg.append(". ").append(advice(status, retryAfter));
    if (hint != null && !hint.isBlank()) {
      msg.append(' ').append(hint.trim());
    }
    String m = msg.toString();
    if (status == 401) {
      return new UnauthorizedException(m, status, method, path, infos, excerpt);
    } else if (status == 403) {
      return new ForbiddenException(m, status, method, path, infos, excerpt);
    } else if (status == 404) {
      return new NotFoundException(m, status, method, path, infos, excerpt);
    } else if (status == 429) {
      return new RateLimitedException(m, status, method, path, infos, excerpt, retryAfter);
    } else if (status >= 500 && status <= 599) {
      return new ServerException(m, status, method, path, infos, excerpt);
    }
    return new OneRosterServiceException(m, status, method, path, infos, excerpt);
  }

  /** The body's start as text, control characters flattened, at most {@link #EXCERPT_CHARS}. */
  static String excerpt(byte[] body, int length) {
    String s = new String(body, 0, length, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(Math.min(s.length(), EXCERPT_CHARS + 3));
    for (int i = 0; i < s.length() && out.length() < EXCERPT_CHARS; i++) {
      char c = s.charAt(i);
      out.append(Text.unsafe(c) ? ' ' : c);
    }
    if (s.length() > EXCERPT_CHARS) {
      out.append("...");
    }
    return out.toString().strip();
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "";
    };
  }

  private static String advice(int status, Duration retryAfter) {
    if (status >= 300 && status < 400) {
      return "The SIS redirected the request; check the base URL (redirects are not followed so"
          + " credentials are never sent to another address).";
    }
    return switch (status) {
      case 400, 422 ->
          "The SIS refused the request as invalid; check the filter, fields and body it names.";
      case 401 ->
          "The SIS rejected the credentials: check the client id and secret (or consumer key and"
              + " secret) and that the clock of this machine is right.";
      case 403 ->
          "The credentials are valid but lack permission: ask the SIS administrator to grant the"
              + " OneRoster scopes (roster and gradebook) to this client.";
      case 404 -> "The SIS does not know this object, or the base URL is wrong.";
      case 405 -> "The SIS does not support this operation at this path.";
      case 429 ->
          "The SIS is rate limiting this client"
              + Optional.ofNullable(retryAfter)
                  .map(d -> " (it asked to wait " + d.toSeconds() + " s)")
                  .orElse("")
              + "; lower the concurrency (maxConcurrency(int), or GradeExporter.concurrency(int)"
              + " for an export) or try again later.";
      default ->
          status >= 500
              ? "The SIS failed; retries were used up, try again later."
              : "The SIS refused the request.";
    };
  }
}
