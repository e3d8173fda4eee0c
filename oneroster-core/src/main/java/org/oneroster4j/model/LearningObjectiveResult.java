package org.oneroster4j.model;

import java.util.Objects;

/**
 * Immutable score on one learning objective (OneRoster 1.2 {@code learningObjectiveResults} entry).
 */
public final class LearningObjectiveResult {
  private final String learningObjectiveId;
  private final Double score;
  private final String textScore;

  private LearningObjectiveResult(Builder b) {
    this.learningObjectiveId = b.learningObjectiveId;
    this.score = b.score;
    this.textScore = b.textScore;
  }

  /** {@return the identifier of the learning objective, or null} */
  public String learningObjectiveId() {
    return learningObjectiveId;
  }

  /** {@return the score on the objective, or null} */
  public Double score() {
    return score;
  }

  /** {@return the score as text, or null} */
  public String textScore() {
    return textScore;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder initialised with this LearningObjectiveResult's values, to derive a modified
   * copy}
   */
  public Builder toBuilder() {
    return new Builder().learningObjectiveId(learningObjectiveId).score(score).textScore(textScore);
  }

  /**
   * Returns whether {@code other} is a LearningObjectiveResult with equal values in every field.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof LearningObjectiveResult that
        && Objects.equals(learningObjectiveId, that.learningObjectiveId)
        && Objects.equals(score, that.score)
        && Objects.equals(textScore, that.textScore);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(learningObjectiveId, score, textScore);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "LearningObjectiveResult["
        + "learningObjectiveId="
        + learningObjectiveId
        + ", score="
        + score
        + ", textScore="
        + textScore
        + "]";
  }

  /**
   * Builds LearningObjectiveResult values; every setter is named after the property and returns
   * this builder.
   */
  public static final class Builder {
    private String learningObjectiveId;
    private Double score;
    private String textScore;

    private Builder() {}

    /**
     * Sets the identifier of the learning objective; null clears it.
     *
     * @param learningObjectiveId the objective's identifier within the source of the enclosing
     *     {@link LearningObjectiveResultSet}, or null
     * @return this builder
     */
    public Builder learningObjectiveId(String learningObjectiveId) {
      this.learningObjectiveId = learningObjectiveId;
      return this;
    }

    /**
     * Sets the score on the objective; null clears it.
     *
     * @param score the score, or null for none; writing a NaN or infinite score to JSON fails
     * @return this builder
     */
    public Builder score(Double score) {
      this.score = score;
      return this;
    }

    /**
     * Sets the score on the objective from a primitive, so that {@code score(100)} compiles.
     *
     * @param score the score; writing a NaN or infinite score to JSON fails
     * @return this builder
     */
    public Builder score(double score) {
      this.score = score;
      return this;
    }

    /**
     * Sets the score as text; null clears it.
     *
     * @param textScore the score as text, or null to leave it out of the JSON
     * @return this builder
     */
    public Builder textScore(String textScore) {
      this.textScore = textScore;
      return this;
    }

    /**
     * Builds the LearningObjectiveResult.
     *
     * @return a new LearningObjectiveResult with the values set so far
     */
    public LearningObjectiveResult build() {
      return new LearningObjectiveResult(this);
    }
  }
}
