package org.oneroster4j.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The known values of one open vocabulary, looked up by exact wire value or after ignoring case,
 * spaces, underscores and hyphens (so {@code "Fully_Graded"} finds {@code "fully graded"}).
 */
final class Lexicon<T extends OpenVocabulary> {
  /** Creates a vocabulary value from its wire string and whether it is known. */
  @FunctionalInterface
  interface Factory<T> {
    T create(String value, boolean known);
  }

  private final Map<String, T> known = new HashMap<>();
  private final Factory<T> factory;

  Lexicon(Factory<T> factory) {
    this.factory = factory;
  }

  /** Registers and returns the constant for a value OneRoster defines. */
  T known(String value) {
    T constant = factory.create(value, true);
    known.put(value, constant);
    known.put(fold(value), constant);
    return constant;
  }

  /** The constant matching {@code wire}, or a new unknown value that keeps it unchanged. */
  T of(String wire) {
    Objects.requireNonNull(wire, "wire");
    T constant = known.get(wire);
    if (constant == null) {
      constant = known.get(fold(wire));
    }
    return constant != null ? constant : factory.create(wire, false);
  }

  private static String fold(String wire) {
    return wire.replace(" ", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }
}
