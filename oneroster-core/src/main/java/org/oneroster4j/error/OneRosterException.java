package org.oneroster4j.error;

import org.oneroster4j.internal.Text;

/**
 * Root of every exception OneRoster4j throws. Unchecked: callers catch the subclass they can act
 * on.
 *
 * <p>Messages say what happened and what to do about it, and never contain secrets, tokens or
 * student data. They are safe to print: control characters a server put in its text (ESC sequences,
 * carriage returns, line breaks) are replaced by spaces.
 */
public class OneRosterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what happened and how to fix it.
   *
   * @param message what happened and what to do about it
   */
  public OneRosterException(String message) {
    super(Text.safe(message));
  }

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message what happened and what to do about it
   * @param cause the underlying cause
   */
  public OneRosterException(String message, Throwable cause) {
    super(Text.safe(message), cause);
  }
}
