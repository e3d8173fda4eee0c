package org.oneroster4j.aspen;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.VendorConnection;

/** An Aspen connection: both URLs as the administrator gave them, no extra request state. */
record AspenConnection(URI baseUrl, URI token, String scopeValue, LineItemRules rules)
    implements VendorConnection {

  @Override
  public Optional<URI> tokenUrl() {
    return Optional.of(token);
  }

  @Override
  public Map<String, String> headers(String method, String path) {
    return Map.of();
  }

  @Override
  public Optional<String> scope() {
    return Optional.ofNullable(scopeValue);
  }

  @Override
  public Optional<LineItemRules> lineItemRules() {
    return Optional.of(rules);
  }

  @Override
  public String toString() {
    return "AspenConnection[baseUrl=" + baseUrl + ", tokenUrl=" + token + "]";
  }
}
