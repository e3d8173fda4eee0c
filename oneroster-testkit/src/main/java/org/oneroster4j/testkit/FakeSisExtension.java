package org.oneroster4j.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;

/**
 * JUnit 5 extension running a {@link FakeSis} for a test class. The server starts once, and its
 * state (gradebook, faults, recorded requests) is reset before every test unless {@link
 * #sharedState()} is used. {@link #client()} is a ready client of the server; test methods may also
 * take a {@code FakeSis} or a {@code OneRosterClient} parameter.
 *
 * <pre>{@code
 * @RegisterExtension static FakeSisExtension sis = FakeSisExtension.generic();
 *
 * @Test void findsTheTeachersClasses() {
 *   assertThat(sis.client().teacherClasses(sis.teacherEmail())).isNotEmpty();
 * }
 *
 * @Test void exportsGrades() {
 *   myExport(sis.baseUrl(), sis.tokenUrl(), sis.clientId(), sis.clientSecret());
 *   sis.gradebook().assertNoDuplicateLineItems().assertLineItemCount("class-1", 3);
 * }
 * }</pre>
 *
 * For OneRoster 1.2: {@code FakeSisExtension.generic().version(OneRosterVersion.V1_2)} (or {@code
 * infiniteCampus()}), then {@link #rootUrl()} and {@link #serviceUrl(Service)}.
 *
 * <p>Needs {@code org.junit.jupiter:junit-jupiter-api} on the test class path (an optional
 * dependency of the testkit).
 */
// "exports": JUnit is an optional (static) dependency on purpose; consumers using the extension
// have it, others never load this class.
@SuppressWarnings("exports")
public final class FakeSisExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback,
        ParameterResolver {
  private final FakeSis.Builder builder;
  private boolean resetBetweenTests = true;
  private FakeSis sis;
  private OneRosterClient client;
  private boolean perClass;

  private FakeSisExtension(FakeSis.Builder builder) {
    this.builder = builder;
  }

  /**
   * @return an extension running the {@code generic} flavour with {@link Seed#small()}
   */
  public static FakeSisExtension generic() {
    return vendor("generic");
  }

  /**
   * @return an extension running the {@code infinitecampus} flavour
   */
  public static FakeSisExtension infiniteCampus() {
    return vendor("infinitecampus");
  }

  /**
   * @return an extension running the {@code skyward} flavour
   */
  public static FakeSisExtension skyward() {
    return vendor("skyward");
  }

  /**
   * @param vendor a flavour id
   * @return an extension running that flavour with the default settings
   */
  public static FakeSisExtension vendor(String vendor) {
    return of(FakeSis.builder().vendor(vendor));
  }

  /**
   * @param builder a configured builder (seed, auth, clock…)
   * @return an extension running the server that builder builds
   */
  public static FakeSisExtension of(FakeSis.Builder builder) {
    return new FakeSisExtension(Objects.requireNonNull(builder, "builder"));
  }

  /**
   * Keeps the gradebook, faults and recorded requests from test to test.
   *
   * @return this extension
   */
  public FakeSisExtension sharedState() {
    resetBetweenTests = false;
    return this;
  }

  /**
   * The OneRoster version the server speaks (default 1.1); see {@link
   * FakeSis.Builder#version(OneRosterVersion)}. Call before the server starts.
   *
   * @param version the version
   * @return this extension
   */
  public FakeSisExtension version(OneRosterVersion version) {
    builder.version(version);
    return this;
  }

  /**
   * Adjusts the builder before the server starts, e.g. {@code .configure(b -> b.maxPageSize(50))}.
   *
   * @param change the change
   * @return this extension
   */
  public FakeSisExtension configure(Consumer<FakeSis.Builder> change) {
    change.accept(builder);
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    server();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FakeSis server = server();
    if (resetBetweenTests) {
      server.reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeSis.class || type == OneRosterClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == OneRosterClient.class ? client() : server();
  }

  /**
   * The running server, started on first use.
   *
   * @return the server
   */
  public synchronized FakeSis server() {
    if (sis == null) {
      sis = builder.build().start();
    }
    return sis;
  }

  /**
   * A client of the running server, built once by {@link FakeSis#clientBuilder()} and shared by the
   * tests (clients are immutable and thread-safe); see {@link #clientBuilder()} for variants.
   *
   * @return the client
   */
  public synchronized OneRosterClient client() {
    if (client == null) {
      client = server().client();
    }
    return client;
  }

  /**
   * A builder connected to the running server (see {@link FakeSis#clientBuilder()}), for a variant
   * of {@link #client()}: other retries, a vendor option, wrong credentials…
   *
   * @return a new builder
   */
  public OneRosterClient.Builder clientBuilder() {
    return server().clientBuilder();
  }

  private synchronized void stop() {
    client = null;
    if (sis != null) {
      sis.close();
      sis = null;
    }
  }

  /**
   * @return {@link FakeSis#baseUrl()}
   */
  public String baseUrl() {
    return server().baseUrl();
  }

  /**
   * @return {@link FakeSis#version()}
   */
  public OneRosterVersion version() {
    return server().version();
  }

  /**
   * @return {@link FakeSis#rootUrl()}
   */
  public String rootUrl() {
    return server().rootUrl();
  }

  /**
   * @param service a service
   * @return {@link FakeSis#serviceUrl(Service)}
   */
  public String serviceUrl(Service service) {
    return server().serviceUrl(service);
  }

  /**
   * @return {@link FakeSis#adminUrl()}
   */
  public String adminUrl() {
    return server().adminUrl();
  }

  /**
   * @return {@link FakeSis#tokenUrl()}
   */
  public String tokenUrl() {
    return server().tokenUrl();
  }

  /**
   * @return {@link FakeSis#clientId()}
   */
  public String clientId() {
    return server().clientId();
  }

  /**
   * @return {@link FakeSis#clientSecret()}
   */
  public String clientSecret() {
    return server().clientSecret();
  }

  /**
   * @return {@link FakeSis#vendorKey()}
   */
  public String vendorKey() {
    return server().vendorKey();
  }

  /**
   * @return {@link FakeSis#vendorSecret()}
   */
  public String vendorSecret() {
    return server().vendorSecret();
  }

  /**
   * @return {@link FakeSis#teacherEmail()}
   */
  public String teacherEmail() {
    return server().teacherEmail();
  }

  /**
   * @return {@link FakeSis#seed()}
   */
  public Seed seed() {
    return server().seed();
  }

  /**
   * @return {@link FakeSis#faults()}
   */
  public Faults faults() {
    return server().faults();
  }

  /**
   * @return {@link FakeSis#gradebook()}
   */
  public GradebookState gradebook() {
    return server().gradebook();
  }

  /**
   * @return {@link FakeSis#requests()}
   */
  public List<RecordedRequest> requests() {
    return server().requests();
  }
}
