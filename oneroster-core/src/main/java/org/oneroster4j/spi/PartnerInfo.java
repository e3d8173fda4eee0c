package org.oneroster4j.spi;

import java.util.Objects;

/**
 * One row of the SIS partnership status table: a vendor OneRoster4j knows about, whether its module
 * is on the class path or module path, and a note for the administrator.
 *
 * @param id the vendor id accepted by {@code OneRosterClient.builder().vendor(id)}, e.g. {@code
 *     "mysis"}
 * @param displayName the vendor's name as schools know it, e.g. {@code "My SIS"}
 * @param status the partnership status
 * @param moduleInstalled true when a {@link SisVendor} with this id was found by {@link
 *     java.util.ServiceLoader}
 * @param note what to do to use this vendor, or what its module does; never null
 */
public record PartnerInfo(
    String id, String displayName, PartnershipStatus status, boolean moduleInstalled, String note) {
  /**
   * Creates a row; every component is required.
   *
   * @param id the id
   * @param displayName the vendor's name as schools know it, e.g. {@code "My SIS"}
   * @param status the partnership status
   * @param moduleInstalled true when a {@link SisVendor} with this id was found by {@link
   *     java.util.ServiceLoader}
   * @param note what to do to use this vendor, or what its module does; never null
   */
  public PartnerInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
  }
}
