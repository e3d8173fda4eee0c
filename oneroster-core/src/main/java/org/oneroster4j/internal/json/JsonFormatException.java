package org.oneroster4j.internal.json;

import org.oneroster4j.error.OneRosterException;

/**
 * Thrown when a body is not the JSON OneRoster4j expects: malformed JSON, a missing envelope, or a
 * value that cannot be read even leniently. The message names where the problem is and quotes at
 * most a short excerpt of the offending value.
 */
public class JsonFormatException extends OneRosterException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says what is wrong and where. */
  public JsonFormatException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the parser's exception as the cause. */
  public JsonFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
