package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of a score scale that maps one kind of score to another, such as letter grades to
 * points (OneRoster 1.2 {@code scoreScale}; 1.1 has none).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class ScoreScale implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final String title;
  private final String type;
  private final GuidRef course;
  private final GuidRef schoolClass;
  private final List<ScoreScaleValue> scoreScaleValue;

  private ScoreScale(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.title = b.title;
    this.type = b.type;
    this.course = b.course;
    this.schoolClass = b.schoolClass;
    this.scoreScaleValue = Copies.list(b.scoreScaleValue, "scoreScaleValue");
  }

  /** Returns the entity's unique, opaque identifier, or null. */
  @Override
  public String sourcedId() {
    return sourcedId;
  }

  /** Returns the lifecycle status, or null. */
  @Override
  public StatusType status() {
    return status;
  }

  /** Returns when the entity was last modified, or null. */
  @Override
  public Instant dateLastModified() {
    return dateLastModified;
  }

  /** Returns extension data; never null, may be empty. */
  @Override
  public Map<String, Object> metadata() {
    return metadata;
  }

  /** Returns the title, or null. */
  public String title() {
    return title;
  }

  /** Returns the kind of scale (a free vocabulary), or null. */
  public String type() {
    return type;
  }

  /** Returns the course the scale applies to, or null. */
  public GuidRef course() {
    return course;
  }

  /** Returns the class (wire field {@code class}) the scale applies to, or null. */
  public GuidRef schoolClass() {
    return schoolClass;
  }

  /** Returns the entries of the scale; never null, may be empty. */
  public List<ScoreScaleValue> scoreScaleValue() {
    return scoreScaleValue;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this ScoreScale's values, to derive a modified copy. */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .title(title)
        .type(type)
        .course(course)
        .schoolClass(schoolClass)
        .scoreScaleValue(scoreScaleValue);
  }

  /** Returns whether {@code other} is a ScoreScale with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ScoreScale that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(title, that.title)
        && Objects.equals(type, that.type)
        && Objects.equals(course, that.course)
        && Objects.equals(schoolClass, that.schoolClass)
        && Objects.equals(scoreScaleValue, that.scoreScaleValue);
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
        type,
        course,
        schoolClass,
        scoreScaleValue);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "ScoreScale["
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
        + ", type="
        + type
        + ", course="
        + course
        + ", schoolClass="
        + schoolClass
        + ", scoreScaleValue="
        + scoreScaleValue
        + "]";
  }

  /**
   * Builds ScoreScale values; every setter is named after the property and returns this builder.
   */
  public static final class Builder extends EntityBuilder<Builder> {
    private String title;
    private String type;
    private GuidRef course;
    private GuidRef schoolClass;
    private List<ScoreScaleValue> scoreScaleValue = List.of();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Sets the title; null clears it. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the kind of scale (a free vocabulary); null clears it. */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /** Sets the course the scale applies to; null clears it. */
    public Builder course(GuidRef course) {
      this.course = course;
      return this;
    }

    /** Sets the class (wire field {@code class}) the scale applies to; null clears it. */
    public Builder schoolClass(GuidRef schoolClass) {
      this.schoolClass = schoolClass;
      return this;
    }

    /** Sets the entries of the scale (copied; null means none). */
    public Builder scoreScaleValue(List<ScoreScaleValue> scoreScaleValue) {
      this.scoreScaleValue = Copies.list(scoreScaleValue, "scoreScaleValue");
      return this;
    }

    /** Builds the ScoreScale. */
    public ScoreScale build() {
      return new ScoreScale(this);
    }
  }
}
