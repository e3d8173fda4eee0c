package org.oneroster4j.spi;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SisVendor} made of the administrator's input: where the OneRoster API is, where
 * tokens come from, and what to add to requests. Immutable and thread-safe.
 */
public interface VendorConnection {

  /**
   * The normalised OneRoster base URL: it ends with {@code /ims/oneroster/v1p1}, has no trailing
   * slash, no query and no fragment; scheme and host are lower case, the path is kept as typed.
   */
  URI baseUrl();

  /**
   * The OAuth 2 token URL, derived from the base URL or given by the caller; empty when the vendor
   * needs none or none was given (the client then requires one for OAuth 2).
   */
  Optional<URI> tokenUrl();

  /**
   * Extra headers for one request. Never null; empty for most requests.
   *
   * @param method the HTTP method, e.g. {@code "PUT"}
   * @param path the request path relative to {@link #baseUrl()}, e.g. {@code "/lineItems/abc"} or
   *     {@code "/classes/c1/results"}; a query string, if present, is ignored
   */
  Map<String, String> headers(String method, String path);

  /** Extra form parameters for the token request (e.g. SIMS {@code acr_values}); default none. */
  default Map<String, String> tokenRequestParameters() {
    return Map.of();
  }

  /** Whether cookies set by the token response must be sent on every later call (Aeries). */
  default boolean keepsCookies() {
    return false;
  }

  /** A scope string to request instead of the default OneRoster 1.1 scopes; default none. */
  default Optional<String> scope() {
    return Optional.empty();
  }

  /**
   * The line-item rules of this connection when its vendor options change the vendor's defaults
   * (e.g. a title limit set by the administrator); empty means {@link SisVendor#lineItemRules()}.
   * Whoever applies rules should prefer these.
   */
  default Optional<LineItemRules> lineItemRules() {
    return Optional.empty();
  }

  /**
   * A connection with a base URL, an optional token URL and no extra headers: what a spec-faithful
   * SIS needs.
   *
   * @param baseUrl the normalised OneRoster base URL
   * @param tokenUrl the token URL, or null
   */
  static VendorConnection of(URI baseUrl, URI tokenUrl) {
    return new SimpleConnection(Objects.requireNonNull(baseUrl, "baseUrl"), tokenUrl);
  }
}
