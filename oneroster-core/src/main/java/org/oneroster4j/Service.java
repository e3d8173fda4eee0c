package org.oneroster4j;

/**
 * A OneRoster 1.2 service. In 1.2 each service has its own base URL ({@code
 * …/ims/oneroster/rostering/v1p2}, {@code …/gradebook/v1p2}, {@code …/resources/v1p2}); in 1.1 all
 * three share the one base ending in {@code /ims/oneroster/v1p1}.
 */
public enum Service {
  /** Orgs, academic sessions, courses, classes, users, enrollments, demographics. */
  ROSTERING("rostering"),
  /** Categories, line items, results and (1.2) score scales. */
  GRADEBOOK("gradebook"),
  /** Learning resources (not used by grade export). */
  RESOURCES("resources");

  private final String pathSegment;

  Service(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /**
   * {@return the service's segment in a 1.2 URL: {@code rostering}, {@code gradebook} or {@code
   * resources}}
   */
  public String pathSegment() {
    return pathSegment;
  }
}
