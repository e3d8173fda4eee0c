/**
 * Aeries rules for OneRoster4j, found by {@link java.util.ServiceLoader}; the vendor class is
 * exported so a caller may also pass an instance explicitly.
 */
module org.oneroster4j.aeries {
  requires transitive org.oneroster4j;

  exports org.oneroster4j.aeries;

  provides org.oneroster4j.spi.SisVendor with
      org.oneroster4j.aeries.AeriesVendor;
}
