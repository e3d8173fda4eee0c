/**
 * OneRoster4j core: OneRoster 1.1 models, the client, auth, paging, errors, the vendor SPI and the
 * grade export engine.
 */
module org.oneroster4j {
  requires transitive java.net.http;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports org.oneroster4j.error;
}
