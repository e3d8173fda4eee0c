package org.oneroster4j.spi;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;

/** The plain connection of {@link VendorConnection#of}. */
record SimpleConnection(
    OneRosterVersion version, URI baseUrl, Map<Service, URI> serviceUrls, URI token)
    implements VendorConnection {
  @Override
  public Optional<URI> tokenUrl() {
    return Optional.ofNullable(token);
  }

  @Override
  public URI serviceUrl(Service service) {
    URI override = serviceUrls.get(service);
    return override != null ? override : VendorConnection.super.serviceUrl(service);
  }

  @Override
  public Map<String, String> headers(String method, String path) {
    return Map.of();
  }

  @Override
  public String toString() {
    return "VendorConnection[version="
        + version.label()
        + ", baseUrl="
        + baseUrl
        + (serviceUrls.isEmpty() ? "" : ", serviceUrls=" + serviceUrls)
        + ", tokenUrl="
        + token
        + "]";
  }
}
