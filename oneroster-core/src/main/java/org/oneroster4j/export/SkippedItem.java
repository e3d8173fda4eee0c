package org.oneroster4j.export;

import java.util.Objects;

/**
 * An item the plan does not send, and why (blank title, unknown student, ...). Nothing is sent for
 * a skipped item; the other items of the class are exported.
 *
 * @param kind lineItem or result (or category)
 * @param classSourcedId the class, or null
 * @param assignmentId the LMS assignment, or null
 * @param student how the grade named the student (sourcedId or email) for a result, else null
 * @param reason what is wrong and how to fix it
 */
public record SkippedItem(
    ItemKind kind, String classSourcedId, String assignmentId, String student, String reason) {

  /**
   * Validates the components.
   *
   * @param kind the kind
   * @param classSourcedId the class, or null
   * @param assignmentId the LMS assignment, or null
   * @param student how the grade named the student (sourcedId or email) for a result, else null
   * @param reason what is wrong and how to fix it
   */
  public SkippedItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
