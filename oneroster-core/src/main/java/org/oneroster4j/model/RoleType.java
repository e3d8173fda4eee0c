package org.oneroster4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Open vocabulary for the role of a user or enrollment (OneRoster {@code role}): the known values
 * are constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Fully_Graded"} is {@link
 * ScoreStatus#FULLY_GRADED}); anything else becomes an unknown value that {@link #isKnown()}
 * reports and {@link #value()} returns unchanged. Two instances are equal when their wire values
 * are equal.
 */
public final class RoleType {
  private static final Map<String, RoleType> KNOWN = new HashMap<>();

  /** Wire value {@code "administrator"}: the {@code administrator} role. */
  public static final RoleType ADMINISTRATOR = known("administrator");

  /** Wire value {@code "aide"}: the {@code aide} role. */
  public static final RoleType AIDE = known("aide");

  /** Wire value {@code "guardian"}: the {@code guardian} role. */
  public static final RoleType GUARDIAN = known("guardian");

  /** Wire value {@code "parent"}: the {@code parent} role. */
  public static final RoleType PARENT = known("parent");

  /** Wire value {@code "proctor"}: the {@code proctor} role. */
  public static final RoleType PROCTOR = known("proctor");

  /** Wire value {@code "relative"}: the {@code relative} role. */
  public static final RoleType RELATIVE = known("relative");

  /** Wire value {@code "student"}: the {@code student} role. */
  public static final RoleType STUDENT = known("student");

  /** Wire value {@code "teacher"}: the {@code teacher} role. */
  public static final RoleType TEACHER = known("teacher");

  private final String value;
  private final boolean known;

  private RoleType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static RoleType known(String value) {
    RoleType constant = new RoleType(value, true);
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
  public static RoleType of(String wire) {
    Objects.requireNonNull(wire, "wire");
    RoleType constant = KNOWN.get(wire);
    if (constant == null) {
      constant = KNOWN.get(fold(wire));
    }
    return constant != null ? constant : new RoleType(wire, false);
  }

  private static String fold(String wire) {
    return wire.replace(" ", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Returns the wire value, for example {@code "administrator"}. */
  public String value() {
    return value;
  }

  /** Returns whether this is one of the values OneRoster 1.1 defines (one of the constants). */
  public boolean isKnown() {
    return known;
  }

  /** Returns whether {@code other} is a RoleType with the same wire value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RoleType that && value.equals(that.value);
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
