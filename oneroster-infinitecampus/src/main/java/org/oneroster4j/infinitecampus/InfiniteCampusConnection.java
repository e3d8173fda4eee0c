package org.oneroster4j.infinitecampus;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.oneroster4j.spi.VendorConnection;
import org.oneroster4j.spi.VendorUrls;

/** An Infinite Campus connection; adds the vendor header on gradebook paths. */
final class InfiniteCampusConnection implements VendorConnection {
  private final URI baseUrl;
  private final URI tokenUrl;
  private final Map<String, String> gradebookHeaders;

  InfiniteCampusConnection(URI baseUrl, URI tokenUrl, String vendorKey, String vendorSecret) {
    this.baseUrl = baseUrl;
    this.tokenUrl = tokenUrl;
    this.gradebookHeaders =
        vendorKey == null
            ? Map.of()
            : Map.of(InfiniteCampusVendor.VENDOR_AUTHORIZATION, vendorKey + ":" + vendorSecret);
  }

  @Override
  public URI baseUrl() {
    return baseUrl;
  }

  @Override
  public Optional<URI> tokenUrl() {
    return Optional.ofNullable(tokenUrl);
  }

  /**
   * {@code x-vendor-authorization} on categories, lineItems and results paths when vendor
   * credentials are configured; nothing on roster paths, which do not need it.
   */
  @Override
  public Map<String, String> headers(String method, String path) {
    return VendorUrls.isGradebookPath(path) ? gradebookHeaders : Map.of();
  }

  @Override
  public String toString() {
    return "InfiniteCampusConnection[baseUrl="
        + baseUrl
        + ", tokenUrl="
        + tokenUrl
        + ", vendorCredentials="
        + (gradebookHeaders.isEmpty() ? "none" : "****")
        + "]";
  }
}
