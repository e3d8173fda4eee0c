package org.oneroster4j.aspen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.spi.CategoryMatch;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.VendorConnection;

class AspenVendorTest {
  private static final String BASE = "https://ma-district.myfollett.com/aspen/ims/oneroster/v1p1";
  private static final String TOKEN = "https://ma-district.myfollett.com/aspen/oauth/token";

  private final AspenVendor vendor = new AspenVendor();

  private VendorConnection connect(String url) {
    return vendor.connect(ConnectionRequest.builder().url(url).tokenUrl(TOKEN).build());
  }

  private static String problems(ConnectionRequest request) {
    try {
      new AspenVendor().connect(request);
    } catch (ValidationException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a ValidationException for " + request);
  }

  private static String urlProblem(String url) {
    return problems(ConnectionRequest.builder().url(url).tokenUrl(TOKEN).build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        BASE + " | " + BASE,
        BASE + "/ | " + BASE,
        "  https://MA-District.MyFollett.com/aspen/ims/oneroster/v1p1//  | " + BASE,
        "https://ma-district.myfollett.com/aspen/ims/oneroster | " + BASE,
        // District host and any path prefix: kept as typed, case included.
        "https://aspen.district.org/Aspen/rest/ims/oneroster/v1p1 | https://aspen.district.org/Aspen/rest/ims/oneroster/v1p1",
        "http://localhost:9000/aspen/ims/oneroster/v1p1 | http://localhost:9000/aspen/ims/oneroster/v1p1",
      })
  void connect_takesTheFullOneRosterUrlAsTyped(String typed, String base) {
    VendorConnection c = connect(typed);
    assertThat(c.baseUrl()).isEqualTo(URI.create(base));
    assertThat(c.tokenUrl()).contains(URI.create(TOKEN));
  }

  @Test
  void connect_aspenAddressWithoutOneRosterPath_isRefused_nothingIsDerived() {
    assertThat(urlProblem("https://ma-district.myfollett.com/aspen"))
        .isEqualTo(
            "Invalid Aspen connection settings (1 problem): url:"
                + " 'https://ma-district.myfollett.com/aspen' is not a OneRoster base URL; Aspen's"
                + " OneRoster path is not derived from the Aspen address: type the full OneRoster"
                + " 1.1 base URL your Aspen administrator gives you (ending in"
                + " /ims/oneroster/v1p1), e.g. "
                + BASE);
    assertThat(urlProblem("https://ma-district.myfollett.com/aspen/logon.do"))
        .contains("is an Aspen sign-in page");
  }

  @Test
  void connect_tokenUrlIsRequired_andNotDerived() {
    assertThat(problems(ConnectionRequest.builder().url(BASE).build()))
        .isEqualTo(
            "Invalid Aspen connection settings (1 problem): tokenUrl: is missing; Aspen's"
                + " OneRoster token URL is not derived from the base URL: ask your Aspen"
                + " administrator for the OAuth token URL of this OneRoster client and set it with"
                + " tokenUrl(\"https://…\")");
  }

  @Test
  void connect_bothMissing_reportsBoth() {
    assertThat(problems(ConnectionRequest.builder().build()))
        .startsWith("Invalid Aspen connection settings (2 problems)")
        .contains("url: is missing; type the full OneRoster 1.1 base URL")
        .contains("tokenUrl: is missing");
  }

  @Test
  void connect_tokenUrlKeepsItsQuery_andBadTokenUrlIsReported() {
    VendorConnection c =
        vendor.connect(
            ConnectionRequest.builder()
                .url(BASE)
                .tokenUrl("https://ma-district.myfollett.com/aspen/oauth/rest/v2.0/auth?x=1")
                .build());
    assertThat(c.tokenUrl())
        .contains(URI.create("https://ma-district.myfollett.com/aspen/oauth/rest/v2.0/auth?x=1"));
    assertThat(problems(ConnectionRequest.builder().url(BASE).tokenUrl("oauth/token").build()))
        .contains("tokenUrl:");
  }

  @Test
  void tokenRequest_clientDefaultsUnlessScopeOption() {
    VendorConnection c = connect(BASE);
    assertThat(c.scope()).isEmpty();
    assertThat(c.tokenRequestParameters()).isEmpty();
    assertThat(c.keepsCookies()).isFalse();
    assertThat(c.headers("PUT", "/lineItems/x")).isEmpty();
    VendorConnection scoped =
        vendor.connect(
            ConnectionRequest.builder().url(BASE).tokenUrl(TOKEN).option("scope", "a b").build());
    assertThat(scoped.scope()).contains("a b");
  }

  @Test
  void lineItemRules_exactCategories_comments100_deletesMayNotPropagate() {
    LineItemRules rules = vendor.lineItemRules();
    assertThat(rules.categoryPolicy()).isEqualTo(CategoryPolicy.MATCH_OR_OMIT);
    assertThat(rules.exactCategoryTitles()).isTrue();
    assertThat(rules.commentMaxLength()).isEqualTo(100);
    assertThat(rules.deletesPropagate()).isFalse();
    assertThat(rules.gradingPeriodPolicy()).isEqualTo(GradingPeriodPolicy.OMIT);
    assertThat(rules.dueDateRequired()).isTrue();
    assertThat(rules.titleMaxLength()).isZero();
    assertThat(connect(BASE).lineItemRules()).contains(rules);

    String comment = "x".repeat(120);
    assertThat(rules.fitComment(comment).text()).hasSize(100);
    assertThat(rules.fitComment(comment).warning()).get().asString().contains("at most 100");
  }

  @Test
  void categories_matchOnlyByExactTitle() {
    LineItemRules rules = vendor.lineItemRules();
    List<String> aspen = List.of("Homework", "Quizzes", "Tests");
    assertThat(rules.matchCategory("Quizzes", aspen, t -> t).category()).contains("Quizzes");
    CategoryMatch<String> lower = rules.matchCategory("quizzes", aspen, t -> t);
    assertThat(lower.matched()).isFalse();
    assertThat(lower.explanation()).contains("\"Quizzes\" differs only in case");
  }

  @Test
  void options_changeCommentLimitAndDeletes_forThisConnection() {
    VendorConnection c =
        vendor.connect(
            ConnectionRequest.builder()
                .url(BASE)
                .tokenUrl(TOKEN)
                .option("commentMaxLength", "255")
                .option("deletesPropagate", "true")
                .build());
    LineItemRules rules = c.lineItemRules().orElseThrow();
    assertThat(rules.commentMaxLength()).isEqualTo(255);
    assertThat(rules.deletesPropagate()).isTrue();
    assertThat(rules.exactCategoryTitles()).isTrue();
    assertThat(vendor.lineItemRules().commentMaxLength()).isEqualTo(100);
  }

  @Test
  void badOptions_sayWhatToType() {
    assertThat(
            problems(
                ConnectionRequest.builder()
                    .url(BASE)
                    .tokenUrl(TOKEN)
                    .option("deletesPropagate", "maybe")
                    .option("titleMaxLength", "50")
                    .build()))
        .contains(
            "options.titleMaxLength: is not a Aspen (Follett) option; the options are scope,"
                + " commentMaxLength, deletesPropagate")
        .contains("options.deletesPropagate: is 'maybe'; type true or false (default false)");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://ma-district.myfollett.com/aspen, true",
    "https://MA-DISTRICT.MYFOLLETT.COM, true",
    "https://aspen.district.org/aspen/ims/oneroster/v1p1, true",
    "https://aspen.district.org/aspen, true",
    "https://aspen.district.org/aspenx, false",
    "https://sis.district.org/ims/oneroster/v1p1, false",
    "https://myfollett.com.example.org/x, false",
  })
  void detects_follettHostsAndTheAspenContextPath(String url, boolean detected) {
    assertThat(vendor.detects(URI.create(url))).isEqualTo(detected);
  }

  @Test
  void identity() {
    assertThat(vendor.id()).isEqualTo("aspen");
    assertThat(vendor.displayName()).isEqualTo("Aspen (Follett)");
    assertThat(vendor.status()).isEqualTo(PartnershipStatus.AVAILABLE);
    assertThat(vendor.defaultConcurrency()).isEqualTo(2);
    assertThat(vendor.defaultPageSize()).isEqualTo(1000);
    assertThat(vendor).hasToString("SisVendor[aspen]");
    assertThat(connect(BASE).toString()).contains(BASE, TOKEN);
  }

  @Test
  void explainAuthFailure_pointsAtOAuthAccessAndLockedTerms() {
    assertThat(vendor.explainAuthFailure(401, "GET", "/orgs", false))
        .get()
        .asString()
        .contains("OAuth Access");
    assertThat(vendor.explainAuthFailure(403, "PUT", "/categories/c1", false))
        .get()
        .asString()
        .contains("cannot create or change categories")
        .contains("locked grade term");
    assertThat(vendor.explainAuthFailure(403, "GET", "/orgs", false)).isEmpty();
  }
}
