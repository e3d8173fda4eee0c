package org.oneroster4j.export;

import org.oneroster4j.model.ScoreStatus;

/**
 * One student's grade on an {@link Assignment}, as the LMS holds it.
 *
 * <p>The student is named by SIS sourcedId or by email (matched against the class roster); when
 * both are given the sourcedId wins. A grade with a score and no status is sent as {@code fully
 * graded}. A {@code deleted} grade removes the result from the SIS.
 *
 * @param studentSourcedId the student's SIS sourcedId, or null when named by email
 * @param studentEmail the student's email, or null when named by sourcedId
 * @param score the points scored, or null (may exceed the assignment's maximum: extra credit)
 * @param status the score status, or null for {@code fully graded}
 * @param comment the teacher's comment, or null
 * @param deleted true to remove this student's result from the SIS
 */
public record Grade(
    String studentSourcedId,
    String studentEmail,
    Double score,
    ScoreStatus status,
    String comment,
    boolean deleted) {

  /**
   * Returns a builder for a grade.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this grade's values.
   *
   * @return a builder initialised with these values
   */
  public Builder toBuilder() {
    return new Builder()
        .studentSourcedId(studentSourcedId)
        .studentEmail(studentEmail)
        .score(score)
        .status(status)
        .comment(comment)
        .deleted(deleted);
  }

  /** {@return how the student is named, for reports: the sourcedId, else the email} */
  public String student() {
    return studentSourcedId != null ? studentSourcedId : studentEmail;
  }

  /** Builds a {@link Grade}. */
  public static final class Builder {
    private String studentSourcedId;
    private String studentEmail;
    private Double score;
    private ScoreStatus status;
    private String comment;
    private boolean deleted;

    private Builder() {}

    /**
     * Sets the student's SIS sourcedId (nullable).
     *
     * @param studentSourcedId the student's SIS sourcedId, or null when named by email
     * @return this builder
     */
    public Builder studentSourcedId(String studentSourcedId) {
      this.studentSourcedId = studentSourcedId;
      return this;
    }

    /**
     * Sets the student's email (nullable).
     *
     * @param studentEmail the student's email, or null when named by sourcedId
     * @return this builder
     */
    public Builder studentEmail(String studentEmail) {
      this.studentEmail = studentEmail;
      return this;
    }

    /**
     * Sets the score (nullable).
     *
     * @param score the points scored, or null (may exceed the assignment's maximum: extra credit)
     * @return this builder
     */
    public Builder score(Double score) {
      this.score = score;
      return this;
    }

    /**
     * Sets the score.
     *
     * @param score the points scored, or null (may exceed the assignment's maximum: extra credit)
     * @return this builder
     */
    public Builder score(double score) {
      this.score = score;
      return this;
    }

    /**
     * Sets the score status (nullable).
     *
     * @param status the score status, or null for {@code fully graded}
     * @return this builder
     */
    public Builder status(ScoreStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the comment (nullable).
     *
     * @param comment the teacher's comment, or null
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /**
     * Marks the grade deleted: its result is removed from the SIS.
     *
     * @param deleted true to remove this student's result from the SIS
     * @return this builder
     */
    public Builder deleted(boolean deleted) {
      this.deleted = deleted;
      return this;
    }

    /**
     * Builds the grade; a student sourcedId or email is required.
     *
     * @return the grade
     */
    public Grade build() {
      if (studentSourcedId == null && studentEmail == null) {
        throw new IllegalStateException(
            "a grade needs studentSourcedId or studentEmail; set one of them");
      }
      return new Grade(studentSourcedId, studentEmail, score, status, comment, deleted);
    }
  }

  @Override
  public String toString() {
    // Student data (who, score, comment) stays out of toString: it ends up in logs.
    return "Grade[student="
        + (studentSourcedId != null ? studentSourcedId : "<by email>")
        + ", deleted="
        + deleted
        + "]";
  }
}
