package org.oneroster4j.export;

import java.util.Objects;

/**
 * A write (or a class read) that did not succeed, with what the SIS said.
 *
 * @param kind category, lineItem, result, or class (the class's SIS state could not be read)
 * @param sourcedId the object's sourcedId
 * @param classSourcedId the class, or null for a category
 * @param assignmentId the LMS assignment, or null
 * @param student the student's SIS sourcedId for a result, else null
 * @param httpStatus the SIS's HTTP status, or null when no response came (network, not sent)
 * @param message what happened: the SIS's description, or why the item was not sent
 */
public record ExportFailure(
    ItemKind kind,
    String sourcedId,
    String classSourcedId,
    String assignmentId,
    String student,
    Integer httpStatus,
    String message) {

  /**
   * Validates the components.
   *
   * @param kind the kind
   * @param sourcedId the object's sourcedId
   * @param classSourcedId the class, or null for a category
   * @param assignmentId the LMS assignment, or null
   * @param student the student's SIS sourcedId for a result, else null
   * @param httpStatus the SIS's HTTP status, or null when no response came (network, not sent)
   * @param message what happened: the SIS's description, or why the item was not sent
   */
  public ExportFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}
