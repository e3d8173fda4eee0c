package org.oneroster4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExportConnection;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.micrometer.OneRosterObservations;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health, secrets in Actuator's endpoints, and metrics, against the fake SIS over loopback. */
class OneRosterActuatorTest {
  private FakeSis sis;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  OneRosterAutoConfiguration.class,
                  OneRosterHealthAutoConfiguration.class,
                  OneRosterObservationAutoConfiguration.class,
                  EndpointAutoConfiguration.class,
                  HealthContributorAutoConfiguration.class,
                  HealthContributorRegistryAutoConfiguration.class,
                  HealthEndpointAutoConfiguration.class,
                  EnvironmentEndpointAutoConfiguration.class,
                  ConfigurationPropertiesReportEndpointAutoConfiguration.class,
                  ObservationAutoConfiguration.class,
                  MetricsAutoConfiguration.class,
                  CompositeMeterRegistryAutoConfiguration.class,
                  SimpleMetricsExportAutoConfiguration.class));

  @BeforeEach
  void start() {
    sis = FakeSis.builder().clientSecret("district-secret-value").build().start();
  }

  @AfterEach
  void stop() {
    sis.close();
  }

  private static HealthIndicator indicator(AssertableApplicationContext context, String name) {
    CompositeHealthContributor all =
        context.getBean("onerosterHealthContributor", CompositeHealthContributor.class);
    return (HealthIndicator) all.getContributor(name);
  }

  @Test
  void health_isUp_whenTheConnectionCheckPasses_andReachesTheHealthEndpoint() {
    runner
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .run(
            context -> {
              Health health = indicator(context, "district1").health();
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails())
                  .containsEntry("vendor", "generic")
                  .containsEntry("version", "1.1");
              assertThat(
                      context
                          .getBean(HealthEndpoint.class)
                          .healthForPath("oneroster", "district1")
                          .getStatus())
                  .isEqualTo(Status.UP);
            });
  }

  @Test
  void health_isDown_withTheProblem_whenTheSecretIsWrong() {
    runner
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .withPropertyValues("oneroster.connections.district1.client-secret=wrong-secret")
        .run(
            context -> {
              Health health = indicator(context, "district1").health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails())
                  .containsEntry("problem", "CREDENTIALS_REJECTED")
                  .containsEntry("httpStatus", 401);
              assertThat(health.getDetails().toString()).doesNotContain("wrong-secret");
            });
  }

  @Test
  void health_ofASlowSis_isDownWithinTheTimeLimit() {
    sis.faults().next(1).delay(Duration.ofSeconds(4));
    runner
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .withPropertyValues("oneroster.health.timeout=300ms")
        .run(
            context -> {
              long t0 = System.nanoTime();
              Health health = indicator(context, "district1").health();
              Duration took = Duration.ofNanos(System.nanoTime() - t0);

              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails()).containsEntry("problem", "TIMEOUT");
              assertThat(took).isLessThan(Duration.ofSeconds(3));
            });
  }

  @Test
  void health_requestsDuringASlowCheck_shareThatOneCheck() {
    sis.faults().next(1).delay(Duration.ofMillis(800));
    runner
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .withPropertyValues("oneroster.health.timeout=5s", "oneroster.health.cache-time-to-live=0s")
        .run(
            context -> {
              HealthIndicator indicator = indicator(context, "district1");
              List<CompletableFuture<Health>> probes = new ArrayList<>();
              for (int i = 0; i < 4; i++) {
                probes.add(CompletableFuture.supplyAsync(indicator::health));
              }
              for (CompletableFuture<Health> probe : probes) {
                assertThat(probe.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(Status.UP);
              }
              assertThat(sis.requests().stream().filter(r -> r.path().endsWith("/teachers")))
                  .hasSize(1);
            });
  }

  @Test
  void health_isCached_forItsTimeToLive() {
    runner
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .withPropertyValues("oneroster.health.cache-time-to-live=10m")
        .run(
            context -> {
              HealthIndicator indicator = indicator(context, "district1");
              assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
              int requests = sis.requests().size();

              assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

              assertThat(requests).isPositive();
              assertThat(sis.requests()).hasSize(requests);
            });
  }

  @Test
  void health_withoutCache_asksTheSisAgain() {
    runner
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .withPropertyValues("oneroster.health.cache-time-to-live=0s")
        .run(
            context -> {
              HealthIndicator indicator = indicator(context, "district1");
              indicator.health();
              int requests = sis.requests().size();

              indicator.health();

              assertThat(sis.requests().size()).isGreaterThan(requests);
            });
  }

  @Test
  void health_canBeSwitchedOff() {
    runner
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .withPropertyValues("management.health.oneroster.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("onerosterHealthContributor"));
  }

  @Test
  void secrets_areMasked_inEnvAndConfigprops_evenWhereValuesAreShown() {
    runner
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .withPropertyValues(
            "oneroster.connections.district1.vendor-key=vendor-key-value",
            "oneroster.connections.district1.vendor-secret=vendor-secret-value",
            // Endpoints exist only where exposed; JMX is the exposure a context without a web
            // server has.
            "spring.jmx.enabled=true",
            "management.endpoints.jmx.exposure.include=env,configprops",
            "management.endpoint.env.show-values=always",
            "management.endpoint.configprops.show-values=always")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              ObjectMapper json =
                  new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
              String env =
                  json.writeValueAsString(
                      context.getBean(EnvironmentEndpoint.class).environment(null));
              String configprops =
                  json.writeValueAsString(
                      context
                          .getBean(ConfigurationPropertiesReportEndpoint.class)
                          .configurationProperties());

              for (String shown : new String[] {env, configprops}) {
                // values are shown (the client id and vendor key are there) ...
                assertThat(shown).contains(sis.clientId()).contains("vendor-key-value");
                // ... but not the secrets
                assertThat(shown)
                    .doesNotContain("district-secret-value")
                    .doesNotContain("vendor-secret-value")
                    .contains("******");
              }
            });
  }

  @Test
  void anExport_isObservedAndCounted_throughTheApplicationsRegistries() {
    runner
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .withUserConfiguration(TestObservations.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(OneRosterObservations.class);
              GradeExportConnection connection = context.getBean(GradeExportConnection.class);

              ExportReport report = connection.exporter().export(gradebook(sis.seed()));

              assertThat(report.succeeded()).isTrue();
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertThat(
                      meters
                          .get(OneRosterObservations.EXPORT_ITEMS)
                          .tags("kind", "result", "action", "create", "outcome", "succeeded")
                          .counter()
                          .count())
                  .isEqualTo(report.results().created());
              assertThat(
                      meters
                          .get(OneRosterObservations.EXPORT_DURATION)
                          .tags("vendor", "generic", "outcome", "success")
                          .timer()
                          .count())
                  .isEqualTo(1);
              assertThat(
                      meters
                          .get(OneRosterObservations.REQUESTS)
                          .tags("method", "PUT", "endpoint", "/results/{sourcedId}")
                          .timer()
                          .count())
                  .isEqualTo(report.results().created());
              TestObservationRegistryAssert.assertThat(
                      context.getBean(TestObservationRegistry.class))
                  .hasObservationWithNameEqualTo(OneRosterObservations.EXPORT_DURATION)
                  .that()
                  .hasLowCardinalityKeyValue("outcome", "success")
                  .hasBeenStopped();
            });
  }

  @Test
  void withoutMicrometer_noObservationsAreMade() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                OneRosterAutoConfiguration.class, OneRosterObservationAutoConfiguration.class))
        .withPropertyValues(OneRosterAutoConfigurationTest.connection(sis, "district1"))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(OneRosterObservations.class);
              assertThat(context).doesNotHaveBean(ObservationRegistry.class);
            });
  }

  /** The application's observation registry, a test one to look into. */
  @Configuration(proxyBeanMethods = false)
  static class TestObservations {
    @Bean
    TestObservationRegistry observationRegistry() {
      return TestObservationRegistry.create();
    }
  }

  static Gradebook gradebook(Seed seed) {
    String classId = seed.classIdsOf(seed.teacherId()).get(0);
    Assignment.Builder quiz =
        Assignment.builder()
            .id("quiz-1")
            .title("Quiz 1")
            .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
            .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
            .maxPoints(10);
    for (String student : seed.studentIdsOf(classId).subList(0, 2)) {
      quiz.grade(Grade.builder().studentSourcedId(student).score(9).build());
    }
    return Gradebook.builder()
        .addClass(GradebookClass.builder().classSourcedId(classId).assignment(quiz.build()).build())
        .build();
  }
}
