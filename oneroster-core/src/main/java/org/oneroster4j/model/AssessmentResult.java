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

  /** Returns the assessment line item that was scored, or null. */
  public GuidRef assessmentLineItem() {
    return assessmentLineItem;
  }

  /** Returns the student, or null. */
  public GuidRef student() {
    return student;
  }

  /** Returns the score, or null. */
  public Double score() {
    return score;
  }

  /** Returns the score as text, such as a letter grade, or null. */
  public String textScore() {
    return textScore;
  }

  /** Returns the date the score was given or last changed, or null. */
  public LocalDate scoreDate() {
    return scoreDate;
  }

  /** Returns the score scale the score is on, or null. */
  public GuidRef scoreScale() {
    return scoreScale;
  }

  /**
   * Returns the percentile rank of the score: the percentage of scores that are equal to or lower
   * than it, or null.
   */
  public Double scorePercentile() {
    return scorePercentile;
  }

  /** Returns the grading status, or null. */
  public ScoreStatus scoreStatus() {
    return scoreStatus;
  }

  /** Returns a comment about the score, or null. */
  public String comment() {
    return comment;
  }

  /** Returns the scores per learning objective; never null, may be empty. */
  public List<LearningObjectiveResultSet> learningObjectiveSet() {
    return learningObjectiveSet;
  }

  /** Returns whether the work is in progress, or null. */
  public Boolean inProgress() {
    return inProgress;
  }

  /** Returns whether the work is incomplete, or null. */
  public Boolean incomplete() {
    return incomplete;
  }

  /** Returns whether the work was handed in late, or null. */
  public Boolean late() {
    return late;
  }

  /** Returns whether the work is missing, or null. */
  public Boolean missing() {
    return missing;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this AssessmentResult's values, to derive a modified copy.
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

    /** Sets the assessment line item that was scored; null clears it. */
    public Builder assessmentLineItem(GuidRef assessmentLineItem) {
      this.assessmentLineItem = assessmentLineItem;
      return this;
    }

    /** Sets the student; null clears it. */
    public Builder student(GuidRef student) {
      this.student = student;
      return this;
    }

    /** Sets the score; null clears it. */
    public Builder score(Double score) {
      this.score = score;
      return this;
    }

    /** Sets the score from a primitive, so that {@code score(100)} compiles. */
    public Builder score(double score) {
      this.score = score;
      return this;
    }

    /** Sets the score as text, such as a letter grade; null clears it. */
    public Builder textScore(String textScore) {
      this.textScore = textScore;
      return this;
    }

    /** Sets the date the score was given or last changed; null clears it. */
    public Builder scoreDate(LocalDate scoreDate) {
      this.scoreDate = scoreDate;
      return this;
    }

    /** Sets the score scale the score is on; null clears it. */
    public Builder scoreScale(GuidRef scoreScale) {
      this.scoreScale = scoreScale;
      return this;
    }

    /**
     * Sets the percentile rank of the score (the percentage of scores equal to or lower than it);
     * null clears it.
     */
    public Builder scorePercentile(Double scorePercentile) {
      this.scorePercentile = scorePercentile;
      return this;
    }

    /**
     * Sets the percentile rank of the score from a primitive, so that {@code scorePercentile(90)}
     * compiles.
     */
    public Builder scorePercentile(double scorePercentile) {
      this.scorePercentile = scorePercentile;
      return this;
    }

    /** Sets the grading status; null clears it. */
    public Builder scoreStatus(ScoreStatus scoreStatus) {
      this.scoreStatus = scoreStatus;
      return this;
    }

    /** Sets a comment about the score; null clears it. */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** Sets the scores per learning objective (copied; null means none). */
    public Builder learningObjectiveSet(List<LearningObjectiveResultSet> learningObjectiveSet) {
      this.learningObjectiveSet = Copies.list(learningObjectiveSet, "learningObjectiveSet");
      return this;
    }

    /** Sets whether the work is in progress; null clears it. */
    public Builder inProgress(Boolean inProgress) {
      this.inProgress = inProgress;
      return this;
    }

    /** Sets whether the work is incomplete; null clears it. */
    public Builder incomplete(Boolean incomplete) {
      this.incomplete = incomplete;
      return this;
    }

    /** Sets whether the work was handed in late; null clears it. */
    public Builder late(Boolean late) {
      this.late = late;
      return this;
    }

    /** Sets whether the work is missing; null clears it. */
    public Builder missing(Boolean missing) {
      this.missing = missing;
      return this;
    }

    /** Builds the AssessmentResult. */
    public AssessmentResult build() {
      return new AssessmentResult(this);
    }
  }
}
