package org.oneroster4j.model;

/**
 * An open vocabulary value: one of the constants OneRoster defines, or any other value a SIS sent,
 * kept as it is instead of failing.
 *
 * <p>Two values are equal when they belong to the same vocabulary and their wire values are equal.
 */
public abstract sealed class OpenVocabulary
    permits ClassType,
        Gender,
        GuidRefType,
        OrgType,
        RoleKind,
        RoleType,
        ScoreStatus,
        SessionType,
        StatusType {
  private final String value;
  private final boolean known;

  OpenVocabulary(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  /** {@return the wire value, for example {@code "fully graded"}; never null} */
  public final String value() {
    return value;
  }

  /**
   * {@return whether this is one of the values OneRoster (1.1 or 1.2) defines (one of the
   * constants)} False for any other value a SIS sent, which is kept as it is.
   */
  public final boolean isKnown() {
    return known;
  }

  /** Returns whether {@code other} is a value of the same vocabulary with the same wire value. */
  @Override
  public final boolean equals(Object other) {
    return other instanceof OpenVocabulary that
        && getClass() == that.getClass()
        && value.equals(that.value);
  }

  /** Returns a hash code derived from the wire value. */
  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the wire value. */
  @Override
  public final String toString() {
    return value;
  }
}
