package org.oneroster4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RequestGate;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.export.GradeExportConnection;
import org.oneroster4j.testkit.FakeSis;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Properties to beans, against the testkit's fake SIS over loopback HTTP. */
class OneRosterAutoConfigurationTest {
  private FakeSis sis;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(OneRosterAutoConfiguration.class));

  @BeforeEach
  void start() {
    sis = FakeSis.builder().clientSecret("district-secret-value").build().start();
  }

  @AfterEach
  void stop() {
    sis.close();
  }

  static String[] connection(FakeSis sis, String name) {
    String p = "oneroster.connections." + name + ".";
    return new String[] {
      p + "url=" + sis.adminUrl(),
      p + "token-url=" + sis.tokenUrl(),
      p + "client-id=" + sis.clientId(),
      p + "client-secret=" + sis.clientSecret(),
      p + "vendor=generic",
      p + "oneroster-version=1.1",
      p + "namespace=spring-lms"
    };
  }

  @Test
  void oneConnection_makesAWorkingClientAndConnection_injectableWithoutQualifier() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(OneRosterClient.class);
              assertThat(context).hasSingleBean(GradeExportConnection.class);
              OneRosterClient client = context.getBean(OneRosterClient.class);
              assertThat(client.teachers().stream().count()).isPositive();
              GradeExportConnection connection = context.getBean(GradeExportConnection.class);
              assertThat(connection.namespace()).isEqualTo("spring-lms");
              assertThat(connection.isGradeExportEnabled()).isTrue();
              assertThat(connection.client()).isSameAs(client);
              OneRosterConnections all = context.getBean(OneRosterConnections.class);
              assertThat(all.names()).containsExactly("district1");
              assertThat(all.client("district1")).isSameAs(client);
              assertThatThrownBy(() -> all.client("district9"))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageContaining("district9")
                  .hasMessageContaining("[district1]");
            });
  }

  @Test
  void everySetting_reachesTheClientAndConnection() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withPropertyValues(
            "oneroster.connections.district1.max-concurrency=3",
            "oneroster.connections.district1.request-timeout=5s",
            "oneroster.connections.district1.grade-export-enabled=false")
        .run(
            context -> {
              OneRosterClient client = context.getBean(OneRosterClient.class);
              assertThat(client.maxConcurrency()).isEqualTo(3);
              assertThat(client.vendor().id()).isEqualTo("generic");
              assertThat(context.getBean(GradeExportConnection.class).isGradeExportEnabled())
                  .isFalse();
            });
  }

  @Test
  void vendorOptions_keepTheCaseOfTheirNames() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withPropertyValues(
            "oneroster.connections.district1.vendor-options.organisationId=org-7",
            "oneroster.connections.district1.vendor-options[schoolYear]=2026")
        .run(
            context ->
                assertThat(
                        context
                            .getBean(OneRosterProperties.class)
                            .getConnections()
                            .get("district1")
                            .getVendorOptions())
                    .containsEntry("schoolYear", "2026")
                    .containsKey("organisationId"));
  }

  @Test
  void twoConnections_areBeansByName_qualifiedByTheirNames() {
    try (FakeSis other = FakeSis.builder().build().start()) {
      runner
          .withPropertyValues(connection(sis, "district1"))
          .withPropertyValues(connection(other, "district2"))
          .withUserConfiguration(NeedsDistrict2.class)
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBeansOfType(OneRosterClient.class))
                    .containsOnlyKeys("district1OneRosterClient", "district2OneRosterClient");
                assertThat(context.getBeansOfType(GradeExportConnection.class))
                    .containsOnlyKeys(
                        "district1GradeExportConnection", "district2GradeExportConnection");
                assertThat(context.getBean(NeedsDistrict2.class).client)
                    .isSameAs(context.getBean(OneRosterConnections.class).client("district2"));
                assertThat(context.getBean(NeedsDistrict2.class).client.baseUrl().getPort())
                    .isEqualTo(other.port());
              });
    }
  }

  @Test
  void noConnection_startsWithAnEmptyRegistry() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(OneRosterConnections.class).names()).isEmpty();
          assertThat(context).doesNotHaveBean(OneRosterClient.class);
        });
  }

  @Test
  void clients_areClosedWithTheContext() {
    List<OneRosterClient> clients = new ArrayList<>();
    runner
        .withPropertyValues(connection(sis, "district1"))
        .run(context -> clients.add(context.getBean(OneRosterClient.class)));

    assertThat(clients).hasSize(1);
    assertThatThrownBy(() -> clients.get(0).teachers().stream().count())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was closed");
  }

  @Test
  void aRequestGateBean_grantsEveryRequestOfEveryClient() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withUserConfiguration(CountingGateConfig.class)
        .run(
            context -> {
              context.getBean(OneRosterClient.class).teachers().stream().count();
              // the token request and the page of teachers
              assertThat(context.getBean(CountingGate.class).acquired.get()).isEqualTo(2);
            });
  }

  @Test
  void aCustomizerBean_changesEveryClientBuilder() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withUserConfiguration(CustomizerConfig.class)
        .run(context -> assertThat(context.getBean(OneRosterClient.class).pageSize()).isEqualTo(7));
  }

  @Test
  void missingUrl_failsTheStartup_namingTheProperty() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withPropertyValues("oneroster.connections.district1.url=")
        .run(context -> assertInvalid(context, "oneroster.connections.district1.url"));
  }

  @Test
  void aUrlThatIsNotHttp_failsTheStartup_namingTheProperty() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withPropertyValues("oneroster.connections.district1.url=ftp://sis.example.org/")
        .run(context -> assertInvalid(context, "oneroster.connections.district1.url"));
  }

  @Test
  void anUnknownVersion_failsTheStartup_namingThePropertyButNotTheSecret() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withPropertyValues("oneroster.connections.district1.oneroster-version=1.3")
        .run(
            context -> {
              InvalidConfigurationPropertyValueException e =
                  assertInvalid(context, "oneroster.connections.district1.oneroster-version");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Property oneroster.connections.district1.oneroster-version with value '1.3'"
                          + " is invalid: must be 1.1 or 1.2");
              assertThat(context.getStartupFailure())
                  .hasStackTraceContaining("oneroster-version")
                  .satisfies(
                      f -> assertThat(stackTrace(f)).doesNotContain("district-secret-value"));
            });
  }

  @Test
  void aMissingSecret_failsTheStartup_namingTheProperty() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withPropertyValues("oneroster.connections.district1.client-secret=")
        .run(context -> assertInvalid(context, "oneroster.connections.district1.client-secret"));
  }

  @Test
  void aVendorKeyWithoutSecret_failsTheStartup_namingTheMissingProperty() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withPropertyValues("oneroster.connections.district1.vendor-key=k")
        .run(context -> assertInvalid(context, "oneroster.connections.district1.vendor-secret"));
  }

  @Test
  void zeroConcurrency_failsTheStartup_namingTheProperty() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withPropertyValues("oneroster.connections.district1.max-concurrency=0")
        .run(context -> assertInvalid(context, "oneroster.connections.district1.max-concurrency"));
  }

  @Test
  void anUnknownVendor_failsTheStartup_namingTheConnectionAndTheBuildersReason() {
    runner
        .withPropertyValues(connection(sis, "district1"))
        .withPropertyValues("oneroster.connections.district1.vendor=no-such-sis")
        .run(
            context -> {
              InvalidConfigurationPropertyValueException e =
                  assertInvalid(context, "oneroster.connections.district1");
              assertThat(e.getMessage()).contains("no-such-sis");
            });
  }

  private static InvalidConfigurationPropertyValueException assertInvalid(
      AssertableApplicationContext context, String property) {
    assertThat(context).hasFailed();
    Optional<InvalidConfigurationPropertyValueException> found = Optional.empty();
    for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
      if (t instanceof InvalidConfigurationPropertyValueException e) {
        found = Optional.of(e);
      }
    }
    assertThat(found)
        .as("an InvalidConfigurationPropertyValueException in %s", context.getStartupFailure())
        .isPresent();
    assertThat(found.get().getName()).isEqualTo(property);
    assertThat(found.get().getMessage()).contains(property);
    return found.get();
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }

  /** Injects one of two clients by the connection's name. */
  static class NeedsDistrict2 {
    final OneRosterClient client;

    NeedsDistrict2(@Qualifier("district2") OneRosterClient client) {
      this.client = client;
    }
  }

  /** A gate of the application's own that counts the permits it grants. */
  static final class CountingGate implements RequestGate {
    final RequestGate local = RequestGate.local();
    final AtomicInteger acquired = new AtomicInteger();

    @Override
    public Optional<Permit> acquire(
        org.oneroster4j.RequestGateKey key, int concurrency, Duration maxWait)
        throws InterruptedException {
      acquired.incrementAndGet();
      return local.acquire(key, concurrency, maxWait);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class CountingGateConfig {
    @Bean
    CountingGate countingGate() {
      return new CountingGate();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class CustomizerConfig {
    @Bean
    OneRosterClientCustomizer pageSizeSeven() {
      return (name, builder) -> builder.pageSize(7).retryPolicy(RetryPolicy.none());
    }
  }
}
