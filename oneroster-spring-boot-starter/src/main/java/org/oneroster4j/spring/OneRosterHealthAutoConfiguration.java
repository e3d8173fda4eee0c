package org.oneroster4j.spring;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health for every configured SIS connection: {@code /actuator/health/oneroster/<name>},
 * up when the read-only connection check passes, down with the problem and what to change
 * otherwise. Each check is limited by {@code oneroster.health.timeout} and its result reused for
 * {@code oneroster.health.cache-time-to-live}; {@code management.health.oneroster.enabled=false}
 * switches it off.
 */
@AutoConfiguration(
    after = OneRosterAutoConfiguration.class,
    beforeName =
        "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("oneroster")
public class OneRosterHealthAutoConfiguration {

  /** Creates the auto-configuration. */
  public OneRosterHealthAutoConfiguration() {}

  /**
   * The worker threads of the checks: daemon threads, at most one busy per connection at a time,
   * shut down with the context.
   *
   * @return the executor
   */
  @Bean(destroyMethod = "shutdownNow")
  ExecutorService oneRosterHealthExecutor() {
    return Executors.newCachedThreadPool(
        r -> {
          Thread t = new Thread(r, "oneroster4j-health");
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * A health indicator per connection, under the name {@code oneroster}.
   *
   * @param connections the connections
   * @param properties the {@code oneroster.*} properties
   * @param oneRosterHealthExecutor where checks run
   * @return the composite contributor
   */
  @Bean
  @ConditionalOnMissingBean(name = "onerosterHealthContributor")
  CompositeHealthContributor onerosterHealthContributor(
      OneRosterConnections connections,
      OneRosterProperties properties,
      ExecutorService oneRosterHealthExecutor) {
    OneRosterProperties.Health health = properties.getHealth();
    Duration timeout = health.getTimeout();
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new InvalidConfigurationPropertyValueException(
          "oneroster.health.timeout", timeout, "must be positive");
    }
    Duration ttl = health.getCacheTimeToLive();
    if (ttl == null || ttl.isNegative()) {
      throw new InvalidConfigurationPropertyValueException(
          "oneroster.health.cache-time-to-live", ttl, "must be zero or more");
    }
    Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
    for (String name : connections.names()) {
      indicators.put(
          name,
          new ConnectionHealthIndicator(
              connections.connection(name),
              oneRosterHealthExecutor,
              timeout,
              ttl,
              Clock.systemUTC()));
    }
    return CompositeHealthContributor.fromMap(indicators);
  }
}
