package org.oneroster4j.infinitecampus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.SisVendors;
import org.oneroster4j.spi.VendorConnection;
import org.oneroster4j.spi.VendorUrls;

/** Infinite Campus over OneRoster 1.2: URL forms, service URLs, token URL, header, rules. */
class InfiniteCampusV1p2Test {
  private static final String HOST = "https://district.infinitecampus.org";
  private static final String ROOT = HOST + "/campus/api/oneroster/v1p2/district/ims/oneroster";
  private static final String ROSTERING = ROOT + "/rostering/v1p2";
  private static final String GRADEBOOK = ROOT + "/gradebook/v1p2";
  private static final String TOKEN = HOST + "/campus/oauth2/token?appName=district";
  private static final String DISTRICT_WIDE = HOST + "/campus/api/ims/oneroster/rostering/v1p2";

  private final InfiniteCampusVendor vendor = new InfiniteCampusVendor();

  private static ConnectionRequest.Builder v12(String url) {
    return ConnectionRequest.builder().version(OneRosterVersion.V1_2).url(url);
  }

  private VendorConnection connect(String url) {
    return vendor.connect(v12(url).build());
  }

  private static String problems(ConnectionRequest request) {
    try {
      new InfiniteCampusVendor().connect(request);
    } catch (ValidationException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a ValidationException for " + request);
  }

  @Test
  void versions_are11And12_defaultStays11() {
    assertThat(vendor.versions())
        .containsExactlyInAnyOrder(OneRosterVersion.V1_1, OneRosterVersion.V1_2);
    assertThat(vendor.defaultVersion()).isEqualTo(OneRosterVersion.V1_1);
    assertThat(vendor.versionAdvice(OneRosterVersion.V1_2)).isEmpty();
  }

  @Test
  void theUrlsCampusShows_areDetectedAs12_soTheClientPassesV12() {
    assertThat(VendorUrls.detectVersion(ROSTERING)).contains(OneRosterVersion.V1_2);
    assertThat(VendorUrls.detectVersion(GRADEBOOK)).contains(OneRosterVersion.V1_2);
    assertThat(VendorUrls.detectVersion(ROOT)).contains(OneRosterVersion.V1_2);
    assertThat(SisVendors.resolve(null, null, ROSTERING, java.util.List.of(vendor)))
        .isSameAs(vendor);
    SisVendors.requireVersion(vendor, OneRosterVersion.V1_2, "url");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        ROSTERING,
        ROSTERING + "/",
        "  " + ROSTERING + "//  ",
        GRADEBOOK,
        ROOT,
        ROOT + "/",
        HOST + "/campus/api/oneroster/v1p2/district",
        HOST + "/campus/api/oneroster/v1p2/district/",
        "https://District.InfiniteCampus.ORG/campus/api/oneroster/v1p2/district/ims/oneroster/rostering/v1p2",
      })
  void connect_everyFormOfThe12BaseUrl_becomesTheRoot_withServiceAndTokenUrls(String typed) {
    VendorConnection c = connect(typed);
    assertThat(c.version()).isEqualTo(OneRosterVersion.V1_2);
    assertThat(c.baseUrl()).isEqualTo(URI.create(ROOT));
    assertThat(c.serviceUrl(Service.ROSTERING)).isEqualTo(URI.create(ROSTERING));
    assertThat(c.serviceUrl(Service.GRADEBOOK)).isEqualTo(URI.create(GRADEBOOK));
    assertThat(c.serviceUrl(Service.RESOURCES)).isEqualTo(URI.create(ROOT + "/resources/v1p2"));
    assertThat(c.tokenUrl()).contains(URI.create(TOKEN));
  }

  @Test
  void connect_keepsAppNameCaseAndPort_andEncodesTheAppNameInTheTokenUrl() {
    VendorConnection c =
        connect(
            "https://41q.ncsis.gov:8443/campus/api/oneroster/v1p2/Nc_41q/ims/oneroster/rostering/v1p2");
    assertThat(c.baseUrl())
        .isEqualTo(
            URI.create(
                "https://41q.ncsis.gov:8443/campus/api/oneroster/v1p2/Nc_41q/ims/oneroster"));
    assertThat(c.tokenUrl())
        .contains(URI.create("https://41q.ncsis.gov:8443/campus/oauth2/token?appName=Nc_41q"));
    assertThat(
            connect(HOST + "/campus/api/oneroster/v1p2/my%20app/ims/oneroster/rostering/v1p2")
                .tokenUrl())
        .contains(URI.create(HOST + "/campus/oauth2/token?appName=my+app"));
  }

