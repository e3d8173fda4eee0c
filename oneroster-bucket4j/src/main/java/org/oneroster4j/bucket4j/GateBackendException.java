package org.oneroster4j.bucket4j;

/**
 * The backend of a {@link Bucket4jRequestGate} failed or did not answer in time, and the gate is
 * set to fail closed ({@link Bucket4jRequestGate.Builder#failClosed()}): nothing was sent. The
 * client reports it as a {@link org.oneroster4j.error.TransportException} whose cause this is.
 */
public final class GateBackendException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GateBackendException(String message, Throwable cause) {
    super(message, cause);
  }
}
