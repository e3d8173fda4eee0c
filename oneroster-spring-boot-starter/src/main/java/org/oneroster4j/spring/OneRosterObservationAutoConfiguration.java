package org.oneroster4j.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.oneroster4j.RequestListener;
import org.oneroster4j.export.ExportListener;
import org.oneroster4j.micrometer.OneRosterObservations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer observations of every configured connection, when {@code oneroster-micrometer} is on
 * the class path and the context has an {@link ObservationRegistry} and a {@link MeterRegistry}
 * (Spring Boot Actuator makes both): the request and export listeners of {@link
 * OneRosterObservations}, which {@link OneRosterAutoConfiguration} gives every client and
 * connection.
 */
@AutoConfiguration(
    before = OneRosterAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass({OneRosterObservations.class, ObservationRegistry.class, MeterRegistry.class})
@ConditionalOnBean({ObservationRegistry.class, MeterRegistry.class})
public class OneRosterObservationAutoConfiguration {

  /** Creates the auto-configuration. */
  public OneRosterObservationAutoConfiguration() {}

  /**
   * The bindings to the application's registries.
   *
   * @param observations the observation registry
   * @param meters the meter registry
   * @return the bindings
   */
  @Bean
  @ConditionalOnMissingBean
  public OneRosterObservations oneRosterObservations(
      ObservationRegistry observations, MeterRegistry meters) {
    return OneRosterObservations.of(observations, meters);
  }

  /**
   * Observes every HTTP attempt of every configured client.
   *
   * @param observations the bindings
   * @return the listener
   */
  @Bean
  public RequestListener oneRosterObservationsRequestListener(OneRosterObservations observations) {
    return observations.requestListener();
  }

  /**
   * Observes every export through a configured connection.
   *
   * @param observations the bindings
   * @return the listener
   */
  @Bean
  public ExportListener oneRosterObservationsExportListener(OneRosterObservations observations) {
    return observations.exportListener();
  }
}
