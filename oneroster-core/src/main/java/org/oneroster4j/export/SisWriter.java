package org.oneroster4j.export;

/** Sends one planned write to the SIS. Implementations are thread-safe. */
interface SisWriter {
  /**
   * Sends {@code write}'s PUT or DELETE (with the client's retries).
   *
   * @param write the write, as planned or as referencing a lineItem id the SIS assigned
   * @return what the SIS answered
   * @throws RuntimeException what the client threw; the scheduler turns it into a failure
   */
  WriteReply write(PlannedWrite write);

  /** What the SIS answered to a successful write: its status and the sourcedId it echoed. */
  record WriteReply(int httpStatus, String sourcedId) {}
}
