package org.oneroster4j.export;

import java.util.Objects;

/**
 * A student as the LMS knows them, to match against the SIS roster.
 *
 * @param lmsId the LMS's own id of the student
 * @param email the student's email, or null
 * @param sisSourcedId the SIS sourcedId when the LMS already knows it (e.g. from rostering), or
 *     null
 */
public record LmsStudent(String lmsId, String email, String sisSourcedId) {

  /**
   * Validates the components.
   *
   * @param lmsId the LMS's own id of the student
   * @param email the student's email, or null
   * @param sisSourcedId the SIS sourcedId when the LMS already knows it (e.g. from rostering), or
   *     null
   */
  public LmsStudent {
    Objects.requireNonNull(lmsId, "lmsId");
  }

  /**
   * {@return a student known by email}
   *
   * @param lmsId the LMS's own id of the student
   * @param email the student's email, or null
   */
  public static LmsStudent byEmail(String lmsId, String email) {
    return new LmsStudent(lmsId, Objects.requireNonNull(email, "email"), null);
  }

  /**
   * {@return a student known by SIS sourcedId}
   *
   * @param lmsId the LMS's own id of the student
   * @param sisSourcedId the SIS sourcedId when the LMS already knows it (e.g. from rostering), or
   *     null
   */
  public static LmsStudent bySourcedId(String lmsId, String sisSourcedId) {
    return new LmsStudent(lmsId, null, Objects.requireNonNull(sisSourcedId, "sisSourcedId"));
  }

  @Override
  public String toString() {
    return "LmsStudent[lmsId=" + lmsId + "]";
  }
}
