package org.oneroster4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Open vocabulary for the lifecycle status of an entity (OneRoster {@code status}): the known
 * values are constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Fully_Graded"} is {@link
 * ScoreStatus#FULLY_GRADED}); anything else becomes an unknown value that {@link #isKnown()}
 * reports and {@link #value()} returns unchanged. Two instances are equal when their wire values
 * are equal.
 */
public final class StatusType {
  private static final Map<String, StatusType> KNOWN = new HashMap<>();

  /** Wire value {@code "active"}: the entity is in use. */
  public static final StatusType ACTIVE = known("active");

  /** Wire value {@code "tobedeleted"}: the entity is scheduled for deletion. */
  public static final StatusType TO_BE_DELETED = known("tobedeleted");

  private final String value;
  private final boolean known;

  private StatusType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static StatusType known(String value) {
    StatusType constant = new StatusType(value, true);
    KNOWN.put(value, constant);
    KNOWN.put(fold(value), constant);
    return constant;
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static StatusType of(String wire) {
    Objects.requireNonNull(wire, "wire");
    StatusType constant = KNOWN.get(wire);
    if (constant == null) {
      constant = KNOWN.get(fold(wire));
    }
    return constant != null ? constant : new StatusType(wire, false);
  }

  private static String fold(String wire) {
    return wire.replace(" ", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Returns the wire value, for example {@code "active"}. */
  public String value() {
    return value;
  }

  /** Returns whether this is one of the values OneRoster 1.1 defines (one of the constants). */
  public boolean isKnown() {
    return known;
  }

  /** Returns whether {@code other} is a StatusType with the same wire value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof StatusType that && value.equals(that.value);
  }

  /** Returns a hash code derived from the wire value. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the wire value. */
  @Override
  public String toString() {
    return value;
  }
}
