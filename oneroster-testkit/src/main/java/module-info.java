/**
 * OneRoster4j testkit: a stateful fake OneRoster 1.1 or 1.2 SIS ({@link
 * org.oneroster4j.testkit.FakeSis}) on the JDK's HTTP server, and an optional JUnit 5 extension.
 */
module org.oneroster4j.testkit {
  requires transitive org.oneroster4j;
  requires com.fasterxml.jackson.databind;
  requires jdk.httpserver;
  requires static org.junit.jupiter.api;

  exports org.oneroster4j.testkit;
}
