/**
 * Spring Boot auto-configuration for OneRoster4j: {@code oneroster.connections.<name>.*} properties
 * become {@link org.oneroster4j.OneRosterClient} and {@link
 * org.oneroster4j.export.GradeExportConnection} beans ({@link
 * org.oneroster4j.spring.OneRosterConnections}), with Actuator health per connection and Micrometer
 * observations.
 */
package org.oneroster4j.spring;
