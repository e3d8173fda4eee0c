package org.oneroster4j.spi;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;

/**
 * What a {@link SisVendor} made of the administrator's input: where the OneRoster API is, where
 * tokens come from, and what to add to requests. Immutable and thread-safe.
 */
public interface VendorConnection {

  /**
   * {@return the normalised OneRoster base URL: in 1.1 it ends with {@code /ims/oneroster/v1p1}; in
   * 1.2 it is the root ending with {@code /ims/oneroster} below which the services live} No
   * trailing slash, no query and no fragment; scheme and host are lower case, the path is kept as
   * typed.
   */
  URI baseUrl();

  /**
   * {@return the OneRoster version this connection speaks; default {@link OneRosterVersion#V1_1}}
   */
  default OneRosterVersion version() {
    return OneRosterVersion.V1_1;
  }

  /**
   * {@return the base URL of one service, without a trailing slash} In 1.1 every service shares
   * {@link #baseUrl()}; in 1.2 the default is {@code baseUrl() + "/" + service + "/v1p2"}, e.g.
   * {@code …/ims/oneroster/gradebook/v1p2}. A vendor whose services live elsewhere overrides this.
   *
   * @param service the service the request goes to
   */
  default URI serviceUrl(Service service) {
    Objects.requireNonNull(service, "service");
    if (version() == OneRosterVersion.V1_1) {
      return baseUrl();
    }
    return URI.create(baseUrl() + "/" + service.pathSegment() + "/" + version().pathSegment());
  }

  /**
   * Extra headers for one request to one service. Never null. The default asks {@link
   * #headers(String, String)}, which is enough for 1.1, where the path tells the service.
   *
   * @param service the service the request goes to
   * @param method the HTTP method, e.g. {@code "PUT"}
   * @param path the request path relative to {@link #serviceUrl(Service)}
   * @return the header names and values
   */
  default Map<String, String> headers(Service service, String method, String path) {
    return headers(method, path);
  }

  /**
   * {@return the OAuth 2 token URL, derived from the base URL or given by the caller; empty when
   * the vendor needs none or none was given (the client then requires one for OAuth 2)}
   */
  Optional<URI> tokenUrl();

  /**
   * Extra headers for one request. Never null; empty for most requests.
   *
   * @param method the HTTP method, e.g. {@code "PUT"}
   * @param path the request path relative to {@link #baseUrl()}, e.g. {@code "/lineItems/abc"} or
   *     {@code "/classes/c1/results"}; a query string, if present, is ignored
   * @return the header names and values
   */
  Map<String, String> headers(String method, String path);

  /**
   * {@return the extra form parameters for the token request (e.g. SIMS {@code acr_values});
   * default none}
   */
  default Map<String, String> tokenRequestParameters() {
    return Map.of();
  }

  /**
   * {@return whether cookies set by the token response must be sent on every later call (Aeries)}
   */
  default boolean keepsCookies() {
    return false;
  }

  /**
   * {@return a scope string to request instead of {@link
   * org.oneroster4j.OneRosterScopes#gradeExport} of {@link #version()}; default none}
   */
  default Optional<String> scope() {
    return Optional.empty();
  }

  /**
   * {@return the line-item rules of this connection when its vendor options change the vendor's
   * defaults (for example a title limit set by the administrator); empty means {@link
   * SisVendor#lineItemRules()}} Whoever applies rules should prefer these.
   */
  default Optional<LineItemRules> lineItemRules() {
    return Optional.empty();
  }

  /**
   * {@return a connection with a base URL, an optional token URL and no extra headers: what a
   * spec-faithful SIS needs}
   *
   * @param baseUrl the normalised OneRoster base URL
   * @param tokenUrl the token URL, or null
   */
  static VendorConnection of(URI baseUrl, URI tokenUrl) {
    return new SimpleConnection(
        OneRosterVersion.V1_1, Objects.requireNonNull(baseUrl, "baseUrl"), Map.of(), tokenUrl);
  }

  /**
   * {@return a spec-faithful connection of any version: a base URL (1.1 base or 1.2 root), service
   * base URLs that differ from the derived ones, an optional token URL and no extra headers}
   *
   * @param version the OneRoster version
   * @param baseUrl the normalised base URL (see {@link #baseUrl()})
   * @param serviceUrls service base URLs that override the derived ones; may be empty
   * @param tokenUrl the token URL, or null
   */
  static VendorConnection of(
      OneRosterVersion version, URI baseUrl, Map<Service, URI> serviceUrls, URI tokenUrl) {
    return new SimpleConnection(
        Objects.requireNonNull(version, "version"),
        Objects.requireNonNull(baseUrl, "baseUrl"),
        Map.copyOf(serviceUrls),
        tokenUrl);
  }
}
