package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Immutable model of a course: the definition a class is taught from (OneRoster {@code course}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param title the course title, or null
 * @param schoolYear the school year academic session, or null
 * @param courseCode the course code, or null
 * @param grades the grade levels; never null, may be empty
 * @param subjects the subjects; never null, may be empty
 * @param org the org that offers the course, or null
 * @param subjectCodes machine-readable subject codes; never null, may be empty
 * @param resources the course's resources; never null, may be empty
 */
public record Course(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    String title,
    GuidRef schoolYear,
    String courseCode,
    List<String> grades,
    List<String> subjects,
    GuidRef org,
    List<String> subjectCodes,
    List<GuidRef> resources)
    implements OneRosterEntity {

  /** Creates a Course, copying the collections (null becomes empty). */
  public Course {
    metadata = Copies.metadata(metadata);
    grades = Copies.list(grades, "grades");
    subjects = Copies.list(subjects, "subjects");
    subjectCodes = Copies.list(subjectCodes, "subjectCodes");
    resources = Copies.list(resources, "resources");
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this Course's values, to derive a modified copy. */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .title(title)
        .schoolYear(schoolYear)
        .courseCode(courseCode)
        .grades(grades)
        .subjects(subjects)
        .org(org)
        .subjectCodes(subjectCodes)
        .resources(resources);
  }

  /** Builds Course values; every setter is named after the property and returns this builder. */
  public static final class Builder extends EntityBuilder<Builder> {
    private String title;
    private GuidRef schoolYear;
    private String courseCode;
    private List<String> grades = List.of();
    private List<String> subjects = List.of();
    private GuidRef org;
    private List<String> subjectCodes = List.of();
    private List<GuidRef> resources = List.of();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Sets the course title; null clears it. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the school year academic session; null clears it. */
    public Builder schoolYear(GuidRef schoolYear) {
      this.schoolYear = schoolYear;
      return this;
    }

    /** Sets the course code; null clears it. */
    public Builder courseCode(String courseCode) {
      this.courseCode = courseCode;
      return this;
    }

    /** Sets the grade levels (copied; null means none). */
    public Builder grades(List<String> grades) {
      this.grades = Copies.list(grades, "grades");
      return this;
    }

    /** Sets the subjects (copied; null means none). */
    public Builder subjects(List<String> subjects) {
      this.subjects = Copies.list(subjects, "subjects");
      return this;
    }

    /** Sets the org that offers the course; null clears it. */
    public Builder org(GuidRef org) {
      this.org = org;
      return this;
    }

    /** Sets machine-readable subject codes (copied; null means none). */
    public Builder subjectCodes(List<String> subjectCodes) {
      this.subjectCodes = Copies.list(subjectCodes, "subjectCodes");
      return this;
    }

    /** Sets the course's resources (copied; null means none). */
    public Builder resources(List<GuidRef> resources) {
      this.resources = Copies.list(resources, "resources");
      return this;
    }

    /** Builds the Course. */
    public Course build() {
      return new Course(
          sourcedId,
          status,
          dateLastModified,
          metadata,
          title,
          schoolYear,
          courseCode,
          grades,
          subjects,
          org,
          subjectCodes,
          resources);
    }
  }
}
