/**
 * Infinite Campus rules for OneRoster4j, found by {@link java.util.ServiceLoader}; the vendor class
 * is exported so a caller may also pass an instance explicitly.
 */
module org.oneroster4j.infinitecampus {
  requires transitive org.oneroster4j;
  requires org.slf4j;

  exports org.oneroster4j.infinitecampus;

  provides org.oneroster4j.spi.SisVendor with
      org.oneroster4j.infinitecampus.InfiniteCampusVendor;
}
