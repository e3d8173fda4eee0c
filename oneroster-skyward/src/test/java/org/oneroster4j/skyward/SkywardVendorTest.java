package org.oneroster4j.skyward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.spi.CategoryMatch;
import org.oneroster4j.spi.CategoryMatcher;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.FittedText;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.VendorConnection;

class SkywardVendorTest {
  private static final String TOKEN = "https://esdemo1.skyward.com/api/token";
  private static final String ONEROSTER = "https://esdemo1.skyward.com/api/ims/oneroster/v1p1";

  private final SkywardVendor vendor = new SkywardVendor();

  private VendorConnection connect(String url) {
    return vendor.connect(ConnectionRequest.builder().url(url).tokenUrl(TOKEN).build());
  }

  private static String problems(ConnectionRequest request) {
    try {
      new SkywardVendor().connect(request);
    } catch (ValidationException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a ValidationException for " + request);
  }

  private static String urlProblem(String url) {
    return problems(ConnectionRequest.builder().url(url).tokenUrl(TOKEN).build());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The Application URL, as Google's form and admins type it.
        "https://esdemo1.skyward.com | " + ONEROSTER,
        "https://esdemo1.skyward.com/ | " + ONEROSTER,
        "https://esdemo1.skyward.com/// | " + ONEROSTER,
        "  https://ESDEMO1.Skyward.COM  | " + ONEROSTER,
        // With /api already (ClassLink's "API URL"): no second /api.
        "https://esdemo1.skyward.com/api | " + ONEROSTER,
        "https://esdemo1.skyward.com/api/ | " + ONEROSTER,
        "https://esdemo1.skyward.com/API | https://esdemo1.skyward.com/API/ims/oneroster/v1p1",
        // The full OneRoster API URL, as typed.
        "https://esdemo1.skyward.com/api/ims/oneroster/v1p1 | " + ONEROSTER,
        "https://esdemo1.skyward.com/api/ims/oneroster/v1p1/ | " + ONEROSTER,
        "https://esdemo1.skyward.com/api/ims/oneroster | " + ONEROSTER,
        "https://skyward.district.org/ims/oneroster/v1p1 | https://skyward.district.org/ims/oneroster/v1p1",
        // Self-hosted, in a sub-directory, on a port.
        "https://skyward.district.org/SkyAPI/ | https://skyward.district.org/SkyAPI/api/ims/oneroster/v1p1",
        "https://Skyward.District.org:8443/api | https://skyward.district.org:8443/api/ims/oneroster/v1p1",
        "http://127.0.0.1:9090 | http://127.0.0.1:9090/api/ims/oneroster/v1p1",
      })
  void connect_buildsTheOneRosterUrl_fromTheApplicationUrl(String typed, String expected) {
    VendorConnection connection = connect(typed);
    assertThat(connection.baseUrl()).isEqualTo(URI.create(expected));
    assertThat(connection.tokenUrl()).contains(URI.create(TOKEN));
    assertThat(connection.headers("PUT", "/lineItems/x")).isEmpty();
  }

  @Test
  void connect_withoutAuthenticationUrl_namesTheSkywardField() {
    assertThat(problems(ConnectionRequest.builder().url("https://esdemo1.skyward.com").build()))
        .isEqualTo(
            "Invalid Skyward connection settings (1 problem): tokenUrl: is missing; Skyward"
                + " issues tokens at its Authentication URL, a separate setting (the"
                + " \"Authentication URL\" field next to \"Application URL\" in Google Classroom's"
                + " SIS settings; your Skyward administrator has it): set it with"
                + " tokenUrl(\"https://…\")");
    assertThat(
            problems(
                ConnectionRequest.builder()
                    .url("https://esdemo1.skyward.com")
                    .tokenUrl(" ")
                    .build()))
        .contains("tokenUrl: is missing; Skyward issues tokens at its Authentication URL");
  }

  @Test
  void connect_keepsTheAuthenticationUrlAsTyped_normalisingOnlyTheHost() {
    VendorConnection connection =
        vendor.connect(
            ConnectionRequest.builder()
                .url("https://esdemo1.skyward.com")
                .tokenUrl("https://ESDEMO1.skyward.com/API/Token/")
                .build());
    assertThat(connection.tokenUrl()).contains(URI.create("https://esdemo1.skyward.com/API/Token"));
  }

  @Test
  void connect_badUrlAndBadTokenUrl_areReportedTogether() {
    assertThat(
            problems(
                ConnectionRequest.builder()
                    .url("esdemo1.skyward.com")
                    .tokenUrl("esdemo1.skyward.com/api/token")
                    .build()))
        .isEqualTo(
            "Invalid Skyward connection settings (2 problems): url: 'esdemo1.skyward.com' has no"
                + " scheme; type it with https:// in front: https://esdemo1.skyward.com; tokenUrl:"
                + " 'esdemo1.skyward.com/api/token' has no scheme; type it with https:// in front:"
                + " https://esdemo1.skyward.com/api/token");
  }

  @Test
  void connect_signInPage_isRefused_suggestingTheHost() {
    assertThat(
            urlProblem(
                "https://skyward.district.org/scripts/wsisa.dll/WService=wsEAplus/seplog01.w"))
        .isEqualTo(
            "Invalid Skyward connection settings (1 problem): url:"
                + " 'https://skyward.district.org/scripts/wsisa.dll/WService=wsEAplus/seplog01.w'"
                + " is a Skyward sign-in page, not the Application URL; type the Application URL"
                + " from District Setup > Configuration > API Configuration, often just"
                + " https://skyward.district.org");
  }

