package org.oneroster4j.model;

/**
 * Open vocabulary for the lifecycle status of an entity (OneRoster {@code status}): the known
 * values are constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Active"} is {@link
 * StatusType#ACTIVE}); anything else becomes an unknown value that {@link #isKnown()} reports and
 * {@link #value()} returns unchanged. Two instances are equal when their wire values are equal.
 */
public final class StatusType extends OpenVocabulary {
  private static final Lexicon<StatusType> LEXICON = new Lexicon<>(StatusType::new);

  /** Wire value {@code "active"}: the entity is in use. */
  public static final StatusType ACTIVE = LEXICON.known("active");

  /** Wire value {@code "tobedeleted"}: the entity is scheduled for deletion. */
  public static final StatusType TO_BE_DELETED = LEXICON.known("tobedeleted");

  private StatusType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static StatusType of(String wire) {
    return LEXICON.of(wire);
  }
}
