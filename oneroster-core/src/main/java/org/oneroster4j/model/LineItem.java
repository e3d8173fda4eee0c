package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of a gradebook line item: an assignment or other gradable activity in a class
 * (OneRoster {@code lineItem}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class LineItem implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final String title;
  private final String description;
  private final Instant assignDate;
  private final Instant dueDate;
  private final GuidRef schoolClass;
  private final GuidRef category;
  private final GuidRef gradingPeriod;
  private final Double resultValueMin;
  private final Double resultValueMax;
  private final GuidRef school;
  private final GuidRef academicSession;
  private final GuidRef scoreScale;
  private final List<LearningObjectiveSet> learningObjectiveSet;

  private LineItem(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.title = b.title;
    this.description = b.description;
    this.assignDate = b.assignDate;
    this.dueDate = b.dueDate;
    this.schoolClass = b.schoolClass;
    this.category = b.category;
    this.gradingPeriod = b.gradingPeriod;
    this.resultValueMin = b.resultValueMin;
    this.resultValueMax = b.resultValueMax;
    this.school = b.school;
    this.academicSession = b.academicSession;
    this.scoreScale = b.scoreScale;
    this.learningObjectiveSet = Copies.list(b.learningObjectiveSet, "learningObjectiveSet");
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

  /** Returns a description, or null. */
  public String description() {
    return description;
  }

  /** Returns when the work is assigned, or null. */
  public Instant assignDate() {
    return assignDate;
  }

  /** Returns when the work is due, or null. */
  public Instant dueDate() {
    return dueDate;
  }

  /** Returns the class (wire field {@code class}), or null. */
  public GuidRef schoolClass() {
    return schoolClass;
  }

  /** Returns the category, or null. */
  public GuidRef category() {
    return category;
  }

  /** Returns the grading period academic session, or null. */
  public GuidRef gradingPeriod() {
    return gradingPeriod;
  }

  /** Returns the lowest possible score, or null. */
  public Double resultValueMin() {
    return resultValueMin;
  }

  /** Returns the highest regular score (extra credit may exceed it), or null. */
  public Double resultValueMax() {
    return resultValueMax;
  }

  /** Returns the school the line item belongs to (required by OneRoster 1.2), or null. */
  public GuidRef school() {
    return school;
  }

  /** Returns the academic session of the line item (1.2), or null. */
  public GuidRef academicSession() {
    return academicSession;
  }

  /** Returns the score scale that maps scores (1.2), or null. */
  public GuidRef scoreScale() {
    return scoreScale;
  }

  /** Returns the learning objectives the line item assesses (1.2); never null, may be empty. */
  public List<LearningObjectiveSet> learningObjectiveSet() {
    return learningObjectiveSet;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this LineItem's values, to derive a modified copy. */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .title(title)
        .description(description)
        .assignDate(assignDate)
        .dueDate(dueDate)
        .schoolClass(schoolClass)
        .category(category)
        .gradingPeriod(gradingPeriod)
        .resultValueMin(resultValueMin)
        .resultValueMax(resultValueMax)
        .school(school)
        .academicSession(academicSession)
        .scoreScale(scoreScale)
        .learningObjectiveSet(learningObjectiveSet);
  }

  /** Returns whether {@code other} is a LineItem with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof LineItem that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(title, that.title)
        && Objects.equals(description, that.description)
        && Objects.equals(assignDate, that.assignDate)
        && Objects.equals(dueDate, that.dueDate)
        && Objects.equals(schoolClass, that.schoolClass)
        && Objects.equals(category, that.category)
        && Objects.equals(gradingPeriod, that.gradingPeriod)
        && Objects.equals(resultValueMin, that.resultValueMin)
        && Objects.equals(resultValueMax, that.resultValueMax)
        && Objects.equals(school, that.school)
        && Objects.equals(academicSession, that.academicSession)
        && Objects.equals(scoreScale, that.scoreScale)
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
        assignDate,
        dueDate,
        schoolClass,
        category,
        gradingPeriod,
        resultValueMin,
        resultValueMax,
        school,
        academicSession,
        scoreScale,
        learningObjectiveSet);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "LineItem["
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
        + ", assignDate="
        + assignDate
        + ", dueDate="
        + dueDate
        + ", schoolClass="
        + schoolClass
        + ", category="
        + category
        + ", gradingPeriod="
        + gradingPeriod
        + ", resultValueMin="
        + resultValueMin
        + ", resultValueMax="
        + resultValueMax
        + ", school="
        + school
        + ", academicSession="
        + academicSession
        + ", scoreScale="
        + scoreScale
        + ", learningObjectiveSet="
        + learningObjectiveSet
        + "]";
  }

  /** Builds LineItem values; every setter is named after the property and returns this builder. */
  public static final class Builder extends EntityBuilder<Builder> {
    private String title;
    private String description;
    private Instant assignDate;
    private Instant dueDate;
    private GuidRef schoolClass;
    private GuidRef category;
    private GuidRef gradingPeriod;
    private Double resultValueMin;
    private Double resultValueMax;
    private GuidRef school;
    private GuidRef academicSession;
    private GuidRef scoreScale;
    private List<LearningObjectiveSet> learningObjectiveSet = List.of();

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

    /** Sets a description; null clears it. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets when the work is assigned; null clears it. */
    public Builder assignDate(Instant assignDate) {
      this.assignDate = assignDate;
      return this;
    }

    /** Sets when the work is due; null clears it. */
    public Builder dueDate(Instant dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /** Sets the class (wire field {@code class}); null clears it. */
    public Builder schoolClass(GuidRef schoolClass) {
      this.schoolClass = schoolClass;
      return this;
    }

    /** Sets the category; null clears it. */
    public Builder category(GuidRef category) {
      this.category = category;
      return this;
    }

    /** Sets the grading period academic session; null clears it. */
    public Builder gradingPeriod(GuidRef gradingPeriod) {
      this.gradingPeriod = gradingPeriod;
      return this;
    }

    /** Sets the lowest possible score; null clears it. */
    public Builder resultValueMin(Double resultValueMin) {
      this.resultValueMin = resultValueMin;
      return this;
    }

    /**
     * Sets the lowest possible score from a primitive, so that {@code resultValueMin(100)}
     * compiles.
     */
    public Builder resultValueMin(double resultValueMin) {
      this.resultValueMin = resultValueMin;
      return this;
    }

    /** Sets the highest regular score (extra credit may exceed it); null clears it. */
    public Builder resultValueMax(Double resultValueMax) {
      this.resultValueMax = resultValueMax;
      return this;
    }

    /**
     * Sets the highest regular score (extra credit may exceed it) from a primitive, so that {@code
     * resultValueMax(100)} compiles.
     */
    public Builder resultValueMax(double resultValueMax) {
      this.resultValueMax = resultValueMax;
      return this;
    }

    /** Sets the school the line item belongs to (required by OneRoster 1.2); null clears it. */
    public Builder school(GuidRef school) {
      this.school = school;
      return this;
    }

    /** Sets the academic session of the line item (1.2); null clears it. */
    public Builder academicSession(GuidRef academicSession) {
      this.academicSession = academicSession;
      return this;
    }

    /** Sets the score scale that maps scores (1.2); null clears it. */
    public Builder scoreScale(GuidRef scoreScale) {
      this.scoreScale = scoreScale;
      return this;
    }

    /** Sets the learning objectives the line item assesses (1.2) (copied; null means none). */
    public Builder learningObjectiveSet(List<LearningObjectiveSet> learningObjectiveSet) {
      this.learningObjectiveSet = Copies.list(learningObjectiveSet, "learningObjectiveSet");
      return this;
    }

    /** Builds the LineItem. */
    public LineItem build() {
      return new LineItem(this);
    }
  }
}
