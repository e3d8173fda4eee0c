package org.oneroster4j.model;

/**
 * Open vocabulary for the kind of an organisation (OneRoster {@code orgType}): the known values are
 * constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "National"} is {@link
 * OrgType#NATIONAL}); anything else becomes an unknown value that {@link #isKnown()} reports and
 * {@link #value()} returns unchanged. Two instances are equal when their wire values are equal.
 */
public final class OrgType extends OpenVocabulary {
  private static final Lexicon<OrgType> LEXICON = new Lexicon<>(OrgType::new);

  /** Wire value {@code "department"}: an org of type {@code department}. */
  public static final OrgType DEPARTMENT = LEXICON.known("department");

  /** Wire value {@code "district"}: an org of type {@code district}. */
  public static final OrgType DISTRICT = LEXICON.known("district");

  /** Wire value {@code "local"}: an org of type {@code local}. */
  public static final OrgType LOCAL = LEXICON.known("local");

  /** Wire value {@code "national"}: an org of type {@code national}. */
  public static final OrgType NATIONAL = LEXICON.known("national");

  /** Wire value {@code "school"}: an org of type {@code school}. */
  public static final OrgType SCHOOL = LEXICON.known("school");

  /** Wire value {@code "state"}: an org of type {@code state}. */
  public static final OrgType STATE = LEXICON.known("state");

  private OrgType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static OrgType of(String wire) {
    return LEXICON.of(wire);
  }
}
