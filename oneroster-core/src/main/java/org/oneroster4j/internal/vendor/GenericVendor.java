package org.oneroster4j.internal.vendor;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.VendorConnection;
import org.oneroster4j.spi.VendorUrls;

/**
 * The spec-faithful OneRoster vendor (1.1 and 1.2), used when no vendor module applies.
 *
 * <p>1.1 base URL: as typed when it already ends with {@code /ims/oneroster/v1p1}, otherwise that
 * path is appended. 1.2: the root ending in {@code /ims/oneroster}, typed as such or as a service
 * base ({@code …/rostering/v1p2}, {@code …/gradebook/v1p2}); the other services are derived by
 * swapping the service segment, and {@code serviceUrl(Service, url)} overrides one. Token URL: only
 * what the caller gives (the client requires one for OAuth 2). Rules: {@link
 * LineItemRules#specification()}.
 *
 * <p>Page size 1000: the specification's default page is 100, which makes large rosters slow;
 * Classroom partners must serve 10,000, but an arbitrary 1.1 server may time out or cap far below
 * that, and the client pages by the items a server actually returns, so a lower cap costs only
 * round trips. Concurrency 4: enough to overlap network latency without looking like a load test to
 * a server whose limits are unknown.
 */
public final class GenericVendor implements SisVendor {
  static final String URL_EXAMPLE = "https://sis.district.example/ims/oneroster/v1p1";
  static final String TOKEN_EXAMPLE = "https://sis.district.example/oauth/token";

  /** Creates the vendor; called by {@link java.util.ServiceLoader}. */
  public GenericVendor() {}

  @Override
  public String id() {
    return "generic";
  }

  @Override
  public String displayName() {
    return "OneRoster (generic)";
  }

  @Override
  public PartnershipStatus status() {
    return PartnershipStatus.AVAILABLE;
  }

  /** Never detects: generic is what remains when no vendor does. */
  @Override
  public boolean detects(URI url) {
    return false;
  }

  @Override
  public VendorConnection connect(ConnectionRequest request) {
    List<Violation> problems = new ArrayList<>();
    URI base = null;
    try {
      URI typed =
          VendorUrls.parse(
              "url",
              request.url(),
              "the OneRoster base URL",
              URL_EXAMPLE,
              VendorUrls.Query.REJECTED);
      base =
          request.version() == OneRosterVersion.V1_2
              ? VendorUrls.toV1p2Root("url", typed)
              : VendorUrls.toV1p1Base("url", typed);
    } catch (ValidationException e) {
      problems.addAll(e.violations());
    }
    Map<Service, URI> services = new EnumMap<>(Service.class);
    if (request.version() == OneRosterVersion.V1_2) {
      request
          .serviceUrls()
          .forEach(
              (service, typedUrl) -> {
                try {
                  services.put(
                      service,
                      VendorUrls.toV1p2ServiceUrl(
                          "serviceUrl(" + service.name() + ")", service, typedUrl));
                } catch (ValidationException e) {
                  problems.addAll(e.violations());
                }
              });
    }
    URI token = null;
    if (request.tokenUrl() != null) {
      try {
        token =
            VendorUrls.parse(
                "tokenUrl",
                request.tokenUrl(),
                "the OAuth 2 token URL",
                TOKEN_EXAMPLE,
                VendorUrls.Query.ALLOWED);
      } catch (ValidationException e) {
        problems.addAll(e.violations());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(
          "connection settings for a " + request.version() + " server", problems);
    }
    return VendorConnection.of(request.version(), base, services, token);
  }

  @Override
  public Set<OneRosterVersion> versions() {
    return Set.of(OneRosterVersion.V1_1, OneRosterVersion.V1_2);
  }

  @Override
  public LineItemRules lineItemRules() {
    return LineItemRules.specification();
  }

  @Override
  public int defaultConcurrency() {
    return 4;
  }

  @Override
  public int defaultPageSize() {
    return 1000;
  }

  @Override
  public String toString() {
    return "SisVendor[generic]";
  }
}
