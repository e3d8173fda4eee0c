package org.oneroster4j.model;

import java.util.List;
import java.util.Objects;

/**
 * Immutable set of learning objectives from one source that a line item assesses (OneRoster 1.2
 * {@code learningObjectiveSet} entry of a line item).
 */
public final class LearningObjectiveSet {
  private final String source;
  private final List<String> learningObjectiveIds;

  private LearningObjectiveSet(Builder b) {
    this.source = b.source;
    this.learningObjectiveIds = Copies.list(b.learningObjectiveIds, "learningObjectiveIds");
  }

  /**
   * {@return where the objectives are defined: {@code case}, {@code unknown} or a vendor token, or
   * null}
   */
  public String source() {
    return source;
  }

  /** {@return the identifiers of the learning objectives; never null, may be empty} */
  public List<String> learningObjectiveIds() {
    return learningObjectiveIds;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder initialised with this LearningObjectiveSet's values, to derive a modified
   * copy}
   */
  public Builder toBuilder() {
    return new Builder().source(source).learningObjectiveIds(learningObjectiveIds);
  }

  /** Returns whether {@code other} is a LearningObjectiveSet with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof LearningObjectiveSet that
        && Objects.equals(source, that.source)
        && Objects.equals(learningObjectiveIds, that.learningObjectiveIds);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(source, learningObjectiveIds);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "LearningObjectiveSet["
        + "source="
        + source
        + ", learningObjectiveIds="
        + learningObjectiveIds
        + "]";
  }

  /**
   * Builds LearningObjectiveSet values; every setter is named after the property and returns this
   * builder.
   */
  public static final class Builder {
    private String source;
    private List<String> learningObjectiveIds = List.of();

    private Builder() {}

    /**
     * Sets where the objectives are defined: {@code case}, {@code unknown} or a vendor token; null
     * clears it.
     *
     * @param source {@code case}, {@code unknown} or a vendor token, or null to leave it out of the
     *     JSON
     * @return this builder
     */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /**
     * Sets the identifiers of the learning objectives (copied; null means none).
     *
     * @param learningObjectiveIds the identifiers, as the source defines them; null means none
     * @return this builder
     * @throws NullPointerException if {@code learningObjectiveIds} contains a null element
     */
    public Builder learningObjectiveIds(List<String> learningObjectiveIds) {
      this.learningObjectiveIds = Copies.list(learningObjectiveIds, "learningObjectiveIds");
      return this;
    }

    /**
     * Builds the LearningObjectiveSet.
     *
     * @return a new LearningObjectiveSet with the values set so far
     */
    public LearningObjectiveSet build() {
      return new LearningObjectiveSet(this);
    }
  }
}
