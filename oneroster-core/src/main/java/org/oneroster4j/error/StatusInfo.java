package org.oneroster4j.error;

import java.util.Locale;

/**
 * One OneRoster status report ({@code imsx_StatusInfo}) sent by a SIS with an error or as a warning
 * beside data: major code, severity, minor code and description, each as sent.
 *
 * <p>SIS implementations spell the minor code in several ways ({@code unknown object}, {@code
 * unknownobject}, {@code unauthorized}); compare with {@link #normalizedCodeMinor()}.
 *
 * @param codeMajor {@code success}, {@code processing}, {@code failure} or {@code unsupported}, or
 *     null
 * @param severity {@code status}, {@code warning} or {@code error}, or null
 * @param codeMinor the minor code as sent, for example {@code invalid_filter_field}, or null
 * @param description the human-readable description, or null
 */
public record StatusInfo(String codeMajor, String severity, String codeMinor, String description) {

  /**
   * {@return the minor code in one canonical spelling, or null when there is none: lower case, with
   * spaces, underscores and hyphens removed, and the 1.1-era synonyms mapped to the 1.1 codes}
   *
   * <p>For example {@code "unknown object"} and {@code "unknownobject"} both give {@code
   * "unknownobject"}, {@code "Invalid Data"} gives {@code "invaliddata"}, {@code
   * "invalid_filter_field"} gives {@code "invalidfilterfield"}, and {@code "unauthorized"} gives
   * {@code "unauthorisedrequest"}.
   */
  public String normalizedCodeMinor() {
    if (codeMinor == null) {
      return null;
    }
    String folded = codeMinor.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    switch (folded) {
      case "unauthorized":
      case "unauthorised":
      case "unauthorizedrequest":
        return "unauthorisedrequest";
      default:
        return folded;
    }
  }
}
