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

  /** {@return the title, or null} */
  public String title() {
    return title;
  }

  /** {@return a description, or null} */
  public String description() {
    return description;
  }

  /** {@return when the work is assigned, or null} */
  public Instant assignDate() {
    return assignDate;
  }

  /** {@return when the work is due, or null} */
  public Instant dueDate() {
    return dueDate;
  }

  /** {@return the class (wire field {@code class}), or null} */
  public GuidRef schoolClass() {
    return schoolClass;
  }

  /** {@return the category, or null} */
  public GuidRef category() {
    return category;
  }

  /** {@return the grading period academic session, or null} */
  public GuidRef gradingPeriod() {
    return gradingPeriod;
  }

  /** {@return the lowest possible score, or null} */
  public Double resultValueMin() {
    return resultValueMin;
  }

  /** {@return the highest regular score (extra credit may exceed it), or null} */
  public Double resultValueMax() {
    return resultValueMax;
  }

  /** {@return the school the line item belongs to (required by OneRoster 1.2), or null} */
  public GuidRef school() {
    return school;
  }

  /** {@return the academic session of the line item (1.2), or null} */
  public GuidRef academicSession() {
    return academicSession;
  }

  /** {@return the score scale that maps scores (1.2), or null} */
  public GuidRef scoreScale() {
    return scoreScale;
  }

  /** {@return the learning objectives the line item assesses (1.2); never null, may be empty} */
  public List<LearningObjectiveSet> learningObjectiveSet() {
    return learningObjectiveSet;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this LineItem's values, to derive a modified copy} */
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

    /**
     * Sets the title; null clears it.
     *
     * @param title the title, or null; a write needs one that is not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets a description; null clears it.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets when the work is assigned; null clears it.
     *
     * @param assignDate when the work is assigned, or null; a write needs it, on or before {@code
     *     dueDate}
     * @return this builder
     */
    public Builder assignDate(Instant assignDate) {
      this.assignDate = assignDate;
      return this;
    }

    /**
     * Sets when the work is due; null clears it.
     *
     * @param dueDate when the work is due, or null; a write needs it, on or after {@code
     *     assignDate}
     * @return this builder
     */
    public Builder dueDate(Instant dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets the class (wire field {@code class}); null clears it.
     *
     * @param schoolClass a reference to the class the line item belongs to, or null; a write needs
     *     it
     * @return this builder
     */
    public Builder schoolClass(GuidRef schoolClass) {
      this.schoolClass = schoolClass;
      return this;
    }

    /**
     * Sets the category; null clears it.
     *
     * @param category a reference to the category, or null; a OneRoster 1.2 write needs it
     * @return this builder
     */
    public Builder category(GuidRef category) {
      this.category = category;
      return this;
    }

    /**
     * Sets the grading period academic session; null clears it.
     *
     * @param gradingPeriod a reference to the grading period (an academic session), or null
     * @return this builder
     */
    public Builder gradingPeriod(GuidRef gradingPeriod) {
      this.gradingPeriod = gradingPeriod;
      return this;
    }

    /**
     * Sets the lowest possible score; null clears it.
     *
     * @param resultValueMin the lowest possible score, usually 0, or null; it must be finite, and a
     *     OneRoster 1.1 write needs it
     * @return this builder
     */
    public Builder resultValueMin(Double resultValueMin) {
      this.resultValueMin = resultValueMin;
      return this;
    }

    /**
     * Sets the lowest possible score from a primitive, so that {@code resultValueMin(0)} compiles.
     *
     * @param resultValueMin the lowest possible score, usually 0; a write needs it finite
     * @return this builder
     */
    public Builder resultValueMin(double resultValueMin) {
      this.resultValueMin = resultValueMin;
      return this;
    }

    /**
     * Sets the highest regular score (extra credit may exceed it); null clears it.
     *
     * @param resultValueMax the highest regular score, or null; it must be finite and above {@code
     *     resultValueMin}, and a OneRoster 1.1 write needs it
     * @return this builder
     */
    public Builder resultValueMax(Double resultValueMax) {
      this.resultValueMax = resultValueMax;
      return this;
    }

    /**
     * Sets the highest regular score (extra credit may exceed it) from a primitive, so that {@code
     * resultValueMax(100)} compiles.
     *
     * @param resultValueMax the highest regular score; a write needs it finite and above {@code
     *     resultValueMin}
     * @return this builder
     */
    public Builder resultValueMax(double resultValueMax) {
      this.resultValueMax = resultValueMax;
      return this;
    }

    /**
     * Sets the school the line item belongs to (required by OneRoster 1.2); null clears it.
     *
     * @param school a reference to the school (an org), or null; a OneRoster 1.2 write needs it,
     *     and 1.1 documents leave it out
     * @return this builder
     */
    public Builder school(GuidRef school) {
      this.school = school;
      return this;
    }

    /**
     * Sets the academic session of the line item (1.2); null clears it.
     *
     * @param academicSession a reference to the academic session, or null; only OneRoster 1.2
     *     documents carry it
     * @return this builder
     */
    public Builder academicSession(GuidRef academicSession) {
      this.academicSession = academicSession;
      return this;
    }

    /**
     * Sets the score scale that maps scores (1.2); null clears it.
     *
     * @param scoreScale a reference to the score scale, or null; only OneRoster 1.2 documents carry
     *     it
     * @return this builder
     */
    public Builder scoreScale(GuidRef scoreScale) {
      this.scoreScale = scoreScale;
      return this;
    }

    /**
     * Sets the learning objectives the line item assesses (1.2) (copied; null means none).
     *
     * @param learningObjectiveSet the learning objectives, one set per source; null means none;
     *     only OneRoster 1.2 documents carry them
     * @return this builder
     * @throws NullPointerException if {@code learningObjectiveSet} holds a null element
     */
    public Builder learningObjectiveSet(List<LearningObjectiveSet> learningObjectiveSet) {
      this.learningObjectiveSet = Copies.list(learningObjectiveSet, "learningObjectiveSet");
      return this;
    }

    /**
     * Builds the LineItem.
     *
     * @return a new, immutable LineItem with the values set so far; nothing is checked here, {@link
     *     Validation} checks it before a write
     */
    public LineItem build() {
      return new LineItem(this);
    }
  }
}
