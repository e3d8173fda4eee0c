package org.oneroster4j.spi;

/** How far the partnership with an SIS vendor has come. */
public enum PartnershipStatus {
  /** Supported: the vendor's rules are encoded and tested against what the vendor documents. */
  AVAILABLE,
  /**
   * Being piloted: known to the registry, rules not yet encoded in a module, or encoded but not yet
   * confirmed against a live system of that vendor.
   */
  PILOT
}
