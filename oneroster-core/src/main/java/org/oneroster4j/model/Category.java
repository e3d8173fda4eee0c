package org.oneroster4j.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of a gradebook category that line items are grouped into, such as "Homework"
 * (OneRoster {@code category}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class Category implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final String title;
  private final Double weight;

  private Category(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.title = b.title;
    this.weight = b.weight;
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

  /** {@return the category title, or null} */
  public String title() {
    return title;
  }

  /** {@return the total weight of this category in the course's final score (1.2), or null} */
  public Double weight() {
    return weight;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this Category's values, to derive a modified copy} */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .title(title)
        .weight(weight);
  }

  /** Returns whether {@code other} is a Category with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Category that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(title, that.title)
        && Objects.equals(weight, that.weight);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(sourcedId, status, dateLastModified, metadata, title, weight);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "Category["
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
        + ", weight="
        + weight
        + "]";
  }

  /** Builds Category values; every setter is named after the property and returns this builder. */
  public static final class Builder extends EntityBuilder<Builder> {
    private String title;
    private Double weight;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the category title; null clears it.
     *
     * @param title the category's name, such as {@code "Quizzes"}, or null; a write needs a
     *     non-blank one
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the total weight of this category in the course's final score (1.2); null clears it.
     *
     * @param weight the weight, or null for none; only OneRoster 1.2 bodies carry it, a 1.1 write
     *     leaves it out
     * @return this builder
     */
    public Builder weight(Double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Sets the total weight of this category in the course's final score (1.2) from a primitive, so
     * that {@code weight(100)} compiles.
     *
     * @param weight the weight; only OneRoster 1.2 bodies carry it
     * @return this builder
     */
    public Builder weight(double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Builds the Category.
     *
     * @return a new Category with the values set so far; required values are not checked here,
     *     {@link Validation} checks them before a write
     */
    public Category build() {
      return new Category(this);
    }
  }
}
