package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Immutable model of a class: a section of a course taught to a set of students (OneRoster {@code
 * class}; named so that it does not shadow {@link java.lang.Class}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param title the class title, or null
 * @param classCode the class code, or null
 * @param classType homeroom or scheduled, or null
 * @param location where the class meets, or null
 * @param grades the grade levels; never null, may be empty
 * @param subjects the subjects; never null, may be empty
 * @param course the course the class belongs to, or null
 * @param school the school that runs the class, or null
 * @param terms the terms the class runs in; never null, may be empty
 * @param subjectCodes machine-readable subject codes; never null, may be empty
 * @param periods the periods in which the class meets; never null, may be empty
 * @param resources the class's resources; never null, may be empty
 */
public record SchoolClass(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    String title,
    String classCode,
    ClassType classType,
    String location,
    List<String> grades,
    List<String> subjects,
    GuidRef course,
    GuidRef school,
    List<GuidRef> terms,
    List<String> subjectCodes,
    List<String> periods,
    List<GuidRef> resources)
    implements OneRosterEntity {

  /** Creates a SchoolClass, copying the collections (null becomes empty). */
  public SchoolClass {
    metadata = Copies.metadata(metadata);
    grades = Copies.list(grades, "grades");
    subjects = Copies.list(subjects, "subjects");
    terms = Copies.list(terms, "terms");
    subjectCodes = Copies.list(subjectCodes, "subjectCodes");
    periods = Copies.list(periods, "periods");
    resources = Copies.list(resources, "resources");
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this SchoolClass's values, to derive a modified copy. */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .title(title)
        .classCode(classCode)
        .classType(classType)
        .location(location)
        .grades(grades)
        .subjects(subjects)
        .course(course)
        .school(school)
        .terms(terms)
        .subjectCodes(subjectCodes)
        .periods(periods)
        .resources(resources);
  }

  /**
   * Builds SchoolClass values; every setter is named after the property and returns this builder.
   */
  public static final class Builder extends EntityBuilder<Builder> {
    private String title;
    private String classCode;
    private ClassType classType;
    private String location;
    private List<String> grades = List.of();
    private List<String> subjects = List.of();
    private GuidRef course;
    private GuidRef school;
    private List<GuidRef> terms = List.of();
    private List<String> subjectCodes = List.of();
    private List<String> periods = List.of();
    private List<GuidRef> resources = List.of();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Sets the class title; null clears it. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the class code; null clears it. */
    public Builder classCode(String classCode) {
      this.classCode = classCode;
      return this;
    }

    /** Sets homeroom or scheduled; null clears it. */
    public Builder classType(ClassType classType) {
      this.classType = classType;
      return this;
    }

    /** Sets where the class meets; null clears it. */
    public Builder location(String location) {
      this.location = location;
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

    /** Sets the course the class belongs to; null clears it. */
    public Builder course(GuidRef course) {
      this.course = course;
      return this;
    }

    /** Sets the school that runs the class; null clears it. */
    public Builder school(GuidRef school) {
      this.school = school;
      return this;
    }

    /** Sets the terms the class runs in (copied; null means none). */
    public Builder terms(List<GuidRef> terms) {
      this.terms = Copies.list(terms, "terms");
      return this;
    }

    /** Sets machine-readable subject codes (copied; null means none). */
    public Builder subjectCodes(List<String> subjectCodes) {
      this.subjectCodes = Copies.list(subjectCodes, "subjectCodes");
      return this;
    }

    /** Sets the periods in which the class meets (copied; null means none). */
    public Builder periods(List<String> periods) {
      this.periods = Copies.list(periods, "periods");
      return this;
    }

    /** Sets the class's resources (copied; null means none). */
    public Builder resources(List<GuidRef> resources) {
      this.resources = Copies.list(resources, "resources");
      return this;
    }

    /** Builds the SchoolClass. */
    public SchoolClass build() {
      return new SchoolClass(
          sourcedId,
          status,
          dateLastModified,
          metadata,
          title,
          classCode,
          classType,
          location,
          grades,
          subjects,
          course,
          school,
          terms,
          subjectCodes,
          periods,
          resources);
    }
  }
}
