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
   * The vendor id: lower-case letters and digits, e.g. {@code "generic"}, {@code "infinitecampus"},
   * {@code "skyward"}; later {@code "aeries"}, {@code "aspen"}, {@code "sims"}.
   */
  String id();

  /** The vendor's name as schools know it, e.g. {@code "Infinite Campus"}. */
  String displayName();

  /** The partnership status shown in the status table. */
  PartnershipStatus status();

  /**
   * Returns true when {@code url} is recognisably one of this vendor's servers (host name or path
   * shape). Called only when the caller named no vendor; {@code generic} returns false. Must not
   * throw and must not do I/O.
   */
  boolean detects(URI url);

  /**
   * Normalises what the administrator typed into a connection: the OneRoster base URL (for 1.2 the
   * root and the service URLs), the token URL and per-request headers, for {@link
   * ConnectionRequest#version()}, which is always one of {@link #versions()}.
   *
   * @throws org.oneroster4j.error.ValidationException listing every problem with the input and
   *     saying what to type instead
   */
  VendorConnection connect(ConnectionRequest request);

  /** The vendor's rules for categories, line items and results (its default version's). */
  LineItemRules lineItemRules();

  /**
   * The vendor's rules for one OneRoster version; by default {@link #lineItemRules()}. A vendor
   * whose rules differ by version (Infinite Campus requires a real category in 1.2) overrides it.
   */
  default LineItemRules lineItemRules(OneRosterVersion version) {
    return lineItemRules();
  }

  /**
   * The OneRoster versions this vendor's servers speak and this module can connect to; by default
   * only {@link OneRosterVersion#V1_1}. The client refuses any other version before connecting.
   */
  default Set<OneRosterVersion> versions() {
    return Set.of(OneRosterVersion.V1_1);
  }

  /**
   * Explains, in this vendor's terms, why {@code requested} (not one of {@link #versions()}) cannot
   * be used and what to do instead; empty for the client's generic advice.
   */
  default Optional<String> versionAdvice(OneRosterVersion requested) {
    return Optional.empty();
  }

  /**
   * The version used when the caller chose none and the URL does not tell; by default {@link
   * OneRosterVersion#V1_1}. Must be one of {@link #versions()}.
   */
  default OneRosterVersion defaultVersion() {
    return OneRosterVersion.V1_1;
  }

  /** How many requests to run in parallel unless the caller sets {@code maxConcurrency}. */
  int defaultConcurrency();

  /** The {@code limit} to ask for on collection reads unless the caller sets a page size. */
  int defaultPageSize();

  /**
   * Explains an authentication or authorisation failure in this vendor's terms, when there is
   * something vendor-specific to say.
   *
   * @param httpStatus the HTTP status, e.g. 401 or 403
   * @param method the HTTP method, e.g. {@code "PUT"}
   * @param path the request path relative to the base URL, e.g. {@code "/lineItems/abc"}; a query
   *     string, if present, is ignored
   * @param vendorCredentialsConfigured whether {@link ConnectionRequest#vendorKey()} and {@link
   *     ConnectionRequest#vendorSecret()} were given
   * @return a sentence or two saying what is wrong and what to configure, or empty
   */
  default Optional<String> explainAuthFailure(
      int httpStatus, String method, String path, boolean vendorCredentialsConfigured) {
    return Optional.empty();
  }
}
