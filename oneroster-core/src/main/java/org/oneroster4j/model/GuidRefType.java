package org.oneroster4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Open vocabulary for the type of the entity a {@link GuidRef} points to: the known values are
 * constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Fully_Graded"} is {@link
 * ScoreStatus#FULLY_GRADED}); anything else becomes an unknown value that {@link #isKnown()}
 * reports and {@link #value()} returns unchanged. Two instances are equal when their wire values
 * are equal.
 */
public final class GuidRefType {
  private static final Map<String, GuidRefType> KNOWN = new HashMap<>();

  /** Wire value {@code "academicSession"}: a reference to a {@code academicSession}. */
  public static final GuidRefType ACADEMIC_SESSION = known("academicSession");

  /** Wire value {@code "category"}: a reference to a {@code category}. */
  public static final GuidRefType CATEGORY = known("category");

  /** Wire value {@code "class"}: a reference to a {@code class}. */
  public static final GuidRefType CLASS = known("class");

  /** Wire value {@code "course"}: a reference to a {@code course}. */
  public static final GuidRefType COURSE = known("course");

  /** Wire value {@code "demographics"}: a reference to a {@code demographics}. */
  public static final GuidRefType DEMOGRAPHICS = known("demographics");

  /** Wire value {@code "enrollment"}: a reference to a {@code enrollment}. */
  public static final GuidRefType ENROLLMENT = known("enrollment");

  /** Wire value {@code "lineItem"}: a reference to a {@code lineItem}. */
  public static final GuidRefType LINE_ITEM = known("lineItem");

  /** Wire value {@code "org"}: a reference to a {@code org}. */
  public static final GuidRefType ORG = known("org");

  /** Wire value {@code "resource"}: a reference to a {@code resource}. */
  public static final GuidRefType RESOURCE = known("resource");

  /** Wire value {@code "result"}: a reference to a {@code result}. */
  public static final GuidRefType RESULT = known("result");

  /** Wire value {@code "student"}: a reference to a {@code student}. */
  public static final GuidRefType STUDENT = known("student");

  /** Wire value {@code "teacher"}: a reference to a {@code teacher}. */
  public static final GuidRefType TEACHER = known("teacher");

  /** Wire value {@code "user"}: a reference to a {@code user}. */
  public static final GuidRefType USER = known("user");

  /** Wire value {@code "term"}: a reference to a {@code term}. */
  public static final GuidRefType TERM = known("term");

  /** Wire value {@code "gradingPeriod"}: a reference to a {@code gradingPeriod}. */
  public static final GuidRefType GRADING_PERIOD = known("gradingPeriod");

  private final String value;
  private final boolean known;

  private GuidRefType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static GuidRefType known(String value) {
    GuidRefType constant = new GuidRefType(value, true);
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
  public static GuidRefType of(String wire) {
    Objects.requireNonNull(wire, "wire");
    GuidRefType constant = KNOWN.get(wire);
    if (constant == null) {
      constant = KNOWN.get(fold(wire));
    }
    return constant != null ? constant : new GuidRefType(wire, false);
  }

  private static String fold(String wire) {
    return wire.replace(" ", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Returns the wire value, for example {@code "academicSession"}. */
  public String value() {
    return value;
  }

  /** Returns whether this is one of the values OneRoster 1.1 defines (one of the constants). */
  public boolean isKnown() {
    return known;
  }

  /** Returns whether {@code other} is a GuidRefType with the same wire value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof GuidRefType that && value.equals(that.value);
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
