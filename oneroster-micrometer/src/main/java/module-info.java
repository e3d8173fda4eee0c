/**
 * OneRoster4j Micrometer: Micrometer observations, timers and counters for OneRoster4j requests and
 * grade exports ({@link org.oneroster4j.micrometer.OneRosterObservations}).
 */
module org.oneroster4j.micrometer {
  requires transitive org.oneroster4j;
  requires transitive micrometer.observation;
  requires transitive micrometer.core;
  requires micrometer.commons;

  exports org.oneroster4j.micrometer;
}
