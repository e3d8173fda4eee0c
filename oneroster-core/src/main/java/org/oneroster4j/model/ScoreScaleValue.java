package org.oneroster4j.model;

import java.util.Objects;

/**
 * Immutable entry of a score scale (OneRoster 1.2 {@code scoreScaleValue} entry): a value on the
 * left-hand side that maps to one on the right-hand side, such as {@code "A"} to {@code "90"}.
 */
public final class ScoreScaleValue {
  private final String itemValueLHS;
  private final String itemValueRHS;

  private ScoreScaleValue(Builder b) {
    this.itemValueLHS = b.itemValueLHS;
    this.itemValueRHS = b.itemValueRHS;
  }

  /** {@return the left-hand value, or null} */
  public String itemValueLHS() {
    return itemValueLHS;
  }

  /** {@return the right-hand value, or null} */
  public String itemValueRHS() {
    return itemValueRHS;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder initialised with this ScoreScaleValue's values, to derive a modified copy}
   */
  public Builder toBuilder() {
    return new Builder().itemValueLHS(itemValueLHS).itemValueRHS(itemValueRHS);
  }

  /** Returns whether {@code other} is a ScoreScaleValue with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ScoreScaleValue that
        && Objects.equals(itemValueLHS, that.itemValueLHS)
        && Objects.equals(itemValueRHS, that.itemValueRHS);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(itemValueLHS, itemValueRHS);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "ScoreScaleValue["
        + "itemValueLHS="
        + itemValueLHS
        + ", itemValueRHS="
        + itemValueRHS
        + "]";
  }

  /**
   * Builds ScoreScaleValue values; every setter is named after the property and returns this
   * builder.
   */
  public static final class Builder {
    private String itemValueLHS;
    private String itemValueRHS;

    private Builder() {}

    /**
     * Sets the left-hand value; null clears it.
     *
     * @param itemValueLHS the value being mapped, such as {@code "A"}, or null
     * @return this builder
     */
    public Builder itemValueLHS(String itemValueLHS) {
      this.itemValueLHS = itemValueLHS;
      return this;
    }

    /**
     * Sets the right-hand value; null clears it.
     *
     * @param itemValueRHS the value it maps to, such as {@code "90"}, or null
     * @return this builder
     */
    public Builder itemValueRHS(String itemValueRHS) {
      this.itemValueRHS = itemValueRHS;
      return this;
    }

    /**
     * Builds the ScoreScaleValue.
     *
     * @return a new ScoreScaleValue with the values set so far
     */
    public ScoreScaleValue build() {
      return new ScoreScaleValue(this);
    }
  }
}
