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

  /** Returns the identifier of the learning objective, or null. */
  public String learningObjectiveId() {
    return learningObjectiveId;
  }

  /** Returns the score on the objective, or null. */
  public Double score() {
    return score;
  }

  /** Returns the score as text, or null. */
  public String textScore() {
    return textScore;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this LearningObjectiveResult's values, to derive a modified
   * copy.
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

    /** Sets the identifier of the learning objective; null clears it. */
    public Builder learningObjectiveId(String learningObjectiveId) {
      this.learningObjectiveId = learningObjectiveId;
      return this;
    }

    /** Sets the score on the objective; null clears it. */
    public Builder score(Double score) {
      this.score = score;
      return this;
    }

    /** Sets the score on the objective from a primitive, so that {@code score(100)} compiles. */
    public Builder score(double score) {
      this.score = score;
      return this;
    }

    /** Sets the score as text; null clears it. */
    public Builder textScore(String textScore) {
      this.textScore = textScore;
      return this;
    }

    /** Builds the LearningObjectiveResult. */
    public LearningObjectiveResult build() {
      return new LearningObjectiveResult(this);
    }
  }
}
