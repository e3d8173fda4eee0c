package org.oneroster4j.model;

import java.util.List;
import java.util.Objects;

/**
 * Immutable set of learning objective scores from one source (OneRoster 1.2 {@code
 * learningObjectiveSet} entry of a result).
 */
public final class LearningObjectiveResultSet {
  private final String source;
  private final List<LearningObjectiveResult> learningObjectiveResults;

  private LearningObjectiveResultSet(Builder b) {
    this.source = b.source;
    this.learningObjectiveResults =
        Copies.list(b.learningObjectiveResults, "learningObjectiveResults");
  }

  /**
   * Returns where the objectives are defined: {@code case}, {@code unknown} or a vendor token, or
   * null.
   */
  public String source() {
    return source;
  }

  /** Returns the scores per learning objective; never null, may be empty. */
  public List<LearningObjectiveResult> learningObjectiveResults() {
    return learningObjectiveResults;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this LearningObjectiveResultSet's values, to derive a
   * modified copy.
   */
  public Builder toBuilder() {
    return new Builder().source(source).learningObjectiveResults(learningObjectiveResults);
  }

  /**
   * Returns whether {@code other} is a LearningObjectiveResultSet with equal values in every field.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof LearningObjectiveResultSet that
        && Objects.equals(source, that.source)
        && Objects.equals(learningObjectiveResults, that.learningObjectiveResults);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(source, learningObjectiveResults);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "LearningObjectiveResultSet["
        + "source="
        + source
        + ", learningObjectiveResults="
        + learningObjectiveResults
        + "]";
  }

  /**
   * Builds LearningObjectiveResultSet values; every setter is named after the property and returns
   * this builder.
   */
  public static final class Builder {
    private String source;
    private List<LearningObjectiveResult> learningObjectiveResults = List.of();

    private Builder() {}

    /**
     * Sets where the objectives are defined: {@code case}, {@code unknown} or a vendor token; null
     * clears it.
     */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Sets the scores per learning objective (copied; null means none). */
    public Builder learningObjectiveResults(
        List<LearningObjectiveResult> learningObjectiveResults) {
      this.learningObjectiveResults =
          Copies.list(learningObjectiveResults, "learningObjectiveResults");
      return this;
    }

    /** Builds the LearningObjectiveResultSet. */
    public LearningObjectiveResultSet build() {
      return new LearningObjectiveResultSet(this);
    }
  }
}
