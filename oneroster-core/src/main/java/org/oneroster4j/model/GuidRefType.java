package org.oneroster4j.model;

/**
 * Open vocabulary for the type of the entity a {@link GuidRef} points to: the known values are
 * constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>OneRoster 1.2 names a reference by the kind of entity it points to ({@link #USER}, {@link
 * #ACADEMIC_SESSION}, {@link #ORG}, …) where 1.1 used {@link #STUDENT}, {@link #TEACHER}, {@link
 * #TERM} and {@link #GRADING_PERIOD}; both sets are constants here.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Academic_Session"} is {@link
 * GuidRefType#ACADEMIC_SESSION}); anything else becomes an unknown value that {@link #isKnown()}
 * reports and {@link #value()} returns unchanged. Two instances are equal when their wire values
 * are equal.
 */
public final class GuidRefType extends OpenVocabulary {
  private static final Lexicon<GuidRefType> LEXICON = new Lexicon<>(GuidRefType::new);

  /** Wire value {@code "academicSession"}: a reference to a {@code academicSession}. */
  public static final GuidRefType ACADEMIC_SESSION = LEXICON.known("academicSession");

  /** Wire value {@code "category"}: a reference to a {@code category}. */
  public static final GuidRefType CATEGORY = LEXICON.known("category");

  /** Wire value {@code "class"}: a reference to a {@code class}. */
  public static final GuidRefType CLASS = LEXICON.known("class");

  /** Wire value {@code "course"}: a reference to a {@code course}. */
  public static final GuidRefType COURSE = LEXICON.known("course");

  /** Wire value {@code "demographics"}: a reference to a {@code demographics}. */
  public static final GuidRefType DEMOGRAPHICS = LEXICON.known("demographics");

  /** Wire value {@code "enrollment"}: a reference to a {@code enrollment}. */
  public static final GuidRefType ENROLLMENT = LEXICON.known("enrollment");

  /** Wire value {@code "lineItem"}: a reference to a {@code lineItem}. */
  public static final GuidRefType LINE_ITEM = LEXICON.known("lineItem");

  /** Wire value {@code "org"}: a reference to a {@code org}. */
  public static final GuidRefType ORG = LEXICON.known("org");

  /** Wire value {@code "resource"}: a reference to a {@code resource}. */
  public static final GuidRefType RESOURCE = LEXICON.known("resource");

  /** Wire value {@code "result"}: a reference to a {@code result}. */
  public static final GuidRefType RESULT = LEXICON.known("result");

  /** Wire value {@code "student"}: a reference to a {@code student}. */
  public static final GuidRefType STUDENT = LEXICON.known("student");

  /** Wire value {@code "teacher"}: a reference to a {@code teacher}. */
  public static final GuidRefType TEACHER = LEXICON.known("teacher");

  /** Wire value {@code "user"}: a reference to a {@code user}. */
  public static final GuidRefType USER = LEXICON.known("user");

  /** Wire value {@code "scoreScale"}: a reference to a {@code scoreScale} (OneRoster 1.2). */
  public static final GuidRefType SCORE_SCALE = LEXICON.known("scoreScale");

  /**
   * Wire value {@code "assessmentLineItem"}: a reference to an {@code assessmentLineItem}
   * (OneRoster 1.2).
   */
  public static final GuidRefType ASSESSMENT_LINE_ITEM = LEXICON.known("assessmentLineItem");

  /** Wire value {@code "term"}: a reference to a {@code term}. */
  public static final GuidRefType TERM = LEXICON.known("term");

  /** Wire value {@code "gradingPeriod"}: a reference to a {@code gradingPeriod}. */
  public static final GuidRefType GRADING_PERIOD = LEXICON.known("gradingPeriod");

  private GuidRefType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static GuidRefType of(String wire) {
    return LEXICON.of(wire);
  }
}
