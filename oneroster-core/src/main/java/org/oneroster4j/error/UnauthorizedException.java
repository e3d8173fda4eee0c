package org.oneroster4j.error;

import java.util.List;

/**
 * The SIS rejected the credentials (HTTP 401): a wrong client id or secret, an expired token or a
 * bad signature.
 */
public class UnauthorizedException extends OneRosterServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link OneRosterServiceException} for the parameters.
   *
   * @param message what happened and what to do about it
   * @param httpStatus the HTTP status code
   * @param method the HTTP method
   * @param path the request path, without the query
   * @param statusInfos the imsx status entries of the body, possibly empty
   * @param bodyExcerpt the start of the response body, possibly empty
   */
  public UnauthorizedException(
      String message,
      int httpStatus,
      String method,
      String path,
      List<StatusInfo> statusInfos,
      String bodyExcerpt) {
    super(message, httpStatus, method, path, statusInfos, bodyExcerpt);
  }
}
