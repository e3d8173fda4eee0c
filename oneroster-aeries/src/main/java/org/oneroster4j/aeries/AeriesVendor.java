package org.oneroster4j.aeries;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.SisVendors;
import org.oneroster4j.spi.VendorConnection;
import org.oneroster4j.spi.VendorOptions;
import org.oneroster4j.spi.VendorUrls;

/**
 * Aeries (id {@code aeries}).
 *
 * <ul>
 *   <li><b>URL</b>: the Aeries site address <em>with its sub-directory</em>, e.g. {@code
 *       https://demo.aeries.net/aeries} (hosted districts: {@code
 *       https://<district>api.aeries.net/admin}), becomes {@code
 *       https://demo.aeries.net/aeries/ims/oneroster/v1p1}; a full OneRoster URL is taken as typed;
 *       trailing slashes and an upper-case host are fixed. A bare host is refused: administrators
 *       copy the address of the Aeries login page up to the last {@code /}.
 *   <li><b>Token URL</b>: derived, {@code <Aeries site>/token}, e.g. {@code
 *       https://demo.aeries.net/aeries/token}; an explicit token URL wins (older Aeries versions
 *       used other paths).
 *   <li><b>Token request</b>: always carries a {@code scope} (Aeries refuses a token request
 *       without one): the four OneRoster 1.1 roster and gradebook scopes unless option {@code
 *       scope} says otherwise.
 *   <li><b>Per-request state</b>: the {@code ARRAffinity} and {@code ASP.NET_SessionId} cookies set
 *       by the token response are sent on every later call ({@link VendorConnection#keepsCookies}).
 *   <li><b>Rules</b>: whole-number points; due date required; titles longer than 50 characters
 *       (option {@code titleMaxLength}, 0 for none) are shortened with a warning; an LMS category
 *       is sent only when it matches an existing category of the Aeries gradebook, otherwise none
 *       (the gradebook's default applies); no grading period. SourcedIds such as {@code 994_1001}
 *       or {@code TCH_…} are opaque.
 *   <li><b>Load</b>: pages of 1,000, 2 requests in parallel (Aeries recommends off-peak syncs and
 *       publishes no limits).
 * </ul>
 *
 * <p>Options ({@code OneRosterClient.builder().vendorOption(name, value)}): {@code scope} (the
 * scope string of the token request), {@code titleMaxLength} (default 50).
 */
public final class AeriesVendor implements SisVendor {
  /** Option: the scope string of the token request. */
  public static final String OPTION_SCOPE = "scope";

  /** Option: the longest line item title, 0 for no limit; default 50. */
  public static final String OPTION_TITLE_MAX_LENGTH = "titleMaxLength";

  /** The scopes asked for unless option {@code scope} is set: OneRoster 1.1 roster + gradebook. */
  public static final String DEFAULT_SCOPE =
      "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly"
          + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.readonly"
          + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.createput"
          + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.delete";

  /** The title limit unless option {@code titleMaxLength} is set (integrators report 50). */
  public static final int DEFAULT_TITLE_MAX_LENGTH = 50;

  static final String URL_EXAMPLE = "https://demo.aeries.net/aeries";
  static final String URL_WHAT =
      "the Aeries address with its sub-directory (the login page address up to the last '/')";

  private static final Pattern PAGE =
      Pattern.compile(".*/[^/]+\\.(aspx?|html?|php|jsp|do|cfm)$", Pattern.CASE_INSENSITIVE);

  private static final LineItemRules RULES =
      LineItemRules.builder()
          .titleMaxLength(DEFAULT_TITLE_MAX_LENGTH)
          .categoryPolicy(CategoryPolicy.MATCH_OR_OMIT)
          .gradingPeriodPolicy(GradingPeriodPolicy.OMIT)
          .dueDateRequired(true)
          .wholeNumberPoints(true)
          .commentMaxLength(0)
          .deletesPropagate(true)
          .build();

  /** Creates the vendor; called by {@link java.util.ServiceLoader}. */
  public AeriesVendor() {}

  @Override
  public String id() {
    return "aeries";
  }

  @Override
  public String displayName() {
    return "Aeries";
  }

  @Override
  public PartnershipStatus status() {
    return PartnershipStatus.AVAILABLE;
  }

  /** Detects {@code aeries.net} and its sub-domains (Aeries-hosted districts). */
  @Override
  public boolean detects(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return host.equals("aeries.net") || host.endsWith(".aeries.net");
  }

