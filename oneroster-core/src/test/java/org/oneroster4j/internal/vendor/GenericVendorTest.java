package org.oneroster4j.internal.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.VendorConnection;

class GenericVendorTest {
  private final GenericVendor vendor = new GenericVendor();

  private VendorConnection connect(String url) {
    return vendor.connect(ConnectionRequest.builder().url(url).build());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://sis.district.org/ims/oneroster/v1p1 | https://sis.district.org/ims/oneroster/v1p1",
        "https://sis.district.org/ims/oneroster/v1p1/ | https://sis.district.org/ims/oneroster/v1p1",
        "https://SIS.District.ORG/ims/oneroster/v1p1// | https://sis.district.org/ims/oneroster/v1p1",
        "https://sis.district.org | https://sis.district.org/ims/oneroster/v1p1",
        "https://sis.district.org/ | https://sis.district.org/ims/oneroster/v1p1",
        "https://sis.district.org/OneRoster/API | https://sis.district.org/OneRoster/API/ims/oneroster/v1p1",
        "https://sis.district.org/ims/oneroster | https://sis.district.org/ims/oneroster/v1p1",
        "http://localhost:8080/ims/oneroster/v1p1 | http://localhost:8080/ims/oneroster/v1p1",
      })
  void connect_normalisesTheBaseUrl(String typed, String expected) {
    VendorConnection connection = connect(typed);
    assertThat(connection.baseUrl()).isEqualTo(URI.create(expected));
    assertThat(connection.tokenUrl()).isEmpty();
    assertThat(connection.headers("PUT", "/lineItems/x")).isEmpty();
  }

  @Test
  void connect_returnsTheGivenTokenUrl_normalised() {
    VendorConnection connection =
        vendor.connect(
            ConnectionRequest.builder()
                .url("https://sis.district.org")
                .tokenUrl("https://Auth.District.org/oauth/token/?tenant=9")
                .build());
    assertThat(connection.tokenUrl())
        .contains(URI.create("https://auth.district.org/oauth/token?tenant=9"));
  }

  @Test
  void connect_listsEveryProblem_withWhatToType() {
    assertThatThrownBy(
            () ->
                vendor.connect(
                    ConnectionRequest.builder()
                        .url("sis.district.org")
                        .tokenUrl("auth.district.org/token")
                        .build()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(ValidationException.Violation::field)
                  .containsExactly("url", "tokenUrl");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Invalid connection settings for a OneRoster 1.1 server (2 problems): url:"
                          + " 'sis.district.org' has no scheme; type it with https:// in front:"
                          + " https://sis.district.org; tokenUrl: 'auth.district.org/token' has no"
                          + " scheme; type it with https:// in front:"
                          + " https://auth.district.org/token");
            });
  }

  @Test
  void connect_withoutUrl_saysWhatToType() {
    assertThatThrownBy(() -> vendor.connect(ConnectionRequest.builder().build()))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Invalid connection settings for a OneRoster 1.1 server (1 problem): url: is missing;"
                + " type the OneRoster base URL, e.g."
                + " https://sis.district.example/ims/oneroster/v1p1");
  }

  @Test
  void connect_rejectsQueryStringsInTheBaseUrl() {
    assertThatThrownBy(() -> connect("https://sis.district.org/ims/oneroster/v1p1?limit=100"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("has a query string");
  }

  @Test
  void rules_areTheSpecification_withConcurrency4AndPages1000() {
    assertThat(vendor.id()).isEqualTo("generic");
    assertThat(vendor.status()).isEqualTo(PartnershipStatus.AVAILABLE);
    assertThat(vendor.lineItemRules()).isEqualTo(LineItemRules.specification());
    assertThat(vendor.defaultConcurrency()).isEqualTo(4);
    assertThat(vendor.defaultPageSize()).isEqualTo(1000);
    assertThat(vendor.detects(URI.create("https://sis.district.org"))).isFalse();
    assertThat(vendor.explainAuthFailure(401, "GET", "/orgs", false)).isEmpty();
  }
}
