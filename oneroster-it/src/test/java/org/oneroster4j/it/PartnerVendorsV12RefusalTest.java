package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.aeries.AeriesVendor;
import org.oneroster4j.aspen.AspenVendor;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.sims.SimsVendor;
import org.oneroster4j.skyward.SkywardVendor;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.SisVendors;
import org.oneroster4j.spi.VendorUrls;

/**
 * The four partners without a public OneRoster 1.2 API (Skyward, Aeries, Aspen, Capita SIMS): 1.2
 * URLs and versions are refused before any request, with the vendor's own 1.1 URL and the generic
 * vendor as the way to try a 1.2 endpoint.
 */
class PartnerVendorsV12RefusalTest {
  private static final String TRY_GENERIC =
      "To try a OneRoster 1.2 endpoint anyway, use the generic vendor: vendor(\"generic\")"
          + " (command line: --vendor generic) with its OneRoster 1.2 address (the root ending in"
          + " /ims/oneroster, or the rostering base ending in /ims/oneroster/rostering/v1p2) and"
          + " its token URL.";

  /** One partner: its vendor, a 1.2 URL on its host, its 1.1 URL and token URL, its advice. */
  record Partner(SisVendor vendor, String url12, String url11, String tokenUrl, String advice) {
    @Override
    public String toString() {
      return vendor.id();
    }
  }

  static Stream<Partner> partners() {
    return Stream.of(
        new Partner(
            new SkywardVendor(),
            "https://esdemo1.skyward.com/api/ims/oneroster/rostering/v1p2",
            "https://esdemo1.skyward.com",
            "https://esdemo1.skyward.com/api/token",
            "Skyward has published no OneRoster 1.2 API; OneRoster4j connects to Skyward over"
                + " OneRoster 1.1 (<Application URL>/api/ims/oneroster/v1p1, e.g."
                + " https://esdemo1.skyward.com/api/ims/oneroster/v1p1). "),
        new Partner(
            new AeriesVendor(),
            "https://demo.aeries.net/aeries/ims/oneroster/rostering/v1p2",
            "https://demo.aeries.net/aeries",
            null,
            "Aeries documents no OneRoster 1.2 API, only 1.1; OneRoster4j connects to Aeries over"
                + " OneRoster 1.1 (<Aeries address>/ims/oneroster/v1p1, e.g."
                + " https://demo.aeries.net/aeries/ims/oneroster/v1p1). "),
        new Partner(
            new AspenVendor(),
            "https://ma-district.myfollett.com/aspen/ims/oneroster/gradebook/v1p2",
            "https://ma-district.myfollett.com/aspen/ims/oneroster/v1p1",
            "https://ma-district.myfollett.com/aspen/oauth/token",
            "Follett has published no OneRoster 1.2 API for Aspen; OneRoster4j connects to Aspen"
                + " over OneRoster 1.1 (the OneRoster 1.1 base URL from your Aspen administrator,"
                + " ending in /ims/oneroster/v1p1). "),
        new Partner(
            new SimsVendor(),
            "https://oneroster.sims.co.uk/ims/oneroster/rostering/v1p2",
            "https://oneroster.sims.co.uk",
            null,
            "Capita SIMS documents no OneRoster 1.2 API, only 1.1; OneRoster4j connects to SIMS"
                + " over OneRoster 1.1 (https://oneroster.sims.co.uk). "));
  }

  private static String refusal(String field, Partner p) {
    return "Invalid connection setting (1 problem): " + field + ": " + p.advice() + TRY_GENERIC;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partners")
  void speaksOnly11(Partner p) {
    assertThat(p.vendor().versions()).containsExactly(OneRosterVersion.V1_1);
    assertThat(p.vendor().defaultVersion()).isEqualTo(OneRosterVersion.V1_1);
    assertThat(p.vendor().versionAdvice(OneRosterVersion.V1_1)).isEmpty();
    assertThat(p.vendor().versionAdvice(OneRosterVersion.V1_2)).contains(p.advice() + TRY_GENERIC);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partners")
  void a12Url_isStillDetectedAsThisVendor_andTheClientsCheckGivesTheAdvice(Partner p) {
    assertThat(p.vendor().detects(URI.create(p.url12()))).isTrue();
    assertThat(SisVendors.resolve(null, null, p.url12(), List.of(p.vendor()))).isSameAs(p.vendor());
    assertThat(VendorUrls.detectVersion(p.url12())).contains(OneRosterVersion.V1_2);
    assertThatThrownBy(() -> SisVendors.requireVersion(p.vendor(), OneRosterVersion.V1_2, "url"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(refusal("url", p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partners")
  void versionOfTheConnection_isResolvedByTheDesignRule(Partner p) {
    assertThat(SisVendors.resolveVersion(p.vendor(), null, null)).isEqualTo(OneRosterVersion.V1_1);
    // A bare root names no version for a vendor without 1.2: an unfinished 1.1 URL.
    assertThat(SisVendors.resolveVersion(p.vendor(), null, "https://sis.example/ims/oneroster"))
        .isEqualTo(OneRosterVersion.V1_1);
    assertThatThrownBy(() -> SisVendors.resolveVersion(p.vendor(), null, p.url12()))
        .hasMessage(refusal("url", p));
    assertThatThrownBy(() -> SisVendors.resolveVersion(p.vendor(), OneRosterVersion.V1_2, null))
        .hasMessage(refusal("version", p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partners")
  void connect_with12Url_isRefusedBeforeAnyRequest_namingTheGenericVendor(Partner p) {
    ConnectionRequest.Builder request = ConnectionRequest.builder().url(p.url12());
    if (p.tokenUrl() != null) {
      request.tokenUrl(p.tokenUrl());
    }
    assertThatThrownBy(() -> p.vendor().connect(request.build()))
        .isInstanceOf(ValidationException.class)
        .hasMessage(refusal("url", p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partners")
  void connect_withVersion12_isRefused_evenWithA11Url(Partner p) {
    ConnectionRequest.Builder request =
        ConnectionRequest.builder().version(OneRosterVersion.V1_2).url(p.url11());
    if (p.tokenUrl() != null) {
      request.tokenUrl(p.tokenUrl());
    }
    assertThatThrownBy(() -> p.vendor().connect(request.build()))
        .isInstanceOf(ValidationException.class)
        .hasMessage(refusal("version", p));
  }
}
