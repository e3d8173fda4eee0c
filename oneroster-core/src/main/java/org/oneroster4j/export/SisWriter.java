package org.oneroster4j.export;

import java.util.List;
import org.oneroster4j.error.StatusInfo;

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

  /**
   * What the SIS answered to a successful write: its status, the sourcedId it echoed, and the
   * warnings it sent with the success.
   */
  record WriteReply(int httpStatus, String sourcedId, List<StatusInfo> warnings) {
    public WriteReply {
      warnings = List.copyOf(warnings);
    }
  }
}
