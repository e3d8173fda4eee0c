package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.VendorConnection;

/** {@link OneRosterClient#lineItemRules()}: a connection's rules win over the vendor's. */
class ClientLineItemRulesTest {
  private static final LineItemRules VENDOR_RULES =
      LineItemRules.builder().titleMaxLength(50).build();

  /** Sets the title limit from option {@code titleMaxLength} when given. */
  static final class OptionVendor implements SisVendor {
    @Override
    public String id() {
      return "optionvendor";
    }

    @Override
    public String displayName() {
      return "Option vendor";
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
      URI base = URI.create(request.url() + "/ims/oneroster/v1p1");
      URI token = URI.create(request.url() + "/token");
      String limit = request.options().get("titleMaxLength");
      if (limit == null) {
        return VendorConnection.of(base, token);
      }
      LineItemRules rules =
          VENDOR_RULES.toBuilder().titleMaxLength(Integer.parseInt(limit)).build();
      return new VendorConnection() {
        @Override
        public URI baseUrl() {
          return base;
        }

        @Override
        public Optional<URI> tokenUrl() {
          return Optional.of(token);
        }

        @Override
        public Map<String, String> headers(String method, String path) {
          return Map.of();
        }

        @Override
        public Optional<LineItemRules> lineItemRules() {
          return Optional.of(rules);
        }
      };
    }

    @Override
    public LineItemRules lineItemRules() {
      return VENDOR_RULES;
    }

    @Override
    public int defaultConcurrency() {
      return 1;
    }

    @Override
    public int defaultPageSize() {
      return 100;
    }
  }

  private static OneRosterClient.Builder builder() {
    return OneRosterClient.builder()
        .vendor(new OptionVendor())
        .url("https://sis.example.org")
        .credentials(Credentials.clientCredentials("id", "secret"));
  }

  @Test
  void lineItemRules_withoutConnectionRules_areTheVendors() {
    assertThat(builder().build().lineItemRules()).isSameAs(VENDOR_RULES);
  }

  @Test
  void lineItemRules_changedByAVendorOption_areTheConnections() {
    OneRosterClient client = builder().vendorOption("titleMaxLength", "20").build();
    assertThat(client.lineItemRules().titleMaxLength()).isEqualTo(20);
    assertThat(client.vendor().lineItemRules().titleMaxLength()).isEqualTo(50);
  }
}
