package org.oneroster4j.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Immutable model of a result: one student's score on one line item (OneRoster {@code result}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param lineItem the line item, or null
 * @param student the student, or null
 * @param scoreStatus the grading status, or null
 * @param score the score, or null
 * @param scoreDate the date of the score, or null
 * @param comment a comment for the student, or null
 */
public record Result(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    GuidRef lineItem,
    GuidRef student,
    ScoreStatus scoreStatus,
    Double score,
    LocalDate scoreDate,
    String comment)
    implements OneRosterEntity {

  /** Creates a Result, copying the collections (null becomes empty). */
  public Result {
    metadata = Copies.metadata(metadata);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this Result's values, to derive a modified copy. */
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
        .comment(comment);
  }

  /** Builds Result values; every setter is named after the property and returns this builder. */
  public static final class Builder extends EntityBuilder<Builder> {
    private GuidRef lineItem;
    private GuidRef student;
    private ScoreStatus scoreStatus;
    private Double score;
    private LocalDate scoreDate;
    private String comment;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Sets the line item; null clears it. */
    public Builder lineItem(GuidRef lineItem) {
      this.lineItem = lineItem;
      return this;
    }

    /** Sets the student; null clears it. */
    public Builder student(GuidRef student) {
      this.student = student;
      return this;
    }

    /** Sets the grading status; null clears it. */
    public Builder scoreStatus(ScoreStatus scoreStatus) {
      this.scoreStatus = scoreStatus;
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

    /** Sets the date of the score; null clears it. */
    public Builder scoreDate(LocalDate scoreDate) {
      this.scoreDate = scoreDate;
      return this;
    }

    /** Sets a comment for the student; null clears it. */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** Builds the Result. */
    public Result build() {
      return new Result(
          sourcedId,
          status,
          dateLastModified,
          metadata,
          lineItem,
          student,
          scoreStatus,
          score,
          scoreDate,
          comment);
    }
  }
}
