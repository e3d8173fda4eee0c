package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionRequestTest {

  @Test
  void toString_redactsTheVendorSecret_andOptionValues() {
    ConnectionRequest request =
        ConnectionRequest.builder()
            .url("https://sis.example.org")
            .vendorCredentials("vk_1", "super-secret-value")
            .option("orgId", "hidden-value")
            .build();
    assertThat(request.toString())
        .contains("vendorKey=vk_1", "vendorSecret=****", "options=[orgId]")
        .doesNotContain("super-secret-value")
        .doesNotContain("hidden-value");
    assertThat(request.vendorSecret()).isEqualTo("super-secret-value");
    assertThat(request.hasVendorCredentials()).isTrue();
  }

  @Test
  void builder_holdsValuesAsTyped_andToBuilderRoundTrips() {
    ConnectionRequest request =
        ConnectionRequest.builder()
            .url(" https://SIS.example.org/ ")
            .tokenUrl("https://sis.example.org/token")
            .options(Map.of("a", "1"))
            .build();
    assertThat(request.url()).isEqualTo(" https://SIS.example.org/ ");
    assertThat(request.tokenUrl()).isEqualTo("https://sis.example.org/token");
    assertThat(request.vendorKey()).isNull();
    assertThat(request.hasVendorCredentials()).isFalse();
    assertThat(request.options()).containsExactly(Map.entry("a", "1"));
    assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(request.toString()).contains("vendorSecret=null");
  }

  @Test
  void options_areUnmodifiable_andRejectNulls() {
    ConnectionRequest request = ConnectionRequest.builder().build();
    assertThatThrownBy(() -> request.options().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ConnectionRequest.builder().option("x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void vendorConnectionOf_hasNoHeadersAndTheGivenUrls() {
    VendorConnection connection =
        VendorConnection.of(URI.create("https://h.example/ims/oneroster/v1p1"), null);
    assertThat(connection.tokenUrl()).isEmpty();
    assertThat(connection.headers("PUT", "/lineItems/x")).isEmpty();
    assertThat(connection.tokenRequestParameters()).isEmpty();
    assertThat(connection.keepsCookies()).isFalse();
    assertThat(connection.scope()).isEmpty();
    assertThat(
            VendorConnection.of(URI.create("https://h.example"), URI.create("https://h.example/t"))
                .tokenUrl())
        .contains(URI.create("https://h.example/t"));
  }
}
