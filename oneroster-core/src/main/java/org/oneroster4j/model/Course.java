package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of a course: the definition a class is taught from (OneRoster {@code course}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class Course implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final String title;
  private final GuidRef schoolYear;
  private final String courseCode;
  private final List<String> grades;
  private final List<String> subjects;
  private final GuidRef org;
  private final List<String> subjectCodes;
  private final List<GuidRef> resources;

  private Course(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.title = b.title;
    this.schoolYear = b.schoolYear;
    this.courseCode = b.courseCode;
    this.grades = Copies.list(b.grades, "grades");
    this.subjects = Copies.list(b.subjects, "subjects");
    this.org = b.org;
    this.subjectCodes = Copies.list(b.subjectCodes, "subjectCodes");
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

  /** {@return the course title, or null} */
  public String title() {
    return title;
  }

  /** {@return the school year academic session, or null} */
  public GuidRef schoolYear() {
    return schoolYear;
  }

  /** {@return the course code, or null} */
  public String courseCode() {
    return courseCode;
  }

  /** {@return the grade levels; never null, may be empty} */
  public List<String> grades() {
    return grades;
  }

  /** {@return the subjects; never null, may be empty} */
  public List<String> subjects() {
    return subjects;
  }

  /** {@return the org that offers the course, or null} */
  public GuidRef org() {
    return org;
  }

  /** {@return machine-readable subject codes; never null, may be empty} */
  public List<String> subjectCodes() {
    return subjectCodes;
  }

  /** {@return the course's resources; never null, may be empty} */
  public List<GuidRef> resources() {
    return resources;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this Course's values, to derive a modified copy} */
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

  /** Returns whether {@code other} is a Course with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Course that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(title, that.title)
        && Objects.equals(schoolYear, that.schoolYear)
        && Objects.equals(courseCode, that.courseCode)
        && Objects.equals(grades, that.grades)
        && Objects.equals(subjects, that.subjects)
        && Objects.equals(org, that.org)
        && Objects.equals(subjectCodes, that.subjectCodes)
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
        schoolYear,
        courseCode,
        grades,
        subjects,
        org,
        subjectCodes,
        resources);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "Course["
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
        + ", schoolYear="
        + schoolYear
        + ", courseCode="
        + courseCode
        + ", grades="
        + grades
        + ", subjects="
        + subjects
        + ", org="
        + org
        + ", subjectCodes="
        + subjectCodes
        + ", resources="
        + resources
        + "]";
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

    /**
     * Sets the course title; null clears it.
     *
     * @param title the course title, or null to clear it; {@link
     *     org.oneroster4j.export.ClassLinker} shows it with each class taught from the course
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the school year academic session; null clears it.
     *
     * @param schoolYear a reference to the academic session of the school year, or null to clear it
     * @return this builder
     */
    public Builder schoolYear(GuidRef schoolYear) {
      this.schoolYear = schoolYear;
      return this;
    }

    /**
     * Sets the course code; null clears it.
     *
     * @param courseCode the SIS's code for the course, or null to clear it
     * @return this builder
     */
    public Builder courseCode(String courseCode) {
      this.courseCode = courseCode;
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
     * Sets the org that offers the course; null clears it.
     *
     * @param org a reference to the org that offers the course, or null to clear it
     * @return this builder
     */
    public Builder org(GuidRef org) {
      this.org = org;
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
     * Sets the course's resources (copied; null means none).
     *
     * @param resources references to the course's resources; copied; null means none; null elements
     *     are rejected
     * @return this builder
     */
    public Builder resources(List<GuidRef> resources) {
      this.resources = Copies.list(resources, "resources");
      return this;
    }

    /**
     * Builds the Course.
     *
     * @return a new Course with the values set so far; no value is required
     */
    public Course build() {
      return new Course(this);
    }
  }
}