  @Test
  void connect_typedTokenUrl_winsOverTheDerivedOne() {
    VendorConnection c =
        vendor.connect(
            v12(ROSTERING)
                .tokenUrl("https://proxy.district.org/campus/oauth2/token?appName=other")
                .build());
    assertThat(c.tokenUrl())
        .contains(URI.create("https://proxy.district.org/campus/oauth2/token?appName=other"));
  }

  @Test
  void connect_typedServiceUrl_overridesTheDerivedOne_andIsChecked() {
    String elsewhere = HOST + "/campus/api/oneroster/v1p2/district/gb/ims/oneroster/gradebook/v1p2";
    VendorConnection c =
        vendor.connect(v12(ROSTERING).serviceUrl(Service.GRADEBOOK, elsewhere).build());
    assertThat(c.serviceUrl(Service.GRADEBOOK)).isEqualTo(URI.create(elsewhere));
    assertThat(c.serviceUrl(Service.ROSTERING)).isEqualTo(URI.create(ROSTERING));

    assertThat(problems(v12(ROSTERING).serviceUrl(Service.GRADEBOOK, ROSTERING).build()))
        .contains("serviceUrl(gradebook):", "must end in /gradebook/v1p2");
    assertThat(
            problems(
                ConnectionRequest.builder()
                    .url(InfiniteCampusVendor.URL_EXAMPLE)
                    .serviceUrl(Service.GRADEBOOK, GRADEBOOK)
                    .build()))
        .contains("serviceUrl(gradebook): is a OneRoster 1.2 setting");
  }

  @Test
  void vendorHeader_isSentOnEveryGradebookServiceCall_andNeverOnRostering() {
    VendorConnection c =
        vendor.connect(v12(ROSTERING).vendorCredentials("vk_demo", "vs-secret").build());
    Map<String, String> header = Map.of("x-vendor-authorization", "vk_demo:vs-secret");
    for (String path :
        new String[] {
          "/lineItems/li-1",
          "/classes/123/categories",
          "/results/r-1",
          "/scoreScales",
          "/assessmentLineItems/a1",
          "/classes/123/lineItems/li-1/results"
        }) {
      assertThat(c.headers(Service.GRADEBOOK, "PUT", path)).as(path).isEqualTo(header);
    }
    for (String path : new String[] {"/teachers", "/classes/123/students", "/lineItems"}) {
      assertThat(c.headers(Service.ROSTERING, "GET", path)).as(path).isEmpty();
      assertThat(c.headers(Service.RESOURCES, "GET", path)).as(path).isEmpty();
    }
    // Paths relative to the root name their service.
    assertThat(c.headers("PUT", "/gradebook/v1p2/lineItems/li-1")).isEqualTo(header);
    assertThat(c.headers("GET", "/rostering/v1p2/teachers")).isEmpty();
  }

  @Test
  void vendorHeader_isNotSent_withoutVendorCredentials() {
    assertThat(connect(ROSTERING).headers(Service.GRADEBOOK, "PUT", "/lineItems/li-1")).isEmpty();
  }

  @Test
  void connect_11BaseUrlOnA12Connection_isRefused_sayingWhichVersionFits() {
    assertThat(problems(v12(InfiniteCampusVendor.URL_EXAMPLE).build()))
        .isEqualTo(
            "Invalid Infinite Campus connection settings (1 problem): url: '"
                + InfiniteCampusVendor.URL_EXAMPLE
                + "' is the OneRoster 1.1 Base URL, but the connection is OneRoster 1.2: choose"
                + " OneRoster 1.1 (or leave the version unset) to use it; for OneRoster 1.2, in"
                + " Infinite Campus, open Digital Learning Applications Configuration, generate"
                + " OneRoster 1.2 credentials for this application, and type the OneRoster 1.2"
                + " Base URL it shows:"
                + " https://<host>/campus/api/oneroster/v1p2/<appName>/ims/oneroster/rostering/v1p2.");
  }

  @Test
  void connect_districtWideForm_withoutTokenUrl_isRefused_explainingWhy() {
    assertThat(problems(v12(DISTRICT_WIDE).build()))
        .isEqualTo(
            "Invalid Infinite Campus connection settings (1 problem): url: '"
                + DISTRICT_WIDE
                + "' has no /oneroster/v1p2/<appName>: it looks like the district-wide OneRoster"
                + " 1.2 form, which Infinite Campus retires at Campus.2651, and the token URL"
                + " cannot be derived from it. In Infinite Campus, open Digital Learning"
                + " Applications Configuration, generate OneRoster 1.2 credentials for this"
                + " application, and type the OneRoster 1.2 Base URL it shows:"
                + " https://<host>/campus/api/oneroster/v1p2/<appName>/ims/oneroster/rostering/v1p2."
                + " If the district's Campus still serves this address, also type the token URL,"
                + " https://<host>/campus/oauth2/token?appName=<appName>.");
  }

