package org.oneroster4j.model;

/**
 * Open vocabulary for whether a {@link Role} is a user's primary or a secondary role in its org
 * (OneRoster 1.2 {@code roleType}): the known values are constants, and any other value a SIS sends
 * is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens; anything else becomes an unknown value that
 * {@link #isKnown()} reports and {@link #value()} returns unchanged. Two instances are equal when
 * their wire values are equal.
 */
public final class RoleKind extends OpenVocabulary {
  private static final Lexicon<RoleKind> LEXICON = new Lexicon<>(RoleKind::new);

  /** Wire value {@code "primary"}: the user's one primary role in the org. */
  public static final RoleKind PRIMARY = LEXICON.known("primary");

  /** Wire value {@code "secondary"}: another role of the user in the org. */
  public static final RoleKind SECONDARY = LEXICON.known("secondary");

  private RoleKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static RoleKind of(String wire) {
    return LEXICON.of(wire);
  }
}
