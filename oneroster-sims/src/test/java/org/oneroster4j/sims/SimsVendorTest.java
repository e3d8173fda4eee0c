package org.oneroster4j.sims;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.VendorConnection;

class SimsVendorTest {
  private static final String ORG = "5C030578-1832-4C66-80C4-0E5DEB68D3FE";
  private static final String LIVE_BASE = "https://oneroster.sims.co.uk/ims/oneroster/v1p1";
  private static final String LIVE_TOKEN = "https://sts.sims.co.uk/connect/token";
  private static final String SANDBOX_BASE =
      "https://simsid-partner-oneroster.azurewebsites.net/ims/oneroster/v1p1";
  private static final String SANDBOX_TOKEN =
      "https://simsid-partner-stsserver.azurewebsites.net/connect/token";

  private final SimsVendor vendor = new SimsVendor();

  private static ConnectionRequest.Builder request(String url) {
    ConnectionRequest.Builder b = ConnectionRequest.builder().option("organisationId", ORG);
    return url == null ? b : b.url(url);
  }

  private static String problems(ConnectionRequest request) {
    try {
      new SimsVendor().connect(request);
    } catch (ValidationException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a ValidationException for " + request);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://oneroster.sims.co.uk | " + LIVE_BASE + " | " + LIVE_TOKEN,
        "https://OneRoster.SIMS.co.uk/ | " + LIVE_BASE + " | " + LIVE_TOKEN,
        LIVE_BASE + "/ | " + LIVE_BASE + " | " + LIVE_TOKEN,
        "https://simsid-partner-oneroster.azurewebsites.net | "
            + SANDBOX_BASE
            + " | "
            + SANDBOX_TOKEN,
      })
  void connect_fixedHosts_giveFixedBaseAndTokenUrls(String typed, String base, String token) {
    VendorConnection c = vendor.connect(request(typed).build());
    assertThat(c.baseUrl()).isEqualTo(URI.create(base));
    assertThat(c.tokenUrl()).contains(URI.create(token));
  }

  @Test
  void connect_withoutUrl_usesTheLiveHost_orTheSandboxWhenSelected() {
    assertThat(vendor.connect(request(null).build()).baseUrl()).isEqualTo(URI.create(LIVE_BASE));
    VendorConnection sandbox =
        vendor.connect(request(null).option("environment", "sandbox").build());
    assertThat(sandbox.baseUrl()).isEqualTo(URI.create(SANDBOX_BASE));
    assertThat(sandbox.tokenUrl()).contains(URI.create(SANDBOX_TOKEN));
  }

  @Test
  void connect_otherHost_isRefused_namingTheFixedHost() {
    assertThat(problems(request("https://sims.school.org.uk").build()))
        .isEqualTo(
            "Invalid Capita SIMS connection settings (1 problem): url:"
                + " 'https://sims.school.org.uk' is not the live SIMS OneRoster host; Capita SIMS"
                + " serves OneRoster for every school at https://oneroster.sims.co.uk (partner"
                + " sandbox: set option environment=sandbox; a test server: set option"
                + " environment=custom)");
    assertThat(
            problems(
                request("https://oneroster.sims.co.uk").option("environment", "sandbox").build()))
        .contains("is not the sandbox SIMS OneRoster host")
        .contains("https://simsid-partner-oneroster.azurewebsites.net");
  }

  @Test
  void connect_explicitTokenUrl_mustBeTheFixedOne() {
    VendorConnection same =
        vendor.connect(request("https://oneroster.sims.co.uk").tokenUrl(LIVE_TOKEN + "/").build());
    assertThat(same.tokenUrl()).contains(URI.create(LIVE_TOKEN));
    assertThat(
            problems(
                request("https://oneroster.sims.co.uk")
                    .tokenUrl("https://sts.example.org/connect/token")
                    .build()))
        .contains(
            "tokenUrl: 'https://sts.example.org/connect/token' is not where SIMS ID issues tokens"
                + " for the live environment; leave the token URL unset (it is "
                + LIVE_TOKEN
                + ")");
  }

  @Test
  void connect_customOrLoopback_acceptsAnyHost_withAnExplicitTokenUrl() {
    VendorConnection loopback =
        vendor.connect(
            request("http://127.0.0.1:8123")
                .tokenUrl("http://127.0.0.1:8123/connect/token")
                .build());
    assertThat(loopback.baseUrl())
        .isEqualTo(URI.create("http://127.0.0.1:8123/ims/oneroster/v1p1"));
    assertThat(loopback.tokenUrl()).contains(URI.create("http://127.0.0.1:8123/connect/token"));
    VendorConnection custom =
        vendor.connect(
            request("https://proxy.example.org/sims")
                .option("environment", "custom")
                .tokenUrl("https://proxy.example.org/token")
                .build());
    assertThat(custom.baseUrl())
        .isEqualTo(URI.create("https://proxy.example.org/sims/ims/oneroster/v1p1"));
    assertThat(problems(request("http://localhost:8123").build()))
        .contains("tokenUrl: is missing; a SIMS connection to a server other than SIMS' own hosts");
  }

