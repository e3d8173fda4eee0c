package org.oneroster4j.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of an assessment result: one student's score on one {@link AssessmentLineItem}
 * (OneRoster 1.2 {@code assessmentResult}, the gradebook service's assessment profile; 1.1 has
 * none). Unlike a {@link Result} it has no class and adds {@link #scorePercentile()}.
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class AssessmentResult implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final GuidRef assessmentLineItem;
  private final GuidRef student;
  private final Double score;
  private final String textScore;
  private final LocalDate scoreDate;
  private final GuidRef scoreScale;
  private final Double scorePercentile;
  private final ScoreStatus scoreStatus;
  private final String comment;
  private final List<LearningObjectiveResultSet> learningObjectiveSet;
  private final Boolean inProgress;
  private final Boolean incomplete;
  private final Boolean late;
  private final Boolean missing;

  private AssessmentResult(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.assessmentLineItem = b.assessmentLineItem;
    this.student = b.student;
    this.score = b.score;
    this.textScore = b.textScore;
    this.scoreDate = b.scoreDate;
    this.scoreScale = b.scoreScale;
    this.scorePercentile = b.scorePercentile;
    this.scoreStatus = b.scoreStatus;
    this.comment = b.comment;
    this.learningObjectiveSet = Copies.list(b.learningObjectiveSet, "learningObjectiveSet");
    this.inProgress = b.inProgress;
    this.incomplete = b.incomplete;
    this.late = b.late;
    this.missing = b.missing;
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

  /** {@return the assessment line item that was scored, or null} */
  public GuidRef assessmentLineItem() {
    return assessmentLineItem;
  }

  /** {@return the student, or null} */
  public GuidRef student() {
    return student;
  }

  /** {@return the score, or null} */
  public Double score() {
    return score;
  }

  /** {@return the score as text, such as a letter grade, or null} */
  public String textScore() {
    return textScore;
  }

  /** {@return the date the score was given or last changed, or null} */
  public LocalDate scoreDate() {
    return scoreDate;
  }

  /** {@return the score scale the score is on, or null} */
  public GuidRef scoreScale() {
    return scoreScale;
  }

  /**
   * {@return the percentile rank of the score: the percentage of scores that are equal to or lower
   * than it, or null}
   */
  public Double scorePercentile() {
    return scorePercentile;
  }

  /** {@return the grading status, or null} */
  public ScoreStatus scoreStatus() {
    return scoreStatus;
  }

  /** {@return a comment about the score, or null} */
  public String comment() {
    return comment;
  }

  /** {@return the scores per learning objective; never null, may be empty} */
  public List<LearningObjectiveResultSet> learningObjectiveSet() {
    return learningObjectiveSet;
  }

  /** {@return whether the work is in progress, or null} */
  public Boolean inProgress() {
    return inProgress;
  }

  /** {@return whether the work is incomplete, or null} */
  public Boolean incomplete() {
    return incomplete;
  }

  /** {@return whether the work was handed in late, or null} */
  public Boolean late() {
    return late;
  }

  /** {@return whether the work is missing, or null} */
  public Boolean missing() {
    return missing;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder initialised with this AssessmentResult's values, to derive a modified copy}
   */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .assessmentLineItem(assessmentLineItem)
        .student(student)
        .score(score)
        .textScore(textScore)
        .scoreDate(scoreDate)
        .scoreScale(scoreScale)
        .scorePercentile(scorePercentile)
        .scoreStatus(scoreStatus)
        .comment(comment)
        .learningObjectiveSet(learningObjectiveSet)
        .inProgress(inProgress)
        .incomplete(incomplete)
        .late(late)
        .missing(missing);
  }

  /** Returns whether {@code other} is an AssessmentResult with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof AssessmentResult that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(assessmentLineItem, that.assessmentLineItem)
        && Objects.equals(student, that.student)
        && Objects.equals(score, that.score)
        && Objects.equals(textScore, that.textScore)
        && Objects.equals(scoreDate, that.scoreDate)
        && Objects.equals(scoreScale, that.scoreScale)
        && Objects.equals(scorePercentile, that.scorePercentile)
        && Objects.equals(scoreStatus, that.scoreStatus)
        && Objects.equals(comment, that.comment)
        && Objects.equals(learningObjectiveSet, that.learningObjectiveSet)
        && Objects.equals(inProgress, that.inProgress)
        && Objects.equals(incomplete, that.incomplete)
        && Objects.equals(late, that.late)
        && Objects.equals(missing, that.missing);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(
        sourcedId,
        status,
        dateLastModified,
        metadata,
        assessmentLineItem,
        student,
        score,
        textScore,
        scoreDate,
        scoreScale,
        scorePercentile,
        scoreStatus,
        comment,
        learningObjectiveSet,
        inProgress,
        incomplete,
        late,
        missing);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "AssessmentResult["
        + "sourcedId="
        + sourcedId
        + ", status="
        + status
        + ", dateLastModified="
        + dateLastModified
        + ", metadata="
        + metadata
        + ", assessmentLineItem="
        + assessmentLineItem
        + ", student="
        + student
        + ", score="
        + score
        + ", textScore="
        + textScore
        + ", scoreDate="
        + scoreDate
        + ", scoreScale="
        + scoreScale
        + ", scorePercentile="
        + scorePercentile
        + ", scoreStatus="
        + scoreStatus
        + ", comment="
        + comment
        + ", learningObjectiveSet="
        + learningObjectiveSet
        + ", inProgress="
        + inProgress
        + ", incomplete="
        + incomplete
        + ", late="
        + late
        + ", missing="
        + missing
        + "]";
  }

  /**
   * Builds AssessmentResult values; every setter is named after the property and returns this
   * builder.
   */
  public static final class Builder extends EntityBuilder<Builder> {
    private GuidRef assessmentLineItem;
    private GuidRef student;
    private Double score;
    private String textScore;
    private LocalDate scoreDate;
    private GuidRef scoreScale;
    private Double scorePercentile;
    private ScoreStatus scoreStatus;
    private String comment;
    private List<LearningObjectiveResultSet> learningObjectiveSet = List.of();
    private Boolean inProgress;
    private Boolean incomplete;
    private Boolean late;
    private Boolean missing;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the assessment line item that was scored; null clears it.
     *
     * @param assessmentLineItem a reference to the assessment line item that was scored, or null; a
     *     write needs it
     * @return this builder
     */
    public Builder assessmentLineItem(GuidRef assessmentLineItem) {
      this.assessmentLineItem = assessmentLineItem;
      return this;
    }

    /**
     * Sets the student; null clears it.
     *
     * @param student a reference to the student (a user) who was scored, or null; a write needs it
     * @return this builder
     */
    public Builder student(GuidRef student) {
      this.student = student;
      return this;
    }

    /**
     * Sets the score; null clears it.
     *
     * @param score the score, or null; a write needs it finite when set
     * @return this builder
     */
    public Builder score(Double score) {
      this.score = score;
      return this;
    }

    /**
     * Sets the score from a primitive, so that {@code score(100)} compiles.
     *
     * @param score the score; a write needs it finite
     * @return this builder
     */
    public Builder score(double score) {
      this.score = score;
      return this;
    }

    /**
     * Sets the score as text, such as a letter grade; null clears it.
     *
     * @param textScore the score as text, such as {@code B+}, or null
     * @return this builder
     */
    public Builder textScore(String textScore) {
      this.textScore = textScore;
      return this;
    }

    /**
     * Sets the date the score was given or last changed; null clears it.
     *
     * @param scoreDate the date the score was given or last changed, or null; a write needs it
     * @return this builder
     */
    public Builder scoreDate(LocalDate scoreDate) {
      this.scoreDate = scoreDate;
      return this;
    }

    /**
     * Sets the score scale the score is on; null clears it.
     *
     * @param scoreScale a reference to the score scale, or null
     * @return this builder
     */
    public Builder scoreScale(GuidRef scoreScale) {
      this.scoreScale = scoreScale;
      return this;
    }

    /**
     * Sets the percentile rank of the score (the percentage of scores equal to or lower than it);
     * null clears it.
     *
     * @param scorePercentile the percentile rank as a percentage, or null; a write needs it from 0
     *     to 100 when set
     * @return this builder
     */
    public Builder scorePercentile(Double scorePercentile) {
      this.scorePercentile = scorePercentile;
      return this;
    }

    /**
     * Sets the percentile rank of the score from a primitive, so that {@code scorePercentile(90)}
     * compiles.
     *
     * @param scorePercentile the percentile rank as a percentage; a write needs it from 0 to 100
     * @return this builder
     */
    public Builder scorePercentile(double scorePercentile) {
      this.scorePercentile = scorePercentile;
      return this;
    }

    /**
     * Sets the grading status; null clears it.
     *
     * @param scoreStatus the grading status, such as {@link ScoreStatus#FULLY_GRADED} for a final
     *     score, or null; a write needs it
     * @return this builder
     */
    public Builder scoreStatus(ScoreStatus scoreStatus) {
      this.scoreStatus = scoreStatus;
      return this;
    }

    /**
     * Sets a comment about the score; null clears it.
     *
     * @param comment the comment, or null
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /**
     * Sets the scores per learning objective (copied; null means none).
     *
     * @param learningObjectiveSet the learning objective scores, one set per source; null means
     *     none
     * @return this builder
     * @throws NullPointerException if {@code learningObjectiveSet} holds a null element
     */
    public Builder learningObjectiveSet(List<LearningObjectiveResultSet> learningObjectiveSet) {
      this.learningObjectiveSet = Copies.list(learningObjectiveSet, "learningObjectiveSet");
      return this;
    }

    /**
     * Sets whether the work is in progress; null clears it.
     *
     * @param inProgress true if the work is in progress, false if not, or null
     * @return this builder
     */
    public Builder inProgress(Boolean inProgress) {
      this.inProgress = inProgress;
      return this;
    }

    /**
     * Sets whether the work is incomplete; null clears it.
     *
     * @param incomplete true if the work is incomplete, false if not, or null
     * @return this builder
     */
    public Builder incomplete(Boolean incomplete) {
      this.incomplete = incomplete;
      return this;
    }

    /**
     * Sets whether the work was handed in late; null clears it.
     *
     * @param late true if the work was handed in late, false if not, or null
     * @return this builder
     */
    public Builder late(Boolean late) {
      this.late = late;
      return this;
    }

    /**
     * Sets whether the work is missing; null clears it.
     *
     * @param missing true if the work is missing, false if not, or null
     * @return this builder
     */
    public Builder missing(Boolean missing) {
      this.missing = missing;
      return this;
    }

    /**
     * Builds the AssessmentResult.
     *
     * @return a new, immutable AssessmentResult with the values set so far; nothing is checked
     *     here, {@link Validation} checks it before a write
     */
    public AssessmentResult build() {
      return new AssessmentResult(this);
    }
  }
}
