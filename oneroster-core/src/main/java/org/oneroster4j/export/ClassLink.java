package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An LMS class linked to a SIS class: a plain value the LMS can persist (every component is a
 * string or a list of values) and use to build its {@link Gradebook}.
 *
 * @param classSourcedId the SIS class's sourcedId (use it as {@link
 *     GradebookClass#classSourcedId()})
 * @param title the SIS class title, or null
 * @param term the SIS term title(s), or null
 * @param course the SIS course title, or null
 * @param students the LMS students matched to SIS students
 * @param unmatchedLmsStudents LMS students with no SIS counterpart (their grades cannot be sent)
 * @param unmatchedSisStudents SIS roster students no LMS student matched
 */
public record ClassLink(
    String classSourcedId,
    String title,
    String term,
    String course,
    List<StudentMatch> students,
    List<LmsStudent> unmatchedLmsStudents,
    List<SisStudent> unmatchedSisStudents) {

  /**
   * Validates and copies the components.
   *
   * @param classSourcedId the SIS class's sourcedId (use it as {@link
   *     GradebookClass#classSourcedId()})
   * @param title the title
   * @param term the SIS term title(s), or null
   * @param course the SIS course title, or null
   * @param students the LMS students matched to SIS students
   * @param unmatchedLmsStudents LMS students with no SIS counterpart (their grades cannot be sent)
   * @param unmatchedSisStudents SIS roster students no LMS student matched
   */
  public ClassLink {
    Objects.requireNonNull(classSourcedId, "classSourcedId");
    students = List.copyOf(students == null ? List.of() : students);
    unmatchedLmsStudents =
        List.copyOf(unmatchedLmsStudents == null ? List.of() : unmatchedLmsStudents);
    unmatchedSisStudents =
        List.copyOf(unmatchedSisStudents == null ? List.of() : unmatchedSisStudents);
  }

  /**
   * {@return the SIS sourcedId matched to the LMS student {@code lmsId}, if any}
   *
   * @param lmsId the LMS's id of the student
   */
  public Optional<String> studentSourcedId(String lmsId) {
    Objects.requireNonNull(lmsId, "lmsId");
    return students.stream()
        .filter(m -> m.lmsId().equals(lmsId))
        .map(StudentMatch::studentSourcedId)
        .findFirst();
  }

  /** {@return whether every LMS student and every SIS student was matched} */
  public boolean fullyMatched() {
    return unmatchedLmsStudents.isEmpty() && unmatchedSisStudents.isEmpty();
  }
}