  @Test
  void connect_urlInsideTheApiServer_isRefused_withBothUrlsToType() {
    assertThat(urlProblem("https://esdemo1.skyward.com/api/swagger/ui/index"))
        .isEqualTo(
            "Invalid Skyward connection settings (1 problem): url:"
                + " 'https://esdemo1.skyward.com/api/swagger/ui/index' points inside Skyward's API"
                + " server (/api/swagger/ui/index); type the Application URL, e.g."
                + " https://esdemo1.skyward.com, or the OneRoster API URL "
                + ONEROSTER);
    assertThat(urlProblem(TOKEN)).contains("points inside Skyward's API server (/api/token)");
  }

  @Test
  void connect_endpointOr12OrQuery_isRefused() {
    assertThat(urlProblem(ONEROSTER + "/classes"))
        .contains("points at an endpoint inside the OneRoster API (/classes)", ONEROSTER);
    assertThat(urlProblem("https://esdemo1.skyward.com/api/ims/oneroster/rostering/v1p2"))
        .contains("url: Skyward has published no OneRoster 1.2 API", "use the generic vendor");
    assertThat(urlProblem("https://esdemo1.skyward.com/?district=1"))
        .contains(
            "has a query string ('?…'), which the Skyward Application URL (or the OneRoster API"
                + " URL) never has");
  }

  @Test
  void connect_garbage_isRefused_withWhatToType() {
    assertThat(urlProblem("skyward"))
        .contains("'skyward' has no scheme; type it with https:// in front: https://skyward");
    assertThat(urlProblem("Skyward SMS 2.0"))
        .contains(
            "contains spaces or control characters; type the Skyward Application URL (or the"
                + " OneRoster API URL), e.g. https://esdemo1.skyward.com");
    assertThat(problems(ConnectionRequest.builder().tokenUrl(TOKEN).build()))
        .contains("url: is missing; type the Skyward Application URL");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://esdemo1.skyward.com | true",
        "https://ESDEMO1.SKYWARD.COM/ | true",
        "https://skyward.district.org/api/ims/oneroster/v1p1 | false",
        "https://powerschool.district.org/api/ims/oneroster/v1p1 | false",
        "https://skyward.district.org | false",
        "https://notskyward.com | false",
        "https://sis.district.org/ims/oneroster/v1p1 | false",
        "https://d.infinitecampus.org/campus/api/oneroster/v1p1/d/ims/oneroster/v1p1 | false",
      })
  void detects_skywardHostedServersOnly_notTheSharedApiPath(String url, boolean expected) {
    assertThat(vendor.detects(URI.create(url))).isEqualTo(expected);
  }

  @Test
  void rules_matchOrOmitCategory_dueDate_wholePoints_titles50_pages1000_concurrency2() {
    LineItemRules rules = vendor.lineItemRules();
    assertThat(rules.categoryPolicy()).isEqualTo(CategoryPolicy.MATCH_OR_OMIT);
    assertThat(rules.gradingPeriodPolicy()).isEqualTo(GradingPeriodPolicy.OMIT);
    assertThat(rules.dueDateRequired()).isTrue();
    assertThat(rules.wholeNumberPoints()).isTrue();
    assertThat(rules.titleMaxLength()).isEqualTo(50);
    assertThat(rules.commentMaxLength()).isZero();
    assertThat(rules.deletesPropagate()).isTrue();
    assertThat(vendor.defaultPageSize()).isEqualTo(1000);
    assertThat(vendor.defaultConcurrency()).isEqualTo(2);
    assertThat(vendor.id()).isEqualTo("skyward");
    assertThat(vendor.status()).isEqualTo(PartnershipStatus.AVAILABLE);
    assertThat(vendor.explainAuthFailure(401, "PUT", "/lineItems/x", false)).isEmpty();
  }

  @Test
  void titleOver50_isTruncatedWithAWarning() {
    String title = "Unit 4 lab report: photosynthesis and cellular respiration";
    FittedText fitted = vendor.lineItemRules().fitTitle(title);
    assertThat(fitted.text()).isEqualTo("Unit 4 lab report: photosynthesis and cellular res");
    assertThat(fitted.text()).hasSize(50);
    assertThat(fitted.warning())
        .contains(
            "title shortened from 58 to 50 characters (the SIS accepts at most 50): \"Unit 4 lab"
                + " report: photosynthesis and cellular res\"");
    assertThat(vendor.lineItemRules().fitTitle("x".repeat(50)).truncated()).isFalse();
  }

  @Test
  void categoryMatching_findsSkywardSectionCategories_byTitleOrTitleAndCode() {
    List<String> sis = List.of("Assignments (AST)", "Assignments (ASN)", "Quizzes (QZ)", "Tests");
    CategoryMatch<String> byCode = CategoryMatcher.match("Assignments (ASN)", sis);
    assertThat(byCode.category()).contains("Assignments (ASN)");
    assertThat(CategoryMatcher.match("Quizzes", sis).category()).contains("Quizzes (QZ)");
    assertThat(CategoryMatcher.match("tests", sis).category()).contains("Tests");
    // Ambiguous or unknown: nothing is sent, Skyward's Default Category applies.
    assertThat(CategoryMatcher.match("Assignments", sis).category()).isEmpty();
    assertThat(CategoryMatcher.match("Homework", sis).category()).isEmpty();
  }
}
