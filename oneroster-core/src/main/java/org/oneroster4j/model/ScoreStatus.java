package org.oneroster4j.model;

/**
 * Open vocabulary for the status of a result's score (OneRoster {@code scoreStatus}): the known
 * values are constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Fully_Graded"} is {@link
 * ScoreStatus#FULLY_GRADED}); anything else becomes an unknown value that {@link #isKnown()}
 * reports and {@link #value()} returns unchanged. Two instances are equal when their wire values
 * are equal.
 */
public final class ScoreStatus extends OpenVocabulary {
  private static final Lexicon<ScoreStatus> LEXICON = new Lexicon<>(ScoreStatus::new);

  /**
   * Wire value {@code "exempt"}: the student is exempt; the result does not count toward summative
   * assessment.
   */
  public static final ScoreStatus EXEMPT = LEXICON.known("exempt");

  /** Wire value {@code "fully graded"}: grading is complete. */
  public static final ScoreStatus FULLY_GRADED = LEXICON.known("fully graded");

  /** Wire value {@code "not submitted"}: the student has not submitted the work. */
  public static final ScoreStatus NOT_SUBMITTED = LEXICON.known("not submitted");

  /** Wire value {@code "partially graded"}: further scoring is pending; not for summative use. */
  public static final ScoreStatus PARTIALLY_GRADED = LEXICON.known("partially graded");

  /** Wire value {@code "submitted"}: submitted and final; changes only through a formal review. */
  public static final ScoreStatus SUBMITTED = LEXICON.known("submitted");

  private ScoreStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static ScoreStatus of(String wire) {
    return LEXICON.of(wire);
  }
}
