package org.oneroster4j.export;

import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.error.OneRosterServiceException;

/** Turns what the client threw into the report's HTTP status and message. */
final class Failures {
  private Failures() {}

  static Integer httpStatus(Throwable t) {
    return t instanceof OneRosterServiceException s ? s.httpStatus() : null;
  }

  static String message(Throwable t) {
    if (t instanceof OneRosterServiceException s) {
      String description = s.description();
      return description != null && !description.isBlank()
          ? "HTTP " + s.httpStatus() + ": " + description
          : s.getMessage();
    }
    if (t instanceof OneRosterException) {
      return t.getMessage();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
