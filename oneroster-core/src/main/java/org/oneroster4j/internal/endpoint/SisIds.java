package org.oneroster4j.internal.endpoint;

import org.oneroster4j.error.ProtocolException;

/**
 * Checks a sourcedId that came from the SIS before the client puts it in a request path. A {@code
 * .} or {@code ..} would be a dot segment: behind a server or proxy that normalises paths (nginx
 * and Tomcat do), {@code /teachers/../classes} is {@code /classes}, every class of the district.
 * Ids the caller gives are refused by {@link Endpoint#segment} with a {@code ValidationException};
 * these are the SIS's fault, so a {@link ProtocolException} names the id and where it came from.
 */
public final class SisIds {
  private SisIds() {}

  /** Whether {@code id} is a dot segment ({@code .} or {@code ..}). */
  public static boolean isDotSegment(String id) {
    return ".".equals(id) || "..".equals(id);
  }

  /**
   * Returns {@code id}, a sourcedId the SIS sent, when it can go into a request path.
   *
   * @param id the sourcedId as the SIS sent it
   * @param what what it identifies, for example {@code "teacher"}
   * @param where where it came from, for example {@code "GET /teachers?filter=email"}
   * @throws ProtocolException when it is missing, blank, {@code .} or {@code ..}
   */
  public static String require(String id, String what, String where) {
    if (id == null || id.isBlank()) {
      throw new ProtocolException(
          "The SIS returned a "
              + what
              + " without a sourcedId ("
              + where
              + "); the client cannot address it. Ask the SIS vendor to fix the record");
    }
    if (isDotSegment(id)) {
      throw new ProtocolException(
          "The SIS returned a "
              + what
              + " whose sourcedId is '"
              + id
              + "' ("
              + where
              + "): a dot segment, which a server that normalises paths would read as another"
              + " resource, so it is never put in a request path. Ask the SIS vendor to fix the"
              + " record's sourcedId");
    }
    return id;
  }
}
