package org.oneroster4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Open vocabulary for the kind of an organisation (OneRoster {@code orgType}): the known values are
 * constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Fully_Graded"} is {@link
 * ScoreStatus#FULLY_GRADED}); anything else becomes an unknown value that {@link #isKnown()}
 * reports and {@link #value()} returns unchanged. Two instances are equal when their wire values
 * are equal.
 */
public final class OrgType {
  private static final Map<String, OrgType> KNOWN = new HashMap<>();

  /** Wire value {@code "department"}: an org of type {@code department}. */
  public static final OrgType DEPARTMENT = known("department");

  /** Wire value {@code "district"}: an org of type {@code district}. */
  public static final OrgType DISTRICT = known("district");

  /** Wire value {@code "local"}: an org of type {@code local}. */
  public static final OrgType LOCAL = known("local");

  /** Wire value {@code "national"}: an org of type {@code national}. */
  public static final OrgType NATIONAL = known("national");

  /** Wire value {@code "school"}: an org of type {@code school}. */
  public static final OrgType SCHOOL = known("school");

  /** Wire value {@code "state"}: an org of type {@code state}. */
  public static final OrgType STATE = known("state");

  private final String value;
  private final boolean known;

  private OrgType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static OrgType known(String value) {
    OrgType constant = new OrgType(value, true);
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
  public static OrgType of(String wire) {
    Objects.requireNonNull(wire, "wire");
    OrgType constant = KNOWN.get(wire);
    if (constant == null) {
      constant = KNOWN.get(fold(wire));
    }
    return constant != null ? constant : new OrgType(wire, false);
  }

  private static String fold(String wire) {
    return wire.replace(" ", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Returns the wire value, for example {@code "department"}. */
  public String value() {
    return value;
  }

  /** Returns whether this is one of the values OneRoster 1.1 defines (one of the constants). */
  public boolean isKnown() {
    return known;
  }

  /** Returns whether {@code other} is a OrgType with the same wire value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof OrgType that && value.equals(that.value);
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
