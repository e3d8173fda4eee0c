package org.oneroster4j.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of a result: one student's score on one line item (OneRoster {@code result}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class Result implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final GuidRef lineItem;
  private final GuidRef student;
  private final ScoreStatus scoreStatus;
  private final Double score;
  private final LocalDate scoreDate;
  private final String comment;
  private final GuidRef schoolClass;
  private final GuidRef scoreScale;
  private final String textScore;
  private final Boolean inProgress;
  private final Boolean incomplete;
  private final Boolean late;
  private final Boolean missing;
  private final List<LearningObjectiveResultSet> learningObjectiveSet;

  private Result(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.lineItem = b.lineItem;
    this.student = b.student;
    this.scoreStatus = b.scoreStatus;
    this.score = b.score;
    this.scoreDate = b.scoreDate;
    this.comment = b.comment;
    this.schoolClass = b.schoolClass;
    this.scoreScale = b.scoreScale;
    this.textScore = b.textScore;
    this.inProgress = b.inProgress;
    this.incomplete = b.incomplete;
    this.late = b.late;
    this.missing = b.missing;
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

  /** {@return the line item, or null} */
  public GuidRef lineItem() {
    return lineItem;
  }

  /** {@return the student, or null} */
  public GuidRef student() {
    return student;
  }

  /** {@return the grading status, or null} */
  public ScoreStatus scoreStatus() {
    return scoreStatus;
  }

  /** {@return the score, or null} */
  public Double score() {
    return score;
  }

  /** {@return the date of the score, or null} */
  public LocalDate scoreDate() {
    return scoreDate;
  }

  /** {@return a comment for the student, or null} */
  public String comment() {
    return comment;
  }

  /** {@return the class (wire field {@code class}, 1.2), or null} */
  public GuidRef schoolClass() {
    return schoolClass;
  }

  /** {@return the score scale the score is on (1.2), or null} */
  public GuidRef scoreScale() {
    return scoreScale;
  }

  /** {@return the score as text, such as a letter grade (1.2), or null} */
  public String textScore() {
    return textScore;
  }

  /** {@return whether the work is in progress (1.2), or null} */
  public Boolean inProgress() {
    return inProgress;
  }

  /** {@return whether the work is incomplete (1.2), or null} */
  public Boolean incomplete() {
    return incomplete;
  }

  /** {@return whether the work was handed in late (1.2), or null} */
  public Boolean late() {
    return late;
  }

  /** {@return whether the work is missing (1.2), or null} */
  public Boolean missing() {
    return missing;
  }

  /** {@return the scores per learning objective (1.2); never null, may be empty} */
  public List<LearningObjectiveResultSet> learningObjectiveSet() {
    return learningObjectiveSet;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this Result's values, to derive a modified copy} */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .lineItem(lineItem)
        .student(student)
        .scoreStatus(scoreStatus)
        .score(score)
        .scoreDate(scoreDate)
        .comment(comment)
        .schoolClass(schoolClass)
        .scoreScale(scoreScale)
        .textScore(textScore)
        .inProgress(inProgress)
        .incomplete(incomplete)
        .late(late)
        .missing(missing)
        .learningObjectiveSet(learningObjectiveSet);
  }

  /** Returns whether {@code other} is a Result with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Result that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(lineItem, that.lineItem)
        && Objects.equals(student, that.student)
        && Objects.equals(scoreStatus, that.scoreStatus)
        && Objects.equals(score, that.score)
        && Objects.equals(scoreDate, that.scoreDate)
        && Objects.equals(comment, that.comment)
        && Objects.equals(schoolClass, that.schoolClass)
        && Objects.equals(scoreScale, that.scoreScale)
        && Objects.equals(textScore, that.textScore)
        && Objects.equals(inProgress, that.inProgress)
        && Objects.equals(incomplete, that.incomplete)
        && Objects.equals(late, that.late)
        && Objects.equals(missing, that.missing)
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
        lineItem,
        student,
        scoreStatus,
        score,
        scoreDate,
        comment,
        schoolClass,
        scoreScale,
        textScore,
        inProgress,
        incomplete,
        late,
        missing,
        learningObjectiveSet);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "Result["
        + "sourcedId="
        + sourcedId
        + ", status="
        + status
        + ", dateLastModified="
        + dateLastModified
        + ", metadata="
        + metadata
        + ", lineItem="
        + lineItem
        + ", student="
        + student
        + ", scoreStatus="
        + scoreStatus
        + ", score="
        + score
        + ", scoreDate="
        + scoreDate
        + ", comment="
        + comment
        + ", schoolClass="
        + schoolClass
        + ", scoreScale="
        + scoreScale
        + ", textScore="
        + textScore
        + ", inProgress="
        + inProgress
        + ", incomplete="
        + incomplete
        + ", late="
        + late
        + ", missing="
        + missing
        + ", learningObjectiveSet="
        + learningObjectiveSet
        + "]";
  }

  /** Builds Result values; every setter is named after the property and returns this builder. */
  public static final class Builder extends EntityBuilder<Builder> {
    private GuidRef lineItem;
    private GuidRef student;
    private ScoreStatus scoreStatus;
    private Double score;
    private LocalDate scoreDate;
    private String comment;
    private GuidRef schoolClass;
    private GuidRef scoreScale;
    private String textScore;
    private Boolean inProgress;
    private Boolean incomplete;
    private Boolean late;
    private Boolean missing;
    private List<LearningObjectiveResultSet> learningObjectiveSet = List.of();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the line item; null clears it.
     *
     * @param lineItem a reference to the line item that was graded, or null; a write needs it
     * @return this builder
     */
    public Builder lineItem(GuidRef lineItem) {
      this.lineItem = lineItem;
      return this;
    }

    /**
     * Sets the student; null clears it.
     *
     * @param student a reference to the student (a user) who was graded, or null; a write needs it
     * @return this builder
     */
    public Builder student(GuidRef student) {
      this.student = student;
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
     * Sets the score; null clears it.
     *
     * @param score the score, or null; a write needs it finite when set, and it may exceed the line
     *     item's {@code resultValueMax} (extra credit)
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
     * Sets the date of the score; null clears it.
     *
     * @param scoreDate the date the score was given, or null; a OneRoster 1.2 write needs it
     * @return this builder
     */
    public Builder scoreDate(LocalDate scoreDate) {
      this.scoreDate = scoreDate;
      return this;
    }

    /**
     * Sets a comment for the student; null clears it.
     *
     * @param comment the comment, or null
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /**
     * Sets the class (wire field {@code class}, 1.2); null clears it.
     *
     * @param schoolClass a reference to the class, or null; only OneRoster 1.2 documents carry it
     * @return this builder
     */
    public Builder schoolClass(GuidRef schoolClass) {
      this.schoolClass = schoolClass;
      return this;
    }

    /**
     * Sets the score scale the score is on (1.2); null clears it.
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
     * Sets the score as text, such as a letter grade (1.2); null clears it.
     *
     * @param textScore the score as text, such as {@code B+}, or null; only OneRoster 1.2 documents
     *     carry it
     * @return this builder
     */
    public Builder textScore(String textScore) {
      this.textScore = textScore;
      return this;
    }

    /**
     * Sets whether the work is in progress (1.2); null clears it.
     *
     * @param inProgress true if the work is in progress, false if not, or null; only OneRoster 1.2
     *     documents carry it
     * @return this builder
     */
    public Builder inProgress(Boolean inProgress) {
      this.inProgress = inProgress;
      return this;
    }

    /**
     * Sets whether the work is incomplete (1.2); null clears it.
     *
     * @param incomplete true if the work is incomplete, false if not, or null; only OneRoster 1.2
     *     documents carry it
     * @return this builder
     */
    public Builder incomplete(Boolean incomplete) {
      this.incomplete = incomplete;
      return this;
    }

    /**
     * Sets whether the work was handed in late (1.2); null clears it.
     *
     * @param late true if the work was handed in late, false if not, or null; only OneRoster 1.2
     *     documents carry it
     * @return this builder
     */
    public Builder late(Boolean late) {
      this.late = late;
      return this;
    }

    /**
     * Sets whether the work is missing (1.2); null clears it.
     *
     * @param missing true if the work is missing, false if not, or null; only OneRoster 1.2
     *     documents carry it
     * @return this builder
     */
    public Builder missing(Boolean missing) {
      this.missing = missing;
      return this;
    }

    /**
     * Sets the scores per learning objective (1.2) (copied; null means none).
     *
     * @param learningObjectiveSet the learning objective scores, one set per source; null means
     *     none; only OneRoster 1.2 documents carry them
     * @return this builder
     * @throws NullPointerException if {@code learningObjectiveSet} holds a null element
     */
    public Builder learningObjectiveSet(List<LearningObjectiveResultSet> learningObjectiveSet) {
      this.learningObjectiveSet = Copies.list(learningObjectiveSet, "learningObjectiveSet");
      return this;
    }

    /**
     * Builds the Result.
     *
     * @return a new, immutable Result with the values set so far; nothing is checked here, {@link
     *     Validation} checks it before a write
     */
    public Result build() {
      return new Result(this);
    }
  }
}
