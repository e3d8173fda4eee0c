package org.oneroster4j.model;

import java.time.Instant;
import java.util.Map;

/**
 * Immutable model of a gradebook line item: an assignment or other gradable activity in a class
 * (OneRoster {@code lineItem}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param title the title, or null
 * @param description a description, or null
 * @param assignDate when the work is assigned, or null
 * @param dueDate when the work is due, or null
 * @param schoolClass the class (wire field {@code class}), or null
 * @param category the category, or null
 * @param gradingPeriod the grading period academic session, or null
 * @param resultValueMin the lowest possible score, or null
 * @param resultValueMax the highest regular score (extra credit may exceed it), or null
 */
public record LineItem(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    String title,
    String description,
    Instant assignDate,
    Instant dueDate,
    GuidRef schoolClass,
    GuidRef category,
    GuidRef gradingPeriod,
    Double resultValueMin,
    Double resultValueMax)
    implements OneRosterEntity {

  /** Creates a LineItem, copying the collections (null becomes empty). */
  public LineItem {
    metadata = Copies.metadata(metadata);
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
        .resultValueMax(resultValueMax);
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

    /** Builds the LineItem. */
    public LineItem build() {
      return new LineItem(
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
          resultValueMax);
    }
  }
}
