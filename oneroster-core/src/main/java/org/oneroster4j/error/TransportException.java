package org.oneroster4j.error;

/**
 * The request did not get an HTTP answer: the host is unknown or unreachable, the connection was
 * refused or dropped, TLS failed, or it timed out. The underlying cause is kept.
 */
public class TransportException extends OneRosterException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that names the host and what to check, and the cause.
   *
   * @param message what happened and what to do about it
   * @param cause the underlying cause
   */
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
