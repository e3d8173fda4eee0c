package org.oneroster4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Open vocabulary for the status of a result's score (OneRoster {@code scoreStatus}): the known
 * values are constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Fully_Graded"} is {@link
 * ScoreStatus#FULLY_GRADED}); anything else becomes an unknown value that {@link #isKnown()}
 * reports and {@link #value()} returns unchanged. Two instances are equal when their wire values
 * are equal.
 */
public final class ScoreStatus {
  private static final Map<String, ScoreStatus> KNOWN = new HashMap<>();

  /**
   * Wire value {@code "exempt"}: the student is exempt; the result does not count toward summative
   * assessment.
   */
  public static final ScoreStatus EXEMPT = known("exempt");

  /** Wire value {@code "fully graded"}: grading is complete. */
  public static final ScoreStatus FULLY_GRADED = known("fully graded");

  /** Wire value {@code "not submitted"}: the student has not submitted the work. */
  public static final ScoreStatus NOT_SUBMITTED = known("not submitted");

  /** Wire value {@code "partially graded"}: further scoring is pending; not for summative use. */
  public static final ScoreStatus PARTIALLY_GRADED = known("partially graded");

  /** Wire value {@code "submitted"}: submitted and final; changes only through a formal review. */
  public static final ScoreStatus SUBMITTED = known("submitted");

  private final String value;
  private final boolean known;

  private ScoreStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static ScoreStatus known(String value) {
    ScoreStatus constant = new ScoreStatus(value, true);
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
  public static ScoreStatus of(String wire) {
    Objects.requireNonNull(wire, "wire");
    ScoreStatus constant = KNOWN.get(wire);
    if (constant == null) {
      constant = KNOWN.get(fold(wire));
    }
    return constant != null ? constant : new ScoreStatus(wire, false);
  }

  private static String fold(String wire) {
    return wire.replace(" ", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Returns the wire value, for example {@code "exempt"}. */
  public String value() {
    return value;
  }

  /** Returns whether this is one of the values OneRoster 1.1 defines (one of the constants). */
  public boolean isKnown() {
    return known;
  }

  /** Returns whether {@code other} is a ScoreStatus with the same wire value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ScoreStatus that && value.equals(that.value);
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
