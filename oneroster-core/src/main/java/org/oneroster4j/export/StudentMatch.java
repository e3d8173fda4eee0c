package org.oneroster4j.export;

import java.util.Objects;

/**
 * An LMS student matched to a SIS student.
 *
 * @param lmsId the LMS's id of the student
 * @param studentSourcedId the SIS sourcedId to use in grades
 * @param matchedBy how they were matched
 */
public record StudentMatch(String lmsId, String studentSourcedId, MatchedBy matchedBy) {

  /** How an LMS student was matched to the SIS roster. */
  public enum MatchedBy {
    /** The LMS knew the SIS sourcedId. */
    SOURCED_ID,
    /** The emails are equal, ignoring case. */
    EMAIL
  }

  /**
   * Validates the components.
   *
   * @param lmsId the LMS's id of the student
   * @param studentSourcedId the SIS sourcedId to use in grades
   * @param matchedBy how they were matched
   */
  public StudentMatch {
    Objects.requireNonNull(lmsId, "lmsId");
    Objects.requireNonNull(studentSourcedId, "studentSourcedId");
    Objects.requireNonNull(matchedBy, "matchedBy");
  }
}
