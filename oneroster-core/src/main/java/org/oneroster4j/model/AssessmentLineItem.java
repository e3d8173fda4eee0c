package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of an assessment line item: an assessment whose results are collected for a set
 * of students (OneRoster 1.2 {@code assessmentLineItem}, the gradebook service's assessment
 * profile; 1.1 has none). Unlike a {@link LineItem} it has no category, grading period or dates,
 * and its class is optional.
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class AssessmentLineItem implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final String title;
  private final String description;
  private final GuidRef schoolClass;
  private final GuidRef parentAssessmentLineItem;
  private final GuidRef scoreScale;
  private final Double resultValueMin;
  private final Double resultValueMax;
  private final List<LearningObjectiveSet> learningObjectiveSet;

  private AssessmentLineItem(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.title = b.title;
    this.description = b.description;
    this.schoolClass = b.schoolClass;
    this.parentAssessmentLineItem = b.parentAssessmentLineItem;
    this.scoreScale = b.scoreScale;
    this.resultValueMin = b.resultValueMin;
    this.resultValueMax = b.resultValueMax;
    this.learningObjectiveSet = Copies.list(b.learningObjectiveSet, "learningObjectiveSet");
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

  /** {@return a description of the assessment, or null} */
  public String description() {
    return description;
  }

  /** {@return the class (wire field {@code class}) the assessment belongs to, or null} */
  public GuidRef schoolClass() {
    return schoolClass;
  }

  /** {@return the assessment line item this one is part of, or null} */
  public GuidRef parentAssessmentLineItem() {
    return parentAssessmentLineItem;
  }

  /** {@return the score scale that maps scores, or null} */
  public GuidRef scoreScale() {
    return scoreScale;
  }

  /** {@return the lowest possible score, or null} */
  public Double resultValueMin() {
    return resultValueMin;
  }

  /** {@return the highest possible score, or null} */
  public Double resultValueMax() {
    return resultValueMax;
  }

  /** {@return the learning objectives the assessment is aligned to; never null, may be empty} */
  public List<LearningObjectiveSet> learningObjectiveSet() {
    return learningObjectiveSet;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder initialised with this AssessmentLineItem's values, to derive a modified
   * copy}
   */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .title(title)
        .description(description)
        .schoolClass(schoolClass)
        .parentAssessmentLineItem(parentAssessmentLineItem)
        .scoreScale(scoreScale)
        .resultValueMin(resultValueMin)
        .resultValueMax(resultValueMax)
        .learningObjectiveSet(learningObjectiveSet);
  }

  /** Returns whether {@code other} is an AssessmentLineItem with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof AssessmentLineItem that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(title, that.title)
        && Objects.equals(description, that.description)
        && Objects.equals(schoolClass, that.schoolClass)
        && Objects.equals(parentAssessmentLineItem, that.parentAssessmentLineItem)
        && Objects.equals(scoreScale, that.scoreScale)
        && Objects.equals(resultValueMin, that.resultValueMin)
        && Objects.equals(resultValueMax, that.resultValueMax)
        && Objects.equals(learningObjectiveSet, that.learningObjectiveSet);
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
        description,
        schoolClass,
        parentAssessmentLineItem,
        scoreScale,
        resultValueMin,
        resultValueMax,
        learningObjectiveSet);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "AssessmentLineItem["
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
        + ", description="
        + description
        + ", schoolClass="
        + schoolClass
        + ", parentAssessmentLineItem="
        + parentAssessmentLineItem
        + ", scoreScale="
        + scoreScale
        + ", resultValueMin="
        + resultValueMin
        + ", resultValueMax="
        + resultValueMax
        + ", learningObjectiveSet="
        + learningObjectiveSet
        + "]";
  }

  /**
   * Builds AssessmentLineItem values; every setter is named after the property and returns this
   * builder.
   */
  public static final class Builder extends EntityBuilder<Builder> {
    private String title;
    private String description;
    private GuidRef schoolClass;
    private GuidRef parentAssessmentLineItem;
    private GuidRef scoreScale;
    private Double resultValueMin;
    private Double resultValueMax;
    private List<LearningObjectiveSet> learningObjectiveSet = List.of();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the title; null clears it.
     *
     * @param title the assessment's title, or null to clear it; a write needs one that is not blank
     *     ({@link Validation})
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets a description of the assessment; null clears it.
     *
     * @param description a description of the assessment, or null to clear it
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the class (wire field {@code class}) the assessment belongs to; null clears it.
     *
     * @param schoolClass a reference to the class the assessment belongs to, or null to clear it;
     *     optional, unlike a line item's class
     * @return this builder
     */
    public Builder schoolClass(GuidRef schoolClass) {
      this.schoolClass = schoolClass;
      return this;
    }

    /**
     * Sets the assessment line item this one is part of; null clears it.
     *
     * @param parentAssessmentLineItem a reference to the assessment line item this one is part of,
     *     or null to clear it
     * @return this builder
     */
    public Builder parentAssessmentLineItem(GuidRef parentAssessmentLineItem) {
      this.parentAssessmentLineItem = parentAssessmentLineItem;
      return this;
    }

    /**
     * Sets the score scale that maps scores; null clears it.
     *
     * @param scoreScale a reference to the score scale that maps scores, or null to clear it
     * @return this builder
     */
    public Builder scoreScale(GuidRef scoreScale) {
      this.scoreScale = scoreScale;
      return this;
    }

    /**
     * Sets the lowest possible score; null clears it.
     *
     * @param resultValueMin the lowest possible score, or null to clear it; a write needs it
     *     finite, and below resultValueMax when both are set
     * @return this builder
     */
    public Builder resultValueMin(Double resultValueMin) {
      this.resultValueMin = resultValueMin;
      return this;
    }

    /**
     * Sets the lowest possible score from a primitive, so that {@code resultValueMin(0)} compiles.
     *
     * @param resultValueMin the lowest possible score; a write needs it finite, and below
     *     resultValueMax when that is set
     * @return this builder
     */
    public Builder resultValueMin(double resultValueMin) {
      this.resultValueMin = resultValueMin;
      return this;
    }

    /**
     * Sets the highest possible score; null clears it.
     *
     * @param resultValueMax the highest possible score, or null to clear it; a write needs it
     *     finite, and above resultValueMin when both are set
     * @return this builder
     */
    public Builder resultValueMax(Double resultValueMax) {
      this.resultValueMax = resultValueMax;
      return this;
    }

    /**
     * Sets the highest possible score from a primitive, so that {@code resultValueMax(100)}
     * compiles.
     *
     * @param resultValueMax the highest possible score; a write needs it finite, and above
     *     resultValueMin when that is set
     * @return this builder
     */
    public Builder resultValueMax(double resultValueMax) {
      this.resultValueMax = resultValueMax;
      return this;
    }

    /**
     * Sets the learning objectives the assessment is aligned to (copied; null means none).
     *
     * @param learningObjectiveSet the sets of aligned learning objectives, one per source; copied;
     *     null means none; null elements are rejected
     * @return this builder
     */
    public Builder learningObjectiveSet(List<LearningObjectiveSet> learningObjectiveSet) {
      this.learningObjectiveSet = Copies.list(learningObjectiveSet, "learningObjectiveSet");
      return this;
    }

    /**
     * Builds the AssessmentLineItem.
     *
     * @return a new AssessmentLineItem with the values set so far; nothing is checked here, {@link
     *     Validation} checks it before it is written
     */
    public AssessmentLineItem build() {
      return new AssessmentLineItem(this);
    }
  }
}
