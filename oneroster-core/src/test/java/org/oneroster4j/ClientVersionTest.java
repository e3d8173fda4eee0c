package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.model.AssessmentLineItem;
import org.oneroster4j.model.AssessmentResult;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.VendorConnection;

/** How a client picks its OneRoster version and service URLs; no request is sent. */
class ClientVersionTest {
  private static final Credentials OAUTH2 = Credentials.clientCredentials("id", "s3cr3t-value");

  private static OneRosterClient.Builder generic(String url) {
    return OneRosterClient.builder()
        .vendor("generic")
        .url(url)
        .tokenUrl("https://sis.example.org/oauth/token")
        .credentials(OAUTH2);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://sis.example.org, V1_1, https://sis.example.org/ims/oneroster/v1p1",
    "https://sis.example.org/ims/oneroster/v1p1, V1_1, https://sis.example.org/ims/oneroster/v1p1",
    "https://sis.example.org/ims/oneroster, V1_2, https://sis.example.org/ims/oneroster",
    "https://sis.example.org/x/ims/oneroster/rostering/v1p2/, V1_2,"
        + " https://sis.example.org/x/ims/oneroster",
    "https://sis.example.org/ims/oneroster/gradebook/v1p2, V1_2,"
        + " https://sis.example.org/ims/oneroster",
  })
  void version_isDetectedFromTheUrl(String url, OneRosterVersion version, String base) {
    OneRosterClient client = generic(url).build();
    assertThat(client.version()).isEqualTo(version);
    assertThat(client.baseUrl()).hasToString(base);
  }

  @Test
  void v12_derivesEachServiceBySwappingTheServiceSegment() {
    OneRosterClient client =
        generic("https://sis.example.org/pre/ims/oneroster/rostering/v1p2").build();
    assertThat(client.serviceUrl(Service.ROSTERING))
        .hasToString("https://sis.example.org/pre/ims/oneroster/rostering/v1p2");
    assertThat(client.serviceUrl(Service.GRADEBOOK))
        .hasToString("https://sis.example.org/pre/ims/oneroster/gradebook/v1p2");
  }

  @Test
  void v12_serviceUrlOverridesOneService() {
    OneRosterClient client =
        generic("https://sis.example.org/ims/oneroster")
            .serviceUrl(Service.GRADEBOOK, "https://grades.example.org/api/gradebook/v1p2/")
            .build();
    assertThat(client.serviceUrl(Service.GRADEBOOK))
        .hasToString("https://grades.example.org/api/gradebook/v1p2");
    assertThat(client.serviceUrl(Service.ROSTERING))
        .hasToString("https://sis.example.org/ims/oneroster/rostering/v1p2");
  }

  @Test
  void v12_serviceUrlOfTheWrongService_isRefused() {
    assertThatThrownBy(
            () ->
                generic("https://sis.example.org/ims/oneroster")
                    .serviceUrl(Service.GRADEBOOK, "https://sis.example.org/ims/oneroster/x")
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must end in /gradebook/v1p2");
  }

  @Test
  void v11_everyServiceSharesTheOneBase() {
    OneRosterClient client = generic("https://sis.example.org/ims/oneroster/v1p1").build();
    for (Service service : Service.values()) {
      assertThat(client.serviceUrl(service)).isEqualTo(client.baseUrl());
    }
  }

  @Test
  void explicitVersion_winsOverTheVendorDefault() {
    OneRosterClient client =
        generic("https://sis.example.org").version(OneRosterVersion.V1_2).build();
    assertThat(client.version()).isEqualTo(OneRosterVersion.V1_2);
    assertThat(client.baseUrl()).hasToString("https://sis.example.org/ims/oneroster");
  }

  @Test
  void v11Url_withVersion12_isRefusedWithTheUrlToType() {
    assertThatThrownBy(
            () ->
                generic("https://sis.example.org/ims/oneroster/v1p1")
                    .version(OneRosterVersion.V1_2)
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is a OneRoster 1.1 URL, but version(V1_2) was chosen")
        .hasMessageContaining("root ending in /ims/oneroster")
        .hasMessageContaining("version(OneRosterVersion.V1_1)");
  }

  @Test
  void v12Url_withVersion11_isRefusedWithTheUrlToType() {
    assertThatThrownBy(
            () ->
                generic("https://sis.example.org/ims/oneroster/rostering/v1p2")
                    .version(OneRosterVersion.V1_1)
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is a OneRoster 1.2 URL, but version(V1_1) was chosen")
        .hasMessageContaining("ends in /ims/oneroster/v1p1");
  }

  @Test
  void oauth1_withVersion12_isRefusedBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                OneRosterClient.builder()
                    .url("https://sis.example.org/ims/oneroster")
                    .credentials(Credentials.oauth1("key", "very-secret-value"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OneRoster 1.2 allows only OAuth 2 client credentials")
        .hasMessageNotContaining("very-secret-value");
  }

  @Test
  void vendorWithout12_isRefusedNamingTheGenericVendor() {
    assertThatThrownBy(
            () ->
                OneRosterClient.builder()
                    .vendor(new OneOneOnly())
                    .url("https://sis.example.org/ims/oneroster/rostering/v1p2")
                    .tokenUrl("https://sis.example.org/token")
                    .credentials(OAUTH2)
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "Only 1.1 (vendor \"oneoneonly\") connects over OneRoster 1.1 only, not OneRoster 1.2")
        .hasMessageContaining("vendor(\"generic\")");
  }

  @Test
  void toString_namesTheVersion() {
    assertThat(generic("https://sis.example.org/ims/oneroster").build().toString())
        .contains("version=1.2")
        .doesNotContain("s3cr3t-value");
  }

  @Test
  void v12Endpoint_onA11Client_isRefusedWithTheFix() throws Exception {
    // Score scales exist only in 1.2; a 1.1 client must not send them to a 1.1 server.
    OneRosterClient client = generic("https://sis.example.org/ims/oneroster/v1p1").build();
    var method = OneRosterClient.class.getMethod("scoreScales");
    assertThatThrownBy(
            () -> {
              try {
                method.invoke(client);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            })
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("is not part of OneRoster 1.1")
        .hasMessageContaining("version(OneRosterVersion.V1_2)");
  }

  @Test
  void assessmentWrite_onA11Client_isRefusedAsNot11_beforeValidation() {
    OneRosterClient client = generic("https://sis.example.org/ims/oneroster/v1p1").build();
    // Invalid on purpose: the version, not the missing members, is what the caller must fix.
    AssessmentResult invalid = AssessmentResult.builder().sourcedId("ar-1").build();

    assertThatThrownBy(() -> client.putAssessmentResult(invalid))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("PUT /assessmentResults/{sourcedId} is not part of OneRoster 1.1");
    assertThatThrownBy(() -> client.deleteAssessmentLineItem("ali-1"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("version(OneRosterVersion.V1_2)");
  }

  @Test
  void assessmentWrite_onA12Client_isValidatedBeforeAnyRequest() {
    OneRosterClient client = generic("https://sis.example.org/ims/oneroster").build();

    assertThatThrownBy(
            () -> client.putAssessmentLineItem(AssessmentLineItem.builder().sourcedId("a").build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("assessmentLineItem a")
        .hasMessageContaining("title");
    assertThatThrownBy(
            () ->
                client.putAssessmentResult(
                    AssessmentResult.builder()
                        .sourcedId("ar-1")
                        .assessmentLineItem(GuidRef.of("a", GuidRefType.ASSESSMENT_LINE_ITEM))
                        .student(GuidRef.of("s", GuidRefType.USER))
                        .scoreStatus(ScoreStatus.FULLY_GRADED)
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("scoreDate");
  }

  /** A vendor that speaks 1.1 only and explains nothing itself. */
  static final class OneOneOnly implements SisVendor {
    @Override
    public String id() {
      return "oneoneonly";
    }

    @Override
    public String displayName() {
      return "Only 1.1";
    }

    @Override
    public PartnershipStatus status() {
      return PartnershipStatus.PILOT;
    }

    @Override
    public boolean detects(URI url) {
      return false;
    }

    @Override
    public VendorConnection connect(ConnectionRequest request) {
      return VendorConnection.of(URI.create(request.url()), null);
    }

    @Override
    public LineItemRules lineItemRules() {
      return LineItemRules.specification();
    }

    @Override
    public int defaultConcurrency() {
      return 1;
    }

    @Override
    public int defaultPageSize() {
      return 100;
    }

    @Override
    public Optional<String> explainAuthFailure(
        int httpStatus, String method, String path, boolean vendorCredentialsConfigured) {
      return Optional.empty();
    }
  }
}
