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

  /** {@return the title, or null} */
  public String title() {
    return title;
  }

  /** {@return the kind of scale (a free vocabulary), or null} */
  public String type() {
    return type;
  }

  /** {@return the course the scale applies to, or null} */
  public GuidRef course() {
    return course;
  }

  /** {@return the class (wire field {@code class}) the scale applies to, or null} */
  public GuidRef schoolClass() {
    return schoolClass;
  }

  /** {@return the entries of the scale; never null, may be empty} */
  public List<ScoreScaleValue> scoreScaleValue() {
    return scoreScaleValue;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this ScoreScale's values, to derive a modified copy} */
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

    /**
     * Sets the title; null clears it.
     *
     * @param title the scale's name, or null; a write needs a non-blank one
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the kind of scale (a free vocabulary); null clears it.
     *
     * @param type the kind of scale, such as {@code "letter grade"}, or null; a write needs a
     *     non-blank one
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the course the scale applies to; null clears it.
     *
     * @param course a reference to the course, or null
     * @return this builder
     */
    public Builder course(GuidRef course) {
      this.course = course;
      return this;
    }

    /**
     * Sets the class (wire field {@code class}) the scale applies to; null clears it.
     *
     * @param schoolClass a reference to the class that uses the scale, or null; a write needs one
     * @return this builder
     */
    public Builder schoolClass(GuidRef schoolClass) {
      this.schoolClass = schoolClass;
      return this;
    }

    /**
     * Sets the entries of the scale (copied; null means none).
     *
     * @param scoreScaleValue the entries, each mapping one value of the scale to another; null
     *     means none, and a write needs at least one
     * @return this builder
     * @throws NullPointerException if {@code scoreScaleValue} contains a null element
     */
    public Builder scoreScaleValue(List<ScoreScaleValue> scoreScaleValue) {
      this.scoreScaleValue = Copies.list(scoreScaleValue, "scoreScaleValue");
      return this;
    }

    /**
     * Builds the ScoreScale.
     *
     * @return a new ScoreScale with the values set so far; required values are not checked here,
     *     {@link Validation} checks them before a write
     */
    public ScoreScale build() {
      return new ScoreScale(this);
    }
  }
}
