package org.oneroster4j.export;

import java.util.Objects;

/**
 * A student on the SIS roster of a class, as shown to a teacher resolving unmatched students.
 *
 * @param sourcedId the SIS sourcedId
 * @param email the email, or null
 * @param givenName the given name, or null
 * @param familyName the family name, or null
 */
public record SisStudent(String sourcedId, String email, String givenName, String familyName) {

  /**
   * Validates the components.
   *
   * @param sourcedId the SIS sourcedId
   * @param email the email, or null
   * @param givenName the given name, or null
   * @param familyName the family name, or null
   */
  public SisStudent {
    Objects.requireNonNull(sourcedId, "sourcedId");
  }

  @Override
  public String toString() {
    return "SisStudent[sourcedId=" + sourcedId + "]";
  }
}
