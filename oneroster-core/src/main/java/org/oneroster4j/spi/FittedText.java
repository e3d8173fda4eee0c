package org.oneroster4j.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A text shortened (or not) to a SIS's length limit, with the warning to report when it was.
 * Produced by {@link LineItemRules#fitTitle} and {@link LineItemRules#fitComment}.
 *
 * @param text the text to send; never null
 * @param truncated whether {@code text} is shorter than the original
 * @param originalLength the original length in characters (Unicode code points)
 * @param limit the limit applied, 0 when there is none
 * @param field the field, e.g. {@code "title"}
 */
public record FittedText(
    String text, boolean truncated, int originalLength, int limit, String field) {

  /**
   * Creates a value; {@code text} and {@code field} are required.
   *
   * @param text the text
   * @param truncated whether {@code text} is shorter than the original
   * @param originalLength the original length in characters (Unicode code points)
   * @param limit the limit applied, 0 when there is none
   * @param field the field, e.g. {@code "title"}
   */
  public FittedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
  }

  /**
   * Shortens {@code original} to at most {@code limit} Unicode code points (never splitting a
   * surrogate pair), dropping whitespace left dangling at the cut. A limit of 0 means no limit.
   *
   * @param field the field name used in the warning, e.g. {@code "title"}
   * @param original the text; null is treated as empty
   * @param limit the maximum length, 0 for none
   * @return the text that fits, and a warning when it was shortened
   */
  public static FittedText fit(String field, String original, int limit) {
    Objects.requireNonNull(field, "field");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (none) or positive, was " + limit);
    }
    String text = original == null ? "" : original;
    int length = text.codePointCount(0, text.length());
    if (limit == 0 || length <= limit) {
      return new FittedText(text, false, length, limit, field);
    }
    String cut = text.substring(0, text.offsetByCodePoints(0, limit)).stripTrailing();
    return new FittedText(cut, true, length, limit, field);
  }

  /**
   * {@return the warning to show when the text was shortened, for example {@code title shortened
   * from 62 to 50 characters (the SIS accepts at most 50): "Unit 3 …"}; empty when it was not}
   */
  public Optional<String> warning() {
    if (!truncated) {
      return Optional.empty();
    }
    return Optional.of(
        field
            + " shortened from "
            + originalLength
            + " to "
            + text.codePointCount(0, text.length())
            + " characters (the SIS accepts at most "
            + limit
            + "): \""
            + text
            + "\"");
  }
}
