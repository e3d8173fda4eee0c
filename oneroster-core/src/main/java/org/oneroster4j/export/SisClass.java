package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;

/**
 * An active SIS class a teacher can link an LMS class to.
 *
 * @param classSourcedId the class's SIS sourcedId
 * @param title the class title, or null
 * @param classCode the class code, or null
 * @param courseSourcedId the course's sourcedId, or null
 * @param course the course title, or null when it could not be read
 * @param termSourcedIds the sourcedIds of the class's terms
 * @param term the term titles joined with ", ", or null when none could be read
 */
public record SisClass(
    String classSourcedId,
    String title,
    String classCode,
    String courseSourcedId,
    String course,
    List<String> termSourcedIds,
    String term) {

  /**
   * Validates and copies the components.
   *
   * @param classSourcedId the class's SIS sourcedId
   * @param title the title
   * @param classCode the class code, or null
   * @param courseSourcedId the course's sourcedId, or null
   * @param course the course title, or null when it could not be read
   * @param termSourcedIds the sourcedIds of the class's terms
   * @param term the term titles joined with ", ", or null when none could be read
   */
  public SisClass {
    Objects.requireNonNull(classSourcedId, "classSourcedId");
    termSourcedIds = List.copyOf(termSourcedIds == null ? List.of() : termSourcedIds);
  }
}
