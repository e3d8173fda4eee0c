package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of a class: a section of a course taught to a set of students (OneRoster {@code
 * class}; named so that it does not shadow {@link java.lang.Class}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class SchoolClass implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final String title;
  private final String classCode;
  private final ClassType classType;
  private final String location;
  private final List<String> grades;
  private final List<String> subjects;
  private final GuidRef course;
  private final GuidRef school;
  private final List<GuidRef> terms;
  private final List<String> subjectCodes;
  private final List<String> periods;
  private final List<GuidRef> resources;

  private SchoolClass(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.title = b.title;
    this.classCode = b.classCode;
    this.classType = b.classType;
    this.location = b.location;
    this.grades = Copies.list(b.grades, "grades");
    this.subjects = Copies.list(b.subjects, "subjects");
    this.course = b.course;
    this.school = b.school;
    this.terms = Copies.list(b.terms, "terms");
    this.subjectCodes = Copies.list(b.subjectCodes, "subjectCodes");
    this.periods = Copies.list(b.periods, "periods");
    this.resources = Copies.list(b.resources, "resources");
  }

  /** {@return the entity's unique, opaque identifier, or null} */
  @Override
  public String sourcedId() {
    return sourcedId;
  }

  /** {@return the lifecycle status, or null} */
  @Override
  public StatusType status() {
    return status;
  }

  /** {@return when the entity was last modified, or null} */
  @Override
  public Instant dateLastModified() {
    return dateLastModified;
  }

  /** {@return extension data; never null, may be empty} */
  @Override
  public Map<String, Object> metadata() {
    return metadata;
  }

  /** {@return the class title, or null} */
  public String title() {
    return title;
  }

  /** {@return the class code, or null} */
  public String classCode() {
    return classCode;
  }

  /** {@return homeroom or scheduled, or null} */
  public ClassType classType() {
    return classType;
  }

  /** {@return where the class meets, or null} */
  public String location() {
    return location;
  }

  /** {@return the grade levels; never null, may be empty} */
  public List<String> grades() {
    return grades;
  }

  /** {@return the subjects; never null, may be empty} */
  public List<String> subjects() {
    return subjects;
  }

  /** {@return the course the class belongs to, or null} */
  public GuidRef course() {
    return course;
  }

  /** {@return the school that runs the class, or null} */
  public GuidRef school() {
    return school;
  }

  /** {@return the terms the class runs in; never null, may be empty} */
  public List<GuidRef> terms() {
    return terms;
  }

  /** {@return machine-readable subject codes; never null, may be empty} */
  public List<String> subjectCodes() {
    return subjectCodes;
  }

  /** {@return the periods in which the class meets; never null, may be empty} */
  public List<String> periods() {
    return periods;
  }

  /** {@return the class's resources; never null, may be empty} */
  public List<GuidRef> resources() {
    return resources;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this SchoolClass's values, to derive a modified copy} */
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

  /** Returns whether {@code other} is a SchoolClass with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof SchoolClass that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(title, that.title)
        && Objects.equals(classCode, that.classCode)
        && Objects.equals(classType, that.classType)
        && Objects.equals(location, that.location)
        && Objects.equals(grades, that.grades)
        && Objects.equals(subjects, that.subjects)
        && Objects.equals(course, that.course)
        && Objects.equals(school, that.school)
        && Objects.equals(terms, that.terms)
        && Objects.equals(subjectCodes, that.subjectCodes)
        && Objects.equals(periods, that.periods)
        && Objects.equals(resources, that.resources);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(
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

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "SchoolClass["
        + "sourcedId="
        + sourcedId
        + ", status="
        + status
        + ", dateLastModified="
        + dateLastModified
        + ", metadata="
        + metadata
        + ", title="
        + title
        + ", classCode="
        + classCode
        + ", classType="
        + classType
        + ", location="
        + location
        + ", grades="
        + grades
        + ", subjects="
        + subjects
        + ", course="
        + course
        + ", school="
        + school
        + ", terms="
        + terms
        + ", subjectCodes="
        + subjectCodes
        + ", periods="
        + periods
        + ", resources="
        + resources
        + "]";
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

    /**
     * Sets the class title; null clears it.
     *
     * @param title the class title, or null to clear it; {@link org.oneroster4j.export.ClassLinker}
     *     lists it among a teacher's classes
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the class code; null clears it.
     *
     * @param classCode the SIS's code for the class, or null to clear it
     * @return this builder
     */
    public Builder classCode(String classCode) {
      this.classCode = classCode;
      return this;
    }

    /**
     * Sets homeroom or scheduled; null clears it.
     *
     * @param classType {@link ClassType#HOMEROOM}, {@link ClassType#SCHEDULED} or another value
     *     from {@link ClassType#of(String)}, or null to clear it
     * @return this builder
     */
    public Builder classType(ClassType classType) {
      this.classType = classType;
      return this;
    }

    /**
     * Sets where the class meets; null clears it.
     *
     * @param location where the class meets, as free text such as a room, or null to clear it
     * @return this builder
     */
    public Builder location(String location) {
      this.location = location;
      return this;
    }

    /**
     * Sets the grade levels (copied; null means none).
     *
     * @param grades the grade levels, such as {@code "09"}; copied; null means none; null elements
     *     are rejected
     * @return this builder
     */
    public Builder grades(List<String> grades) {
      this.grades = Copies.list(grades, "grades");
      return this;
    }

    /**
     * Sets the subjects (copied; null means none).
     *
     * @param subjects the subject names; copied; null means none; null elements are rejected
     * @return this builder
     */
    public Builder subjects(List<String> subjects) {
      this.subjects = Copies.list(subjects, "subjects");
      return this;
    }

    /**
     * Sets the course the class belongs to; null clears it.
     *
     * @param course a reference to the course the class is taught from, or null to clear it
     * @return this builder
     */
    public Builder course(GuidRef course) {
      this.course = course;
      return this;
    }

    /**
     * Sets the school that runs the class; null clears it.
     *
     * @param school a reference to the school (an org) that runs the class, or null to clear it
     * @return this builder
     */
    public Builder school(GuidRef school) {
      this.school = school;
      return this;
    }

    /**
     * Sets the terms the class runs in (copied; null means none).
     *
     * @param terms references to the academic sessions the class runs in, whose titles and grading
     *     periods the grade export reads; copied; null means none; null elements are rejected
     * @return this builder
     */
    public Builder terms(List<GuidRef> terms) {
      this.terms = Copies.list(terms, "terms");
      return this;
    }

    /**
     * Sets machine-readable subject codes (copied; null means none).
     *
     * @param subjectCodes machine-readable subject codes; copied; null means none; null elements
     *     are rejected
     * @return this builder
     */
    public Builder subjectCodes(List<String> subjectCodes) {
      this.subjectCodes = Copies.list(subjectCodes, "subjectCodes");
      return this;
    }

    /**
     * Sets the periods in which the class meets (copied; null means none).
     *
     * @param periods the periods in which the class meets, as the SIS names them; copied; null
     *     means none; null elements are rejected
     * @return this builder
     */
    public Builder periods(List<String> periods) {
      this.periods = Copies.list(periods, "periods");
      return this;
    }

    /**
     * Sets the class's resources (copied; null means none).
     *
     * @param resources references to the class's resources; copied; null means none; null elements
     *     are rejected
     * @return this builder
     */
    public Builder resources(List<GuidRef> resources) {
      this.resources = Copies.list(resources, "resources");
      return this;
    }

    /**
     * Builds the SchoolClass.
     *
     * @return a new SchoolClass with the values set so far; no value is required
     */
    public SchoolClass build() {
      return new SchoolClass(this);
    }
  }
}
