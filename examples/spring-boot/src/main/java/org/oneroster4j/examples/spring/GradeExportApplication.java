package org.oneroster4j.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that exports gradebooks to a SIS through {@code
 * oneroster-spring-boot-starter}: one connection, {@code demo}, configured in {@code
 * application.properties} and pointed at an embedded fake SIS ({@link EmbeddedSisConfiguration}),
 * so it runs with no setup.
 *
 * <pre>
 * mvn -pl examples/spring-boot -am compile exec:java
 * curl -s localhost:8080/sample-gradebook \
 *   | curl -s -H 'Content-Type: application/json' --data-binary @- localhost:8080/exports
 * curl -s localhost:8080/actuator/health
 * </pre>
 */
@SpringBootApplication
public class GradeExportApplication {

  /** Created by Spring. */
  public GradeExportApplication() {}

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments, for example {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(GradeExportApplication.class, args);
  }
}
