package org.oneroster4j;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The OneRoster wire version a client speaks. One version-neutral model serves both; the version
 * chooses the endpoint paths, the JSON shapes, the OAuth scopes, the error body and the date rules.
 *
 * <p>Chosen with {@link OneRosterClient.Builder#version(OneRosterVersion)}, or detected from the
 * URL the administrator typed ({@code …/v1p1} is 1.1; {@code …/v1p2}, or a root ending in {@code
 * /ims/oneroster}, is 1.2), else the vendor's default.
 */
public enum OneRosterVersion {
  /** OneRoster 1.1: one base URL ending in {@code /ims/oneroster/v1p1}. */
  V1_1("1.1", "v1p1"),
  /**
   * OneRoster 1.2: a root ending in {@code /ims/oneroster} with one base per service ({@code
   * rostering/v1p2}, {@code gradebook/v1p2}, {@code resources/v1p2}); OAuth 2 only.
   */
  V1_2("1.2", "v1p2");

  private final String label;
  private final String pathSegment;

  OneRosterVersion(String label, String pathSegment) {
    this.label = label;
    this.pathSegment = pathSegment;
  }

  /** {@return the version as people write it: {@code "1.1"} or {@code "1.2"}} */
  public String label() {
    return label;
  }

  /** {@return the version as URLs and scope URIs write it: {@code "v1p1"} or {@code "v1p2"}} */
  public String pathSegment() {
    return pathSegment;
  }

  /**
   * {@return the version named by {@code text}: {@code 1.1}, {@code 1.2}, {@code v1p1}, {@code
   * v1p2}, {@code V1_1} or {@code V1_2}, ignoring case and surrounding blanks}
   *
   * @param text the text
   * @throws IllegalArgumentException naming the accepted spellings when {@code text} is none of
   *     them
   */
  public static OneRosterVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    return find(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown OneRoster version '"
                        + text.strip()
                        + "': use 1.1 or 1.2 (also accepted: v1p1, v1p2)"));
  }

  private static Optional<OneRosterVersion> find(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (OneRosterVersion v : values()) {
      if (t.equals(v.label)
          || t.equals(v.pathSegment)
          || t.equals(v.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "OneRoster " + label;
  }
}