  @Test
  void tokenRequest_carriesTheOrganisationInAcrValues() {
    VendorConnection c = vendor.connect(request("https://oneroster.sims.co.uk").build());
    assertThat(c.tokenRequestParameters()).isEqualTo(Map.of("acr_values", "orgselection:" + ORG));
    assertThat(c.scope()).isEmpty();
    assertThat(c.keepsCookies()).isFalse();
    assertThat(c.headers("PUT", "/results/r1")).isEmpty();
  }

  @Test
  void tokenRequest_acrValuesAndScope_areConfigurable() {
    VendorConnection c =
        vendor.connect(
            request("https://oneroster.sims.co.uk")
                .option("acrValues", "tenant:{organisationId} idp:sims")
                .option("scope", "oneroster")
                .build());
    assertThat(c.tokenRequestParameters())
        .isEqualTo(Map.of("acr_values", "tenant:" + ORG + " idp:sims"));
    assertThat(c.scope()).contains("oneroster");
    assertThat(
            problems(
                request("https://oneroster.sims.co.uk").option("acrValues", "orgselect").build()))
        .contains(
            "options.acrValues: must contain {organisationId} where the organisation id goes"
                + " (default orgselection:{organisationId})");
  }

  @Test
  void organisationId_isRequired_withAClearMessage() {
    assertThat(problems(ConnectionRequest.builder().url("https://oneroster.sims.co.uk").build()))
        .isEqualTo(
            "Invalid Capita SIMS connection settings (1 problem): options.organisationId: is"
                + " missing; SIMS needs the school's organisation id (a GUID handed out with the"
                + " school's client id and secret by SIMS ID vendor management) in every token"
                + " request: set vendorOption(\"organisationId\", \"…\")");
    assertThat(
            problems(
                ConnectionRequest.builder()
                    .url("https://oneroster.sims.co.uk")
                    .option("organisationId", "5C03 0578")
                    .build()))
        .contains("options.organisationId: contains spaces or control characters");
  }

  @Test
  void badEnvironment_isReported() {
    assertThat(
            problems(request("https://oneroster.sims.co.uk").option("environment", "prod").build()))
        .contains("options.environment: is 'prod'; type one of live, sandbox, custom");
  }

  @Test
  void lineItemRules_unknownRulesAreConservative() {
    LineItemRules rules = vendor.lineItemRules();
    assertThat(rules.categoryPolicy()).isEqualTo(CategoryPolicy.MATCH_OR_OMIT);
    assertThat(rules.deletesPropagate()).isFalse();
    assertThat(rules.dueDateRequired()).isTrue();
    assertThat(rules.titleMaxLength()).isZero();
    assertThat(rules.commentMaxLength()).isZero();
    VendorConnection c =
        vendor.connect(
            request("https://oneroster.sims.co.uk").option("deletesPropagate", "true").build());
    assertThat(c.lineItemRules().orElseThrow().deletesPropagate()).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://oneroster.sims.co.uk, true",
    "https://sts.sims.co.uk/connect/token, true",
    "https://simsid-partner-oneroster.azurewebsites.net, true",
    "https://other.azurewebsites.net, false",
    "https://sims.co.uk.example.org, false",
    "https://notsims.co.uk, false",
  })
  void detects_simsHosts(String url, boolean detected) {
    assertThat(vendor.detects(URI.create(url))).isEqualTo(detected);
  }

  @Test
  void identity() {
    assertThat(vendor.id()).isEqualTo("sims");
    assertThat(vendor.displayName()).isEqualTo("Capita SIMS");
    assertThat(vendor.status()).isEqualTo(PartnershipStatus.AVAILABLE);
    assertThat(vendor.defaultConcurrency()).isEqualTo(2);
    assertThat(vendor.defaultPageSize()).isEqualTo(1000);
    assertThat(vendor).hasToString("SisVendor[sims]");
  }

  @Test
  void connectionToString_showsNoOrganisationOrAcrValues() {
    VendorConnection c = vendor.connect(request("https://oneroster.sims.co.uk").build());
    assertThat(c.toString()).contains(LIVE_BASE).doesNotContain(ORG);
  }

  @Test
  void explainAuthFailure_namesPerSchoolClientsAndTheInferredAcrValues() {
    assertThat(vendor.explainAuthFailure(401, "GET", "/orgs", false))
        .get()
        .asString()
        .contains("one client per school")
        .contains("orgselection:{organisationId} is inferred");
    assertThat(vendor.explainAuthFailure(403, "PUT", "/results/r1", false))
        .get()
        .asString()
        .contains("mark sheet");
    assertThat(vendor.explainAuthFailure(404, "GET", "/orgs", false)).isEmpty();
  }
}
