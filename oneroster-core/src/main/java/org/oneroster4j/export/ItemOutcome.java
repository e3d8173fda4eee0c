package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;
import org.oneroster4j.error.StatusInfo;

/**
 * What happened to one planned write.
 *
 * @param item the planned write
 * @param status whether it reached the SIS
 * @param httpStatus the SIS's final HTTP status, or null when no response came
 * @param message the SIS's message or why it was not sent, or null on success
 * @param sisWarnings the status entries the SIS sent with a successful answer (severity {@code
 *     warning}, say: "score rounded to 1 decimal"), at most 20, server text already cleaned for
 *     terminals and logs; empty when it sent none or the write did not succeed
 */
public record ItemOutcome(
    PlannedWrite item,
    Status status,
    Integer httpStatus,
    String message,
    List<StatusInfo> sisWarnings) {

  /** Whether a write reached the SIS. */
  public enum Status {
    /** The SIS accepted the write (or the object was already gone, for a delete). */
    SUCCEEDED,
    /** The SIS refused it, it could not be delivered, or a write it depends on failed. */
    FAILED,
    /** Not sent because the run was interrupted or grade export was switched off mid-run. */
    NOT_SENT
  }

  /**
   * Validates the components.
   *
   * @param item the planned item
   * @param status whether it reached the SIS
   * @param httpStatus the SIS's final HTTP status, or null when no response came
   * @param message the SIS's message or why it was not sent, or null on success
   * @param sisWarnings the status entries the SIS sent with a successful answer, possibly empty
   */
  public ItemOutcome {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(status, "status");
    sisWarnings = List.copyOf(sisWarnings);
  }

  /**
   * An outcome without SIS warnings.
   *
   * @param item the planned item
   * @param status whether it reached the SIS
   * @param httpStatus the SIS's final HTTP status, or null when no response came
   * @param message the SIS's message or why it was not sent, or null on success
   */
  public ItemOutcome(PlannedWrite item, Status status, Integer httpStatus, String message) {
    this(item, status, httpStatus, message, List.of());
  }
}
