package org.oneroster4j.export;

import org.oneroster4j.error.OneRosterException;

/** Thrown when no SIS teacher has the email a teacher signed in to the LMS with. */
public class TeacherNotFoundException extends OneRosterException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the message says what to check.
   *
   * @param message what happened and what to do about it
   */
  public TeacherNotFoundException(String message) {
    super(message);
  }
}
