package org.oneroster4j.aeries;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.VendorConnection;

/**
 * An Aeries connection: token URL under the Aeries site, an explicit scope, and the session cookies
 * of the token response kept for every later call.
 */
record AeriesConnection(URI baseUrl, URI token, String scopeValue, LineItemRules rules)
    implements VendorConnection {

  @Override
  public Optional<URI> tokenUrl() {
    return Optional.of(token);
  }

  /** None: Aeries needs cookies, not headers (see {@link #keepsCookies()}). */
  @Override
  public Map<String, String> headers(String method, String path) {
    return Map.of();
  }

  /**
   * True: Aeries' load balancer pins a client to one server with the {@code ARRAffinity} and {@code
   * ASP.NET_SessionId} cookies set by the token response; calls without them are refused.
   */
  @Override
  public boolean keepsCookies() {
    return true;
  }

  /** Always present: Aeries refuses a token request without at least one scope. */
  @Override
  public Optional<String> scope() {
    return Optional.of(scopeValue);
  }

  @Override
  public Optional<LineItemRules> lineItemRules() {
    return Optional.of(rules);
  }

  @Override
  public String toString() {
    return "AeriesConnection[baseUrl=" + baseUrl + ", tokenUrl=" + token + "]";
  }
}
