package org.oneroster4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Open vocabulary for the kind of a class (OneRoster {@code classType}): the known values are
 * constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Fully_Graded"} is {@link
 * ScoreStatus#FULLY_GRADED}); anything else becomes an unknown value that {@link #isKnown()}
 * reports and {@link #value()} returns unchanged. Two instances are equal when their wire values
 * are equal.
 */
public final class ClassType {
  private static final Map<String, ClassType> KNOWN = new HashMap<>();

  /** Wire value {@code "homeroom"}: a homeroom class. */
  public static final ClassType HOMEROOM = known("homeroom");

  /** Wire value {@code "scheduled"}: a scheduled class. */
  public static final ClassType SCHEDULED = known("scheduled");

  private final String value;
  private final boolean known;

  private ClassType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static ClassType known(String value) {
    ClassType constant = new ClassType(value, true);
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
  public static ClassType of(String wire) {
    Objects.requireNonNull(wire, "wire");
    ClassType constant = KNOWN.get(wire);
    if (constant == null) {
      constant = KNOWN.get(fold(wire));
    }
    return constant != null ? constant : new ClassType(wire, false);
  }

  private static String fold(String wire) {
    return wire.replace(" ", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Returns the wire value, for example {@code "homeroom"}. */
  public String value() {
    return value;
  }

  /** Returns whether this is one of the values OneRoster 1.1 defines (one of the constants). */
  public boolean isKnown() {
    return known;
  }

  /** Returns whether {@code other} is a ClassType with the same wire value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ClassType that && value.equals(that.value);
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
