package org.oneroster4j.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.oneroster4j.error.ValidationException.Violation;

/**
 * Reads a vendor's options from a {@link ConnectionRequest} and collects what is wrong with them,
 * so that {@link SisVendor#connect} can report every problem at once. Option names are compared
 * ignoring case; an option the vendor does not know is a problem (a typo would otherwise be
 * silently ignored), and so is one given twice under names that differ only in case. Problems name
 * the option as {@code options.<name>}. Never echoes a value that could be a secret: values are
 * only quoted by methods that parse numbers, booleans or choices.
 *
 * <pre>{@code
 * VendorOptions options = VendorOptions.of(request, "Aeries", List.of("scope", "titleMaxLength"));
 * int titleMax = options.nonNegativeInt("titleMaxLength", 50);
 * problems.addAll(options.problems());
 * }</pre>
 */
public final class VendorOptions {
  private final Map<String, String> byLowerName = new LinkedHashMap<>();
  private final List<Violation> problems = new ArrayList<>();

  private VendorOptions(Map<String, String> options, String vendorName, Collection<String> known) {
    Map<String, String> givenName = new HashMap<>();
    Set<String> knownLower = new TreeSet<>();
    for (String k : known) {
      knownLower.add(k.toLowerCase(Locale.ROOT));
    }
    for (Map.Entry<String, String> e : options.entrySet()) {
      String lower = e.getKey().strip().toLowerCase(Locale.ROOT);
      if (!knownLower.contains(lower)) {
        problems.add(
            new Violation(
                "options." + e.getKey(),
                "is not a "
                    + vendorName
                    + " option; "
                    + (known.isEmpty()
                        ? vendorName + " takes no options"
                        : "the options are " + String.join(", ", known))));
      } else if (byLowerName.containsKey(lower)) {
        // Names ignore case, so "titleMaxLength" and "TitleMaxLength" are one option given twice:
        // which value was meant cannot be told, and taking either would hide the mistake.
        problems.add(
            new Violation(
                "options." + e.getKey(),
                "is given twice (names ignore case: also as "
                    + givenName.get(lower)
                    + "); give it once"));
      } else {
        byLowerName.put(lower, e.getValue());
        givenName.put(lower, e.getKey());
      }
    }
  }

  /**
   * Starts reading {@code request}'s options.
   *
   * @param request the connection request
   * @param vendorName the vendor's display name, for messages
   * @param known every option name the vendor takes, in the order to list them
   * @return a reader that collects every problem
   */
  public static VendorOptions of(
      ConnectionRequest request, String vendorName, Collection<String> known) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(vendorName, "vendorName");
    Objects.requireNonNull(known, "known");
    return new VendorOptions(request.options(), vendorName, List.copyOf(known));
  }

  /**
   * {@return the option's value with surrounding spaces removed; empty when absent or blank}
   *
   * @param name the option's name
   */
  public Optional<String> text(String name) {
    String value = byLowerName.get(name.toLowerCase(Locale.ROOT));
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * {@return whether the option was given with a non-blank value}
   *
   * @param name the option's name
   */
  public boolean has(String name) {
    return text(name).isPresent();
  }

  /**
   * {@return a whole number ≥ 0, or {@code defaultValue} when absent; a malformed value is a
   * problem (and the default is returned)}
   *
   * @param name the option's name
   * @param defaultValue the value when the option is absent
   */
  public int nonNegativeInt(String name, int defaultValue) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new Violation(
            "options." + name,
            "is '"
                + VendorUrls.echo(text.get())
                + "'; type a whole number, 0 for no limit (default "
                + defaultValue
                + ")"));
    return defaultValue;
  }

  /**
   * {@code true} or {@code false} (ignoring case), or {@code defaultValue} when absent; anything
   * else is a problem.
   *
   * @param name the option's name
   * @param defaultValue the value when the option is absent
   * @return the value
   */
  public boolean bool(String name, boolean defaultValue) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    String v = text.get().toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    problems.add(
        new Violation(
            "options." + name,
            "is '"
                + VendorUrls.echo(text.get())
                + "'; type true or false (default "
                + defaultValue
                + ")"));
    return defaultValue;
  }

  /**
   * One of {@code allowed} (ignoring case, returned as listed), or {@code defaultValue} when
   * absent; anything else is a problem.
   *
   * @param name the option's name
   * @param allowed the accepted values
   * @param defaultValue the value when the option is absent
   * @return the value, as listed in {@code allowed}
   */
  public String choice(String name, List<String> allowed, String defaultValue) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(text.get())) {
        return a;
      }
    }
    problems.add(
        new Violation(
            "options." + name,
            "is '"
                + VendorUrls.echo(text.get())
                + "'; type one of "
                + String.join(", ", allowed)
                + " (default "
                + defaultValue
                + ")"));
    return defaultValue;
  }

  /**
   * Adds a problem about option {@code name}.
   *
   * @param name the option's name
   * @param message what happened and what to do about it
   */
  public void problem(String name, String message) {
    problems.add(new Violation("options." + name, message));
  }

  /** {@return every problem found so far, in order} */
  public List<Violation> problems() {
    return List.copyOf(problems);
  }
}
