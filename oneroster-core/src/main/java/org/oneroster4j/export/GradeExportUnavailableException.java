package org.oneroster4j.export;

import java.util.Objects;
import org.oneroster4j.error.OneRosterException;

/**
 * Thrown when class linking or grade export is asked for while the {@link GradeExportConnection}
 * does not allow it: grade export is switched off, or the SIS is disconnected.
 */
public class GradeExportUnavailableException extends OneRosterException {
  private static final long serialVersionUID = 1L;

  /** Why grade export is unavailable. */
  public enum Reason {
    /** The connection's grade export switch (the teacher permission) is off. */
    GRADE_EXPORT_DISABLED,
    /** The SIS connection was disconnected. */
    DISCONNECTED
  }

  /** Why linking or export is refused. */
  private final Reason reason;

  /**
   * Creates the exception; the message says what is off and how to turn it on.
   *
   * @param reason the reason
   * @param message what happened and what to do about it
   */
  public GradeExportUnavailableException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why grade export is unavailable} */
  public Reason reason() {
    return reason;
  }
}
