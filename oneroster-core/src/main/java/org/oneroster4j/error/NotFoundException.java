package org.oneroster4j.error;

import java.util.List;

/** The SIS does not know the requested object (HTTP 404). */
public class NotFoundException extends OneRosterServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link OneRosterServiceException} for the parameters. */
  public NotFoundException(
      String message,
      int httpStatus,
      String method,
      String path,
      List<StatusInfo> statusInfos,
      String bodyExcerpt) {
    super(message, httpStatus, method, path, statusInfos, bodyExcerpt);
  }
}
