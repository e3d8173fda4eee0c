package org.oneroster4j;

import java.util.List;
import org.oneroster4j.error.StatusInfo;

/**
 * The outcome of a successful PUT or DELETE.
 *
 * @param httpStatus the HTTP status the SIS answered with (200, 201 or 204; 404 for a DELETE whose
 *     earlier attempt had already removed the object)
 * @param created true when the SIS answered 201 Created
 * @param sourcedId the sourcedId the SIS echoed or assigned, else the one sent
 * @param warnings imsx status entries the SIS sent with the success (for example severity=warning),
 *     possibly empty
 */
public record WriteResult(
    int httpStatus, boolean created, String sourcedId, List<StatusInfo> warnings) {

  /**
   * Copies the warnings.
   *
   * @param httpStatus the HTTP status the SIS answered with (200, 201 or 204; 404 for a DELETE
   *     whose earlier attempt had already removed the object)
   * @param created true when the SIS answered 201 Created
   * @param sourcedId the sourcedId the SIS echoed or assigned, else the one sent
   * @param warnings imsx status entries the SIS sent with the success (for example
   *     severity=warning), possibly empty
   */
  public WriteResult {
    warnings = List.copyOf(warnings);
  }
}
