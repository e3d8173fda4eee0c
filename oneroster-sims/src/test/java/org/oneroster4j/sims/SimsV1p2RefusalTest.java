package org.oneroster4j.sims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.SisVendors;
import org.oneroster4j.spi.VendorUrls;

/** No public OneRoster 1.2 API: 1.2 URLs and versions are refused before any request. */
class SimsV1p2RefusalTest {
  private static final String URL_12 = "https://oneroster.sims.co.uk/ims/oneroster/rostering/v1p2";
  private static final String ADVICE =
      "Capita SIMS documents no OneRoster 1.2 API, only 1.1; OneRoster4j connects to SIMS over"
          + " OneRoster 1.1 (https://oneroster.sims.co.uk). "
          + "To try a OneRoster 1.2 endpoint anyway, use the generic vendor: vendor(\"generic\")"
          + " (command line: --vendor generic) with its OneRoster 1.2 address (the root ending in"
          + " /ims/oneroster, or the rostering base ending in /ims/oneroster/rostering/v1p2) and"
          + " its token URL.";

  private final SimsVendor vendor = new SimsVendor();

  @Test
  void speaksOnly11() {
    assertThat(vendor.versions()).containsExactly(OneRosterVersion.V1_1);
    assertThat(vendor.defaultVersion()).isEqualTo(OneRosterVersion.V1_1);
    assertThat(vendor.versionAdvice(OneRosterVersion.V1_1)).isEmpty();
    assertThat(vendor.versionAdvice(OneRosterVersion.V1_2)).contains(ADVICE);
  }

  @Test
  void a12Url_isStillDetectedAsThisVendor_andTheClientsCheckGivesTheAdvice() {
    assertThat(vendor.detects(URI.create(URL_12))).isTrue();
    assertThat(SisVendors.resolve(null, null, URL_12, List.of(vendor))).isSameAs(vendor);
    assertThat(VendorUrls.detectVersion(URL_12)).contains(OneRosterVersion.V1_2);
    assertThatThrownBy(() -> SisVendors.requireVersion(vendor, OneRosterVersion.V1_2, "url"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid connection setting (1 problem): url: " + ADVICE);
  }

  @Test
  void versionOfTheConnection_isResolvedByTheDesignRule() {
    assertThat(SisVendors.resolveVersion(vendor, null, null)).isEqualTo(OneRosterVersion.V1_1);
    // A bare root names no version for a vendor without 1.2: an unfinished 1.1 URL.
    assertThat(SisVendors.resolveVersion(vendor, null, "https://sis.example/ims/oneroster"))
        .isEqualTo(OneRosterVersion.V1_1);
    assertThatThrownBy(() -> SisVendors.resolveVersion(vendor, null, URL_12))
        .hasMessage("Invalid connection setting (1 problem): url: " + ADVICE);
    assertThatThrownBy(() -> SisVendors.resolveVersion(vendor, OneRosterVersion.V1_2, null))
        .hasMessage("Invalid connection setting (1 problem): version: " + ADVICE);
  }

  @Test
  void connect_with12Url_isRefusedBeforeAnyRequest_namingTheGenericVendor() {
    assertThatThrownBy(() -> vendor.connect(ConnectionRequest.builder().url(URL_12).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid connection setting (1 problem): url: " + ADVICE);
  }

  @Test
  void connect_withVersion12_isRefused_evenWithA11Url() {
    assertThatThrownBy(
            () ->
                vendor.connect(
                    ConnectionRequest.builder()
                        .version(OneRosterVersion.V1_2)
                        .url("https://oneroster.sims.co.uk")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid connection setting (1 problem): version: " + ADVICE);
  }
}
