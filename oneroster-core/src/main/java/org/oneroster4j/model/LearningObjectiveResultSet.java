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
   * {@return where the objectives are defined: {@code case}, {@code unknown} or a vendor token, or
   * null}
   */
  public String source() {
    return source;
  }

  /** {@return the scores per learning objective; never null, may be empty} */
  public List<LearningObjectiveResult> learningObjectiveResults() {
    return learningObjectiveResults;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder initialised with this LearningObjectiveResultSet's values, to derive a
   * modified copy}
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
     * Sets the scores per learning objective (copied; null means none).
     *
     * @param learningObjectiveResults the scores, one entry per objective; null means none
     * @return this builder
     * @throws NullPointerException if {@code learningObjectiveResults} contains a null element
     */
    public Builder learningObjectiveResults(
        List<LearningObjectiveResult> learningObjectiveResults) {
      this.learningObjectiveResults =
          Copies.list(learningObjectiveResults, "learningObjectiveResults");
      return this;
    }

    /**
     * Builds the LearningObjectiveResultSet.
     *
     * @return a new LearningObjectiveResultSet with the values set so far
     */
    public LearningObjectiveResultSet build() {
      return new LearningObjectiveResultSet(this);
    }
  }
}