  @Override
  public VendorConnection connect(ConnectionRequest request) {
    SisVendors.requireVersion(this, request);
    List<Violation> problems = new ArrayList<>();
    VendorOptions options =
        VendorOptions.of(request, displayName(), List.of(OPTION_SCOPE, OPTION_TITLE_MAX_LENGTH));
    URI base = null;
    URI site = null;
    try {
      base = baseUrl(request.url());
      site = siteOf(base);
    } catch (ValidationException e) {
      problems.addAll(e.violations());
    }
    URI token = null;
    if (request.tokenUrl() != null && !request.tokenUrl().isBlank()) {
      try {
        token =
            VendorUrls.parse(
                "tokenUrl",
                request.tokenUrl(),
                "Aeries' token URL (or leave it unset: it is <Aeries address>/token)",
                URL_EXAMPLE + "/token",
                VendorUrls.Query.ALLOWED);
      } catch (ValidationException e) {
        problems.addAll(e.violations());
      }
    } else if (site != null) {
      token = VendorUrls.withPath(site, site.getRawPath() + "/token");
    }
    String scope = options.text(OPTION_SCOPE).orElse(DEFAULT_SCOPE);
    int titleMax = options.nonNegativeInt(OPTION_TITLE_MAX_LENGTH, DEFAULT_TITLE_MAX_LENGTH);
    problems.addAll(options.problems());
    if (!problems.isEmpty()) {
      throw new ValidationException("Aeries connection settings", problems);
    }
    return new AeriesConnection(
        base, token, scope, RULES.toBuilder().titleMaxLength(titleMax).build());
  }

  @Override
  public LineItemRules lineItemRules() {
    return RULES;
  }

  /**
   * OneRoster 1.1 only: no public OneRoster 1.2 documentation exists, so a 1.2 version or URL is
   * refused with the 1.1 URL to type and the generic vendor as the way to try a 1.2 endpoint.
   */
  @Override
  public Optional<String> versionAdvice(OneRosterVersion requested) {
    if (requested == OneRosterVersion.V1_1) {
      return Optional.empty();
    }
    return Optional.of(
        "Aeries documents no OneRoster "
            + requested.label()
            + " API, only 1.1; OneRoster4j connects to Aeries over OneRoster 1.1 (<Aeries"
            + " address>/ims/oneroster/v1p1, e.g. https://demo.aeries.net/aeries/ims/oneroster/v1p1). "
            + SisVendors.tryGenericAdvice(requested));
  }

  @Override
  public int defaultConcurrency() {
    return 2;
  }

  @Override
  public int defaultPageSize() {
    return 1000;
  }

  @Override
  public Optional<String> explainAuthFailure(
      int httpStatus, String method, String path, boolean vendorCredentialsConfigured) {
    String call = method + " " + (path == null ? "" : path);
    if (httpStatus == 401) {
      return Optional.of(
          "Aeries refused "
              + call
              + ": check the client id and secret of the OneRoster vendor record (Aeries:"
              + " Security > API Security, type OneRoster). Aeries also ties the token to the"
              + " ARRAffinity and ASP.NET_SessionId cookies of the token response; a proxy that"
              + " drops cookies causes this too.");
    }
    if (httpStatus == 403) {
      if (VendorUrls.isGradebookPath(path)) {
        return Optional.of(
            "Aeries refused "
                + call
                + ": in Aeries, Security > API Security, give this OneRoster vendor update and"
                + " insert permission on Gradebook Assignment, Gradebook Category and Gradebook"
                + " Scores. Aeries also refuses grades for linked gradebooks and for elementary"
                + " schools without a master schedule.");
      }
      return Optional.of(
          "Aeries refused "
              + call
              + ": the OneRoster vendor record (Aeries: Security > API Security) lacks read"
              + " permission for this data.");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SisVendor[aeries]";
  }

  static URI baseUrl(String typed) {
    URI uri = VendorUrls.parse("url", typed, URL_WHAT, URL_EXAMPLE, VendorUrls.Query.REJECTED);
    String path = VendorUrls.stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    String lower = path.toLowerCase(Locale.ROOT);
    if (!lower.contains("/ims/oneroster")) {
      if (PAGE.matcher(path).matches()) {
        String folder = path.substring(0, path.lastIndexOf('/'));
        if (folder.isEmpty()) {
          throw noSubDirectory(typed, uri);
        }
        throw VendorUrls.invalid(
            "url",
            "'"
                + VendorUrls.echo(typed)
                + "' is a page of the Aeries site; type its address up to the last '/': "
                + VendorUrls.withPath(uri, folder));
      }
      if (lower.endsWith("/token") || lower.contains("/oauth/")) {
        throw VendorUrls.invalid(
            "url",
            "'"
                + VendorUrls.echo(typed)
                + "' is a token address; type "
                + URL_WHAT
                + ", e.g. "
                + URL_EXAMPLE
                + ": the token URL is derived from it");
      }
    }
    URI base = VendorUrls.toV1p1Base("url", uri);
    if (siteOf(base).getRawPath().isEmpty()) {
      throw noSubDirectory(typed, uri);
    }
    return base;
  }

  /** The Aeries site (base URL without {@code /ims/oneroster/v1p1}). */
  private static URI siteOf(URI base) {
    String path = base.getRawPath();
    return VendorUrls.withPath(
        base, path.substring(0, path.length() - VendorUrls.V1P1_PATH.length()));
  }

  private static ValidationException noSubDirectory(String typed, URI uri) {
    return VendorUrls.invalid(
        "url",
        "'"
            + VendorUrls.echo(typed)
            + "' has no sub-directory; Aeries serves OneRoster under the Aeries site's"
            + " sub-directory, e.g. "
            + VendorUrls.withPath(uri, "/aeries")
            + ". Open the Aeries login page and copy its address up to the last '/'");
  }
}
