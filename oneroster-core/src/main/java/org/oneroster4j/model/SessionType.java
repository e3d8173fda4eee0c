package org.oneroster4j.model;

/**
 * Open vocabulary for the kind of an academic session (OneRoster {@code sessionType}): the known
 * values are constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Grading_Period"} is {@link
 * SessionType#GRADING_PERIOD}); anything else becomes an unknown value that {@link #isKnown()}
 * reports and {@link #value()} returns unchanged. Two instances are equal when their wire values
 * are equal.
 */
public final class SessionType extends OpenVocabulary {
  private static final Lexicon<SessionType> LEXICON = new Lexicon<>(SessionType::new);

  /** Wire value {@code "gradingPeriod"}: a grading period within a term. */
  public static final SessionType GRADING_PERIOD = LEXICON.known("gradingPeriod");

  /** Wire value {@code "semester"}: a semester. */
  public static final SessionType SEMESTER = LEXICON.known("semester");

  /** Wire value {@code "schoolYear"}: a whole school year. */
  public static final SessionType SCHOOL_YEAR = LEXICON.known("schoolYear");

  /** Wire value {@code "term"}: a term. */
  public static final SessionType TERM = LEXICON.known("term");

  private SessionType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static SessionType of(String wire) {
    return LEXICON.of(wire);
  }
}
