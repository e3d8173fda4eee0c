package org.oneroster4j.sims;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.VendorConnection;

/** A SIMS connection: fixed (or test) hosts and the organisation in every token request. */
record SimsConnection(
    URI baseUrl, URI token, String scopeValue, String acrValues, LineItemRules rules)
    implements VendorConnection {

  @Override
  public Optional<URI> tokenUrl() {
    return Optional.of(token);
  }

  @Override
  public Map<String, String> headers(String method, String path) {
    return Map.of();
  }

  /** {@code acr_values} naming the school's organisation. */
  @Override
  public Map<String, String> tokenRequestParameters() {
    return Map.of("acr_values", acrValues);
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
    return "SimsConnection[baseUrl=" + baseUrl + ", tokenUrl=" + token + "]";
  }
}