  @Test
  void connect_districtWideForm_withTypedTokenUrl_isAccepted_andTheCheckExplainsIt() {
    VendorConnection c = vendor.connect(v12(DISTRICT_WIDE).tokenUrl(TOKEN).build());
    assertThat(c.baseUrl()).isEqualTo(URI.create(HOST + "/campus/api/ims/oneroster"));
    assertThat(c.serviceUrl(Service.GRADEBOOK))
        .isEqualTo(URI.create(HOST + "/campus/api/ims/oneroster/gradebook/v1p2"));
    assertThat(c.tokenUrl()).contains(URI.create(TOKEN));
    assertThat(vendor.explainWrongPath(c.baseUrl(), OneRosterVersion.V1_2))
        .hasValueSatisfying(
            m -> assertThat(m).contains("district-wide OneRoster 1.2 form", "Campus.2651"));
    assertThat(vendor.explainWrongPath(URI.create(ROOT), OneRosterVersion.V1_2))
        .hasValueSatisfying(m -> assertThat(m).doesNotContain("district-wide"));
  }

  @Test
  void connect_wrong12Inputs_areRefused_withWhatToType() {
    assertThat(problems(v12(ROSTERING + "/teachers").build()))
        .contains("points at an endpoint inside the OneRoster API (/teachers)", ROSTERING);
    assertThat(problems(v12(HOST + "/campus/api/oneroster/v1p2/district/extra").build()))
        .contains("continues after the app name with '/extra'");
    assertThat(problems(v12(TOKEN).build())).contains("is Infinite Campus' token URL");
    assertThat(problems(v12(HOST + "/campus/oneroster/district/ims/oneroster/v1p1").build()))
        .contains("is a legacy Infinite Campus OneRoster URL", "Campus.2651");
    assertThat(problems(v12(HOST + "/campus/").build()))
        .contains("lacks /campus/api/oneroster/v1p2/<appName>");
    assertThat(problems(v12(ROSTERING + "?x=1").build())).contains("has a query string");
  }

  @Test
  void toString_showsVersionAndNoSecret() {
    VendorConnection c =
        vendor.connect(v12(ROSTERING).vendorCredentials("vk_demo", "vs-secret").build());
    assertThat(c.toString()).contains("version=1.2", ROOT, "****").doesNotContain("vs-secret");
  }

  @Test
  void explainAuthFailure_forServiceRelative12Paths_namesTheVendorHeader() {
    assertThat(vendor.explainAuthFailure(401, "PUT", "/assessmentLineItems/a1", false))
        .hasValueSatisfying(m -> assertThat(m).contains("x-vendor-authorization"));
    assertThat(vendor.explainAuthFailure(401, "GET", "/classes/c1/categories", false))
        .hasValueSatisfying(m -> assertThat(m).contains("x-vendor-authorization"));
    assertThat(vendor.explainAuthFailure(401, "GET", "/scoreScales", false))
        .hasValueSatisfying(m -> assertThat(m).contains("x-vendor-authorization"));
    assertThat(vendor.explainAuthFailure(401, "GET", "/classes/c1/students", false))
        .hasValueSatisfying(
            m -> assertThat(m).startsWith("Infinite Campus rejected the consumer key"));
  }

  @Test
  void rules12_requireARealClassCategory_omitGradingPeriod_otherwiseAs11() {
    LineItemRules v11 = vendor.lineItemRules(OneRosterVersion.V1_1);
    LineItemRules v12 = vendor.lineItemRules(OneRosterVersion.V1_2);
    assertThat(v11).isEqualTo(vendor.lineItemRules());
    assertThat(v11.categoryPolicy()).isEqualTo(CategoryPolicy.OMIT);
    assertThat(v12.categoryPolicy()).isEqualTo(CategoryPolicy.MATCH_OR_CLASS_DEFAULT);
    assertThat(v12.gradingPeriodPolicy()).isEqualTo(GradingPeriodPolicy.OMIT);
    assertThat(v12.toBuilder().categoryPolicy(CategoryPolicy.OMIT).build()).isEqualTo(v11);
  }
}
