package org.oneroster4j.aeries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.VendorConnection;

class AeriesVendorTest {
  private static final String BASE = "https://demo.aeries.net/aeries/ims/oneroster/v1p1";
  private static final String TOKEN = "https://demo.aeries.net/aeries/token";

  private final AeriesVendor vendor = new AeriesVendor();

  private VendorConnection connect(String url) {
    return vendor.connect(ConnectionRequest.builder().url(url).build());
  }

  private static String problems(ConnectionRequest request) {
    try {
      new AeriesVendor().connect(request);
    } catch (ValidationException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a ValidationException for " + request);
  }

  private static String urlProblem(String url) {
    return problems(ConnectionRequest.builder().url(url).build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The site address with its sub-directory, as the admin copies it.
        "https://demo.aeries.net/aeries | " + BASE + " | " + TOKEN,
        "https://demo.aeries.net/aeries/ | " + BASE + " | " + TOKEN,
        "  https://Demo.Aeries.NET/aeries//  | " + BASE + " | " + TOKEN,
        // The full OneRoster URL as typed, with or without a trailing slash.
        BASE + " | " + BASE + " | " + TOKEN,
        BASE + "/ | " + BASE + " | " + TOKEN,
        "https://demo.aeries.net/aeries/ims/oneroster | " + BASE + " | " + TOKEN,
        // Hosted district: sub-directory "admin"; its case is kept.
        "https://districtapi.aeries.net/admin | https://districtapi.aeries.net/admin/ims/oneroster/v1p1"
            + " | https://districtapi.aeries.net/admin/token",
        "https://districtapi.aeries.net/Admin | https://districtapi.aeries.net/Admin/ims/oneroster/v1p1"
            + " | https://districtapi.aeries.net/Admin/token",
        // Self-hosted Aeries on a district host with a port, and deeper sub-directories.
        "https://sis.district.org:8443/aeries/api | https://sis.district.org:8443/aeries/api/ims/oneroster/v1p1"
            + " | https://sis.district.org:8443/aeries/api/token",
        // Loopback test server.
        "http://127.0.0.1:8080/aeries | http://127.0.0.1:8080/aeries/ims/oneroster/v1p1"
            + " | http://127.0.0.1:8080/aeries/token",
      })
  void connect_normalisesTheUrl_andDerivesTheTokenUrl(String typed, String base, String token) {
    VendorConnection c = connect(typed);
    assertThat(c.baseUrl()).isEqualTo(URI.create(base));
    assertThat(c.tokenUrl()).contains(URI.create(token));
  }

  @Test
  void connect_bareHost_isRefused_tellingToCopyTheLoginPageUpToTheLastSlash() {
    assertThat(urlProblem("https://demo.aeries.net"))
        .isEqualTo(
            "Invalid Aeries connection settings (1 problem): url: 'https://demo.aeries.net' has no"
                + " sub-directory; Aeries serves OneRoster under the Aeries site's sub-directory,"
                + " e.g. https://demo.aeries.net/aeries. Open the Aeries login page and copy its"
                + " address up to the last '/'");
    assertThat(urlProblem("https://demo.aeries.net/")).contains("has no sub-directory");
    assertThat(urlProblem("https://demo.aeries.net/ims/oneroster/v1p1"))
        .contains("has no sub-directory");
  }

  @Test
  void connect_loginPage_isRefused_withTheAddressUpToTheLastSlash() {
    assertThat(urlProblem("https://demo.aeries.net/aeries/LoginParent.aspx"))
        .isEqualTo(
            "Invalid Aeries connection settings (1 problem): url:"
                + " 'https://demo.aeries.net/aeries/LoginParent.aspx' is a page of the Aeries"
                + " site; type its address up to the last '/': https://demo.aeries.net/aeries");
    assertThat(urlProblem("https://demo.aeries.net/Login.aspx")).contains("has no sub-directory");
  }

  @Test
  void connect_tokenUrlTypedAsUrl_isRefused() {
    assertThat(urlProblem(TOKEN))
        .contains("is a token address; type the Aeries address with its sub-directory")
        .contains("the token URL is derived from it");
  }

  @Test
  void connect_endpointOr12Url_isRefused() {
    assertThat(urlProblem(BASE + "/orgs"))
        .contains("points at an endpoint inside the OneRoster API (/orgs)")
        .contains(BASE);
    assertThat(urlProblem("https://demo.aeries.net/aeries/ims/oneroster/rostering/v1p2"))
        .contains("url: Aeries documents no OneRoster 1.2 API", "use the generic vendor");
  }

  @Test
  void connect_missingOrMalformedUrl_saysWhatToType() {
    assertThat(problems(ConnectionRequest.builder().build()))
        .contains("url: is missing; type the Aeries address with its sub-directory")
        .contains("https://demo.aeries.net/aeries");
    assertThat(urlProblem("demo.aeries.net/aeries"))
        .contains("has no scheme; type it with https:// in front: https://demo.aeries.net/aeries");
    assertThat(urlProblem(BASE + "?key=secret")).contains("?…").doesNotContain("secret");
  }

  @Test
  void connect_explicitTokenUrl_wins() {
    VendorConnection c =
        vendor.connect(
            ConnectionRequest.builder()
                .url("https://demo.aeries.net/aeries")
                .tokenUrl("https://demo.aeries.net/aeries/v2/oauth/token")
                .build());
    assertThat(c.tokenUrl()).contains(URI.create("https://demo.aeries.net/aeries/v2/oauth/token"));
    assertThat(
            problems(
                ConnectionRequest.builder()
                    .url("https://demo.aeries.net/aeries")
                    .tokenUrl("ftp://x")
                    .build()))
        .contains("tokenUrl:");
  }

  @Test
  void tokenRequest_alwaysCarriesTheOneRoster11Scopes_andNoOtherParameters() {
    VendorConnection c = connect("https://demo.aeries.net/aeries");
    assertThat(c.scope())
        .contains(
            "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly"
                + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.readonly"
                + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.createput"
                + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.delete");
    assertThat(c.tokenRequestParameters()).isEmpty();
  }

  @Test
  void tokenRequest_scopeOption_replacesTheScope() {
    VendorConnection c =
        vendor.connect(
            ConnectionRequest.builder()
                .url("https://demo.aeries.net/aeries")
                .option("scope", " OneRoster ")
                .build());
    assertThat(c.scope()).contains("OneRoster");
  }

  @Test
  void perRequestState_keepsTheTokenResponseCookies_andAddsNoHeaders() {
    VendorConnection c = connect("https://demo.aeries.net/aeries");
    assertThat(c.keepsCookies()).isTrue();
    assertThat(c.headers("PUT", "/lineItems/994_1001-a1")).isEmpty();
    assertThat(c.headers("GET", "/classes/994_1001/students")).isEmpty();
    assertThat(c.toString()).contains(BASE).contains(TOKEN);
  }

  @Test
  void lineItemRules_wholePointsDueDateTitle50_matchOrOmitCategories() {
    LineItemRules rules = vendor.lineItemRules();
    assertThat(rules.wholeNumberPoints()).isTrue();
    assertThat(rules.dueDateRequired()).isTrue();
    assertThat(rules.titleMaxLength()).isEqualTo(50);
    assertThat(rules.categoryPolicy()).isEqualTo(CategoryPolicy.MATCH_OR_OMIT);
    assertThat(rules.exactCategoryTitles()).isFalse();
    assertThat(rules.gradingPeriodPolicy()).isEqualTo(GradingPeriodPolicy.OMIT);
    assertThat(rules.commentMaxLength()).isZero();
    assertThat(rules.deletesPropagate()).isTrue();
    assertThat(connect("https://demo.aeries.net/aeries").lineItemRules()).contains(rules);
    String title = "Unit 3 test: fractions, decimals and percentages review";
    assertThat(rules.fitTitle(title).text()).hasSize(50);
    assertThat(rules.fitTitle(title).warning()).isPresent();
  }

  @Test
  void titleMaxLengthOption_changesTheConnectionsRules_only() {
    VendorConnection c =
        vendor.connect(
            ConnectionRequest.builder()
                .url("https://demo.aeries.net/aeries")
                .option("titleMaxLength", "0")
                .build());
    assertThat(c.lineItemRules()).get().extracting(LineItemRules::titleMaxLength).isEqualTo(0);
    assertThat(c.lineItemRules().orElseThrow().wholeNumberPoints()).isTrue();
    assertThat(vendor.lineItemRules().titleMaxLength()).isEqualTo(50);
  }

  @Test
  void badOptions_areReportedTogetherWithUrlProblems() {
    assertThatThrownBy(
            () ->
                vendor.connect(
                    ConnectionRequest.builder()
                        .url("https://demo.aeries.net")
                        .option("titleMaxLength", "fifty")
                        .option("organisationId", "x")
                        .build()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(ValidationException.Violation::field)
                    .containsExactly("url", "options.organisationId", "options.titleMaxLength"));
  }

  @Test
  void sourcedIdsWithUnderscores_areOpaquePathSegments() {
    VendorConnection c = connect("https://demo.aeries.net/aeries");
    // Nothing in the connection parses or rewrites ids such as 994_1001 or TCH_42.
    assertThat(c.headers("GET", "/classes/994_1001/lineItems")).isEmpty();
    assertThat(c.headers("GET", "/teachers/TCH_42/classes")).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://demo.aeries.net/aeries, true",
    "https://DISTRICTAPI.aeries.net/admin, true",
    "https://aeries.net, true",
    "https://notaeries.net/aeries, false",
    "https://aeries.net.example.org/aeries, false",
    "https://sis.district.org/aeries, false",
  })
  void detects_aeriesNetHosts(String url, boolean detected) {
    assertThat(vendor.detects(URI.create(url))).isEqualTo(detected);
  }

  @Test
  void identity() {
    assertThat(vendor.id()).isEqualTo("aeries");
    assertThat(vendor.displayName()).isEqualTo("Aeries");
    assertThat(vendor.status()).isEqualTo(PartnershipStatus.AVAILABLE);
    assertThat(vendor.defaultConcurrency()).isEqualTo(2);
    assertThat(vendor.defaultPageSize()).isEqualTo(1000);
    assertThat(vendor).hasToString("SisVendor[aeries]");
  }

  @Test
  void explainAuthFailure_namesCookiesAndApiSecurityPermissions() {
    assertThat(vendor.explainAuthFailure(401, "GET", "/orgs", false))
        .get()
        .asString()
        .contains("ARRAffinity and ASP.NET_SessionId cookies")
        .contains("Security > API Security");
    assertThat(vendor.explainAuthFailure(403, "PUT", "/lineItems/x", false))
        .get()
        .asString()
        .contains("Gradebook Assignment, Gradebook Category and Gradebook Scores");
    assertThat(vendor.explainAuthFailure(403, "GET", "/classes/994_1001/students", false))
        .get()
        .asString()
        .contains("lacks read permission");
    assertThat(vendor.explainAuthFailure(500, "GET", "/orgs", false)).isEmpty();
  }
}
