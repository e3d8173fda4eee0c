/**
 * OneRoster4j core: OneRoster 1.1 models, the client, auth, paging, errors, the vendor SPI and the
 * grade export engine.
 */
module org.oneroster4j {
  requires transitive java.net.http;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports org.oneroster4j;
  exports org.oneroster4j.error;
  exports org.oneroster4j.export;
  exports org.oneroster4j.json;
  exports org.oneroster4j.model;
  exports org.oneroster4j.query;
  exports org.oneroster4j.spi;

  uses org.oneroster4j.spi.SisVendor;

  provides org.oneroster4j.spi.SisVendor with
      org.oneroster4j.internal.vendor.GenericVendor;
}
