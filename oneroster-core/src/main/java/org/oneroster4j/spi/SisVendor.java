package org.oneroster4j.spi;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.oneroster4j.OneRosterVersion;

/**
 * A SIS vendor plug-in: turns what a school administrator typed into a working OneRoster
 * connection, and states the vendor's gradebook rules.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: declare {@code provides
 * org.oneroster4j.spi.SisVendor with com.example.MyVendor;} in {@code module-info.java}
 * <em>and</em> list the class in {@code META-INF/services/org.oneroster4j.spi.SisVendor}, so the
 * vendor is found on the module path and on the class path. An implementation needs a public
 * no-argument constructor, must be immutable and thread-safe, and must never put a secret in an
 * exception message or in {@code toString()}. {@link SisVendors#resolve} picks the vendor for a
 * connection.
 */
public interface SisVendor {

  /**
   * {@return the vendor id: lower-case letters and digits, for example {@code "generic"}, {@code
   * "infinitecampus"}, {@code "skyward"}; later {@code "aeries"}, {@code "aspen"}, {@code "sims"}}
   */
  String id();

  /** {@return the vendor's name as schools know it, for example {@code "Infinite Campus"}} */
  String displayName();

  /** {@return the partnership status shown in the status table} */
  PartnershipStatus status();

  /**
   * {@return true when {@code url} is recognisably one of this vendor's servers (host name or path
   * shape)} Called only when the caller named no vendor; {@code generic} returns false. Must not
   * throw and must not do I/O.
   *
   * @param url the url
   */
  boolean detects(URI url);

  /**
   * Normalises what the administrator typed into a connection: the OneRoster base URL (for 1.2 the
   * root and the service URLs), the token URL and per-request headers, for {@link
   * ConnectionRequest#version()}, which is always one of {@link #versions()}.
   *
   * @param request the request
   * @return the connection: base and service URLs, token URL, headers, version
   * @throws org.oneroster4j.error.ValidationException listing every problem with the input and
   *     saying what to type instead
   */
  VendorConnection connect(ConnectionRequest request);

  /** {@return the vendor's rules for categories, line items and results (its default version's)} */
  LineItemRules lineItemRules();

  /**
   * {@return the vendor's rules for one OneRoster version; by default {@link #lineItemRules()}} A
   * vendor whose rules differ by version (Infinite Campus requires a real category in 1.2)
   * overrides it.
   *
   * @param version the connection's OneRoster version
   */
  default LineItemRules lineItemRules(OneRosterVersion version) {
    return lineItemRules();
  }

  /**
   * {@return the OneRoster versions this vendor's servers speak and this module can connect to; by
   * default only {@link OneRosterVersion#V1_1}} The client refuses any other version before
   * connecting.
   */
  default Set<OneRosterVersion> versions() {
    return Set.of(OneRosterVersion.V1_1);
  }

  /**
   * Explains why this vendor cannot connect over {@code requested}, a version not in {@link
   * #versions()}, and what to do instead (the version this vendor speaks, or the generic vendor to
   * try an endpoint anyway). The client raises it, before any request, when the caller chose such a
   * version or the URL names one; {@link SisVendors#requireVersion} does that. Empty (the default)
   * lets {@link SisVendors#requireVersion} say it in general terms.
   *
   * @param requested the version asked for or detected from the URL
   * @return a message an administrator can act on, or empty
   */
  default Optional<String> versionAdvice(OneRosterVersion requested) {
    return Optional.empty();
  }

  /**
   * {@return the version used when the caller chose none and the URL does not tell; by default
   * {@link OneRosterVersion#V1_1}} Must be one of {@link #versions()}.
   */
  default OneRosterVersion defaultVersion() {
    return OneRosterVersion.V1_1;
  }

  /**
   * {@return how many requests to run in parallel unless the caller sets {@code maxConcurrency}}
   */
  int defaultConcurrency();

  /**
   * {@return the {@code limit} to ask for on collection reads unless the caller sets a page size}
   */
  int defaultPageSize();

  /**
   * Explains, in this vendor's terms, a base URL that answers but not like a OneRoster API (an HTML
   * page, a 404): where this vendor serves OneRoster and what to type instead. Used by the
   * connection check ({@code Diagnosis.Problem.NOT_ONEROSTER}); empty (the default) keeps its
   * general advice. Must not do I/O.
   *
   * @param baseUrl the connection's normalised base URL (1.1 base, or 1.2 root)
   * @param version the connection's OneRoster version
   * @return a sentence or two saying what to type instead, or empty
   */
  default Optional<String> explainWrongPath(URI baseUrl, OneRosterVersion version) {
    return Optional.empty();
  }

  /**
   * Says, in this vendor's terms, which setting the token URL is, for a token URL that does not
   * issue OAuth 2 tokens (e.g. Skyward's "Authentication URL"). Used by the connection check
   * ({@code Diagnosis.Problem.TOKEN_URL_WRONG}); empty (the default) keeps its general advice.
   *
   * @param version the connection's OneRoster version
   * @return a sentence saying where the right token URL is, or empty
   */
  default Optional<String> explainTokenUrl(OneRosterVersion version) {
    return Optional.empty();
  }

  /**
   * Explains an authentication or authorisation failure in this vendor's terms, when there is
   * something vendor-specific to say.
   *
   * @param httpStatus the HTTP status, e.g. 401 or 403
   * @param method the HTTP method, e.g. {@code "PUT"}
   * @param path the request path relative to the base URL (1.1) or to the service's base URL (1.2,
   *     {@link VendorConnection#serviceUrl}), e.g. {@code "/lineItems/abc"}; a query string, if
   *     present, is ignored
   * @param vendorCredentialsConfigured whether {@link ConnectionRequest#vendorKey()} and {@link
   *     ConnectionRequest#vendorSecret()} were given
   * @return a sentence or two saying what is wrong and what to configure, or empty
   */
  default Optional<String> explainAuthFailure(
      int httpStatus, String method, String path, boolean vendorCredentialsConfigured) {
    return Optional.empty();
  }
}
