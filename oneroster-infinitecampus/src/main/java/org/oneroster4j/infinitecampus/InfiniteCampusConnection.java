package org.oneroster4j.infinitecampus;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
import org.oneroster4j.spi.VendorConnection;

/**
 * An Infinite Campus connection; adds the vendor header on gradebook calls: in 1.1 on gradebook
 * paths, in 1.2 on every call to the gradebook service.
 */
final class InfiniteCampusConnection implements VendorConnection {
  private final OneRosterVersion version;
  private final URI baseUrl;
  private final Map<Service, URI> serviceUrls;
  private final URI tokenUrl;
  private final Map<String, String> gradebookHeaders;

  InfiniteCampusConnection(
      OneRosterVersion version,
      URI baseUrl,
      Map<Service, URI> serviceUrls,
      URI tokenUrl,
      String vendorKey,
      String vendorSecret) {
    this.version = Objects.requireNonNull(version, "version");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.serviceUrls = Map.copyOf(serviceUrls);
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
  public OneRosterVersion version() {
    return version;
  }

  /** A typed service URL when one was given, else the default for {@link #version()}. */
  @Override
  public URI serviceUrl(Service service) {
    URI override = serviceUrls.get(service);
    return override != null ? override : VendorConnection.super.serviceUrl(service);
  }

  @Override
  public Optional<URI> tokenUrl() {
    return Optional.ofNullable(tokenUrl);
  }

  /**
   * In 1.2, {@code x-vendor-authorization} on every gradebook-service call (Infinite Campus
   * requires it on categories, line items, results, score scales and the assessment objects, all
   * gradebook service) and nothing on rostering or resources; in 1.1, by path as {@link
   * #headers(String, String)}.
   */
  @Override
  public Map<String, String> headers(Service service, String method, String path) {
    if (version == OneRosterVersion.V1_1) {
      return headers(method, path);
    }
    return service == Service.GRADEBOOK ? gradebookHeaders : Map.of();
  }

  /**
   * {@code x-vendor-authorization} on categories, lineItems and results paths (1.2: also on paths
   * below {@code /gradebook/v1p2} and on assessment paths) when vendor credentials are configured;
   * nothing on roster paths, which do not need it.
   */
  @Override
  public Map<String, String> headers(String method, String path) {
    return InfiniteCampusVendor.isGradebookRequest(path) ? gradebookHeaders : Map.of();
  }

  @Override
  public String toString() {
    return "InfiniteCampusConnection[version="
        + version.label()
        + ", baseUrl="
        + baseUrl
        + (serviceUrls.isEmpty() ? "" : ", serviceUrls=" + serviceUrls)
        + ", tokenUrl="
        + tokenUrl
        + ", vendorCredentials="
        + (gradebookHeaders.isEmpty() ? "none" : "****")
        + "]";
  }
}
