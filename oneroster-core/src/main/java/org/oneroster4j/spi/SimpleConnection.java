package org.oneroster4j.spi;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The plain connection of {@link VendorConnection#of}. */
record SimpleConnection(URI baseUrl, URI token) implements VendorConnection {
  @Override
  public Optional<URI> tokenUrl() {
    return Optional.ofNullable(token);
  }

  @Override
  public Map<String, String> headers(String method, String path) {
    return Map.of();
  }

  @Override
  public String toString() {
    return "VendorConnection[baseUrl=" + baseUrl + ", tokenUrl=" + token + "]";
  }
}
