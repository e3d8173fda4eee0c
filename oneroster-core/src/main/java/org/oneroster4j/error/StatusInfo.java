package org.oneroster4j.error;

import java.util.Locale;

/**
 * Temporary stand-in with the contract's shape; the model branch owns the real type and replaces
 * this file on merge.
 */
public record StatusInfo(String codeMajor, String severity, String codeMinor, String description) {

  /** The codeMinor lower-cased with spaces and underscores removed, or null. */
  public String normalizedCodeMinor() {
    if (codeMinor == null) {
      return null;
    }
    String n = codeMinor.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
    return n.equals("unauthorized") ? "unauthorisedrequest" : n;
  }
}
