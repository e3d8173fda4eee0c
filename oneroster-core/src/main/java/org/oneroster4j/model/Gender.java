package org.oneroster4j.model;

/**
 * Open vocabulary for a person's sex as recorded in demographics (OneRoster {@code sex}): the known
 * values are constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Female"} is {@link
 * Gender#FEMALE}); anything else becomes an unknown value that {@link #isKnown()} reports and
 * {@link #value()} returns unchanged. Two instances are equal when their wire values are equal.
 */
public final class Gender extends OpenVocabulary {
  private static final Lexicon<Gender> LEXICON = new Lexicon<>(Gender::new);

  /** Wire value {@code "male"}: male. */
  public static final Gender MALE = LEXICON.known("male");

  /** Wire value {@code "female"}: female. */
  public static final Gender FEMALE = LEXICON.known("female");

  /** Wire value {@code "unspecified"}: not given (OneRoster 1.2). */
  public static final Gender UNSPECIFIED = LEXICON.known("unspecified");

  /** Wire value {@code "other"}: other (OneRoster 1.2). */
  public static final Gender OTHER = LEXICON.known("other");

  private Gender(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static Gender of(String wire) {
    return LEXICON.of(wire);
  }
}
