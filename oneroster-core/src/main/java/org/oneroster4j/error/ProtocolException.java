package org.oneroster4j.error;

/**
 * The SIS answered, but not like a OneRoster 1.1 service: a body that is not the expected JSON, a
 * body over the size limit, or paging links that never end or repeat.
 */
public class ProtocolException extends OneRosterException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that says what was wrong with the answer.
   *
   * @param message what happened and what to do about it
   */
  public ProtocolException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the underlying cause.
   *
   * @param message what happened and what to do about it
   * @param cause the underlying cause
   */
  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
