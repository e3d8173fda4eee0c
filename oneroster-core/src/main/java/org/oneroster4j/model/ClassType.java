package org.oneroster4j.model;

/**
 * Open vocabulary for the kind of a class (OneRoster {@code classType}): the known values are
 * constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Scheduled"} is {@link
 * ClassType#SCHEDULED}); anything else becomes an unknown value that {@link #isKnown()} reports and
 * {@link #value()} returns unchanged. Two instances are equal when their wire values are equal.
 */
public final class ClassType extends OpenVocabulary {
  private static final Lexicon<ClassType> LEXICON = new Lexicon<>(ClassType::new);

  /** Wire value {@code "homeroom"}: a homeroom class. */
  public static final ClassType HOMEROOM = LEXICON.known("homeroom");

  /** Wire value {@code "scheduled"}: a scheduled class. */
  public static final ClassType SCHEDULED = LEXICON.known("scheduled");

  private ClassType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static ClassType of(String wire) {
    return LEXICON.of(wire);
  }
}
