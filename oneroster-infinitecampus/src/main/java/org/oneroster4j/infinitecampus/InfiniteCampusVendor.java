package org.oneroster4j.infinitecampus;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.VendorConnection;
import org.oneroster4j.spi.VendorUrls;

/**
 * Infinite Campus (id {@code infinitecampus}).
 *
 * <ul>
 *   <li><b>URL</b>: the OneRoster Base URL that Digital Learning Applications Configuration shows
 *       when OneRoster 1.1 (OAuth 2) credentials are generated, {@code
 *       https://<host>/campus/api/oneroster/v1p1/<appName>/ims/oneroster/v1p1}; a trailing slash,
 *       an upper-case host or a missing {@code /ims/oneroster/v1p1} are fixed. Legacy {@code
 *       /campus/oneroster/<appName>/…} URLs (OAuth 1) are refused: they stop working at
 *       Campus.2651.
 *   <li><b>Token URL</b>: derived, {@code https://<host>/campus/oauth2/token?appName=<appName>}; an
 *       explicit token URL wins.
 *   <li><b>Vendor credentials</b>: when a vendor key and secret are configured (from Infinite
 *       Campus' Digital Learning Partner programme, not from the district), {@code
 *       x-vendor-authorization: <key>:<secret>} is sent on every categories, lineItems and results
 *       call; Infinite Campus answers 401 on those endpoints without it.
 *   <li><b>Rules</b>: no category (1.1 categories are not section-specific, IC ignores them and the
 *       teacher categorises in Campus); no grading period (IC picks it from the term containing the
 *       due date, so the due date is required); no title limit (IC documents none; the 30
 *       characters often quoted are Canvas' limit, not Campus'); fractional points allowed.
 *   <li><b>Load</b>: pages of 10,000 (IC serves up to 50,000; Google's partner suite uses 10,000);
 *       one request at a time by default, because IC asks API consumers for no parallel requests
 *       during peak hours and at most 5 off-peak. Off-peak jobs may raise it with the client
 *       builder's {@code maxConcurrency(n)}, up to 5.
 * </ul>
 */
public final class InfiniteCampusVendor implements SisVendor {
  /** The header Infinite Campus requires on gradebook endpoints. */
  public static final String VENDOR_AUTHORIZATION = "x-vendor-authorization";

  static final String URL_SHAPE =
      "https://<host>/campus/api/oneroster/v1p1/<appName>/ims/oneroster/v1p1";
  static final String URL_EXAMPLE =
      "https://district.infinitecampus.org/campus/api/oneroster/v1p1/district/ims/oneroster/v1p1";
  static final String WHERE =
      "In Infinite Campus, open Digital Learning Applications Configuration, generate new OneRoster"
          + " 1.1 credentials (OAuth 2) for this application, and type the OneRoster Base URL it"
          + " shows";

  /** {@code <context>/api/oneroster/<version>/<appName><rest>}; the context is normally /campus. */
  private static final Pattern CURRENT =
      Pattern.compile("^(.*?)/api/oneroster/(v1p\\d)/([^/]+)(/.*)?$", Pattern.CASE_INSENSITIVE);

  private static final Pattern LEGACY =
      Pattern.compile("^(.*?/campus)/oneroster/([^/]+)(/.*)?$", Pattern.CASE_INSENSITIVE);

  private static final LineItemRules RULES =
      LineItemRules.builder()
          .titleMaxLength(0)
          .categoryPolicy(CategoryPolicy.OMIT)
          .gradingPeriodPolicy(GradingPeriodPolicy.OMIT)
          .dueDateRequired(true)
          .wholeNumberPoints(false)
          .commentMaxLength(0)
          .deletesPropagate(true)
          .build();

  /** Creates the vendor; called by {@link java.util.ServiceLoader}. */
  public InfiniteCampusVendor() {}

  @Override
  public String id() {
    return "infinitecampus";
  }

  @Override
  public String displayName() {
    return "Infinite Campus";
  }

  @Override
  public PartnershipStatus status() {
    return PartnershipStatus.AVAILABLE;
  }

  /**
   * Detects {@code *.infinitecampus.org} hosts and, on district-run hosts, the {@code
   * /campus/…oneroster…} path shape (legacy URLs included, so that they get the migration message).
   */
  @Override
  public boolean detects(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (host.equals("infinitecampus.org") || host.endsWith(".infinitecampus.org")) {
      return true;
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(Locale.ROOT);
    return path.startsWith("/campus/") && path.contains("/oneroster/");
  }

  @Override
  public VendorConnection connect(ConnectionRequest request) {
    List<Violation> problems = new ArrayList<>();
    Base base = null;
    try {
      base = base(request.url());
    } catch (ValidationException e) {
      problems.addAll(e.violations());
    }
    URI token = null;
    if (request.tokenUrl() != null) {
      try {
        token = explicitTokenUrl(request.tokenUrl());
      } catch (ValidationException e) {
        problems.addAll(e.violations());
      }
    } else if (base != null) {
      token = base.tokenUrl;
    }
    String key = blankToNull(request.vendorKey());
    String secret = blankToNull(request.vendorSecret());
    problems.addAll(checkVendorCredentials(key, secret));
    if (!problems.isEmpty()) {
      throw new ValidationException("Infinite Campus connection settings", problems);
    }
    return new InfiniteCampusConnection(base.baseUrl, token, key, secret);
  }

  @Override
  public LineItemRules lineItemRules() {
    return RULES;
  }

  /** One at a time: IC asks for no parallel requests at peak and at most 5 off-peak. */
  @Override
  public int defaultConcurrency() {
    return 1;
  }

  /** 10,000: what Google's partner suite asks of IC; IC serves up to 50,000. */
  @Override
  public int defaultPageSize() {
    return 10_000;
  }

  @Override
  public Optional<String> explainAuthFailure(
      int httpStatus, String method, String path, boolean vendorCredentialsConfigured) {
    boolean gradebook = VendorUrls.isGradebookPath(path);
    String call = method + " " + pathOnly(path);
    boolean denied = httpStatus == 401 || httpStatus == 403;
    if (denied && gradebook && !vendorCredentialsConfigured) {
      return Optional.of(
          "Infinite Campus answered "
              + httpStatus
              + " to "
              + call
              + ", a gradebook endpoint (categories, lineItems, results), and no vendor key and"
              + " secret are configured. Infinite Campus requires the x-vendor-authorization"
              + " header on these endpoints: configure the vendor key and secret that Infinite"
              + " Campus' Digital Learning Partner programme issued to your product (not the"
              + " district's consumer key and secret) with vendorCredentials(key, secret).");
    }
    if (denied && gradebook) {
      return Optional.of(
          "Infinite Campus answered "
              + httpStatus
              + " to "
              + call
              + " although a vendor key and secret are configured: check that they are the"
              + " current ones from Infinite Campus' Digital Learning Partner programme, and that"
              + " the district enabled Grade Book Sync for this application in Digital Learning"
              + " Applications Configuration.");
    }
    if (httpStatus == 401) {
      return Optional.of(
          "Infinite Campus rejected the consumer key and secret for "
              + call
              + ": they carry a Token Expiration Date (one year by default) and Renew Secret"
              + " invalidates the previous secret; check them in Digital Learning Applications"
              + " Configuration.");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SisVendor[infinitecampus]";
  }

  private record Base(URI baseUrl, URI tokenUrl) {}

  private static Base base(String typed) {
    URI uri =
        VendorUrls.parse(
            "url",
            typed,
            "the OneRoster Base URL from Digital Learning Applications Configuration",
            URL_EXAMPLE,
            VendorUrls.Query.ALLOWED);
    String path = VendorUrls.stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith("/oauth2/token")) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' is Infinite Campus' token URL; type the OneRoster Base URL instead ("
              + URL_SHAPE
              + "): the token URL is derived from it");
    }
    if (uri.getRawQuery() != null) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' has a query string ('?…'), which the OneRoster Base URL never has; remove"
              + " everything from '?' on");
    }
    Matcher legacy = LEGACY.matcher(path);
    if (legacy.matches()) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' is a legacy Infinite Campus OneRoster URL (/campus/oneroster/<appName>/…, OAuth"
              + " 1); legacy URLs stop working at Campus.2651. "
              + WHERE
              + ": "
              + URL_SHAPE
              + ".");
    }
    Matcher current = CURRENT.matcher(path);
    if (!current.matches()) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' is not an Infinite Campus OneRoster Base URL: it lacks"
              + " /campus/api/oneroster/v1p1/<appName>. Copy the whole OneRoster Base URL from"
              + " Digital Learning Applications Configuration: "
              + URL_SHAPE);
    }
    String context = current.group(1);
    String version = current.group(2);
    String appName = current.group(3);
    String rest = current.group(4) == null ? "" : current.group(4);
    if (!version.equalsIgnoreCase("v1p1")) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' is the OneRoster "
              + (version.equalsIgnoreCase("v1p2") ? "1.2" : version)
              + " Base URL; OneRoster4j speaks OneRoster 1.1. "
              + WHERE
              + " for OneRoster 1.1: "
              + URL_SHAPE
              + ".");
    }
    if (!rest.isEmpty() && !rest.toLowerCase(Locale.ROOT).startsWith("/ims/oneroster")) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' continues after the app name with '"
              + rest
              + "'; the OneRoster Base URL ends in /"
              + appName
              + VendorUrls.V1P1_PATH
              + ": "
              + URL_SHAPE);
    }
    URI baseUrl = VendorUrls.toV1p1Base("url", uri);
    String app = URLDecoder.decode(appName.replace("+", "%2B"), StandardCharsets.UTF_8);
    URI token =
        URI.create(
            uri.getScheme()
                + "://"
                + uri.getRawAuthority()
                + context
                + "/oauth2/token?appName="
                + URLEncoder.encode(app, StandardCharsets.UTF_8));
    return new Base(baseUrl, token);
  }

  private static URI explicitTokenUrl(String typed) {
    URI token =
        VendorUrls.parse(
            "tokenUrl",
            typed,
            "Infinite Campus' token URL (or leave it unset: it is derived from the Base URL)",
            "https://district.infinitecampus.org/campus/oauth2/token?appName=district",
            VendorUrls.Query.ALLOWED);
    String path = token.getRawPath() == null ? "" : token.getRawPath();
    String query = token.getRawQuery() == null ? "" : token.getRawQuery();
    boolean hasAppName =
        ("&" + query).toLowerCase(Locale.ROOT).contains("&appname=")
            && !("&" + query + "&").toLowerCase(Locale.ROOT).contains("&appname=&");
    if (path.toLowerCase(Locale.ROOT).endsWith("/oauth2/token") && !hasAppName) {
      throw VendorUrls.invalid(
          "tokenUrl",
          "'"
              + VendorUrls.echo(typed)
              + "' has no appName; Infinite Campus then answers \"No Campus Application"
              + " selected\". Leave the token URL unset to derive it from the Base URL, or type"
              + " https://<host>/campus/oauth2/token?appName=<appName>");
    }
    return token;
  }

  private static List<Violation> checkVendorCredentials(String key, String secret) {
    List<Violation> problems = new ArrayList<>();
    if (key == null && secret != null) {
      problems.add(
          new Violation(
              "vendorKey",
              "is missing while a vendor secret is set; Infinite Campus' vendor key and secret"
                  + " come as a pair from its Digital Learning Partner programme: set both or"
                  + " neither"));
    }
    if (key != null && secret == null) {
      problems.add(
          new Violation(
              "vendorSecret",
              "is missing while a vendor key is set; Infinite Campus' vendor key and secret come"
                  + " as a pair from its Digital Learning Partner programme: set both or neither"));
    }
    if (key != null && key.indexOf(':') >= 0) {
      problems.add(
          new Violation(
              "vendorKey",
              "contains ':', which separates key and secret in the x-vendor-authorization"
                  + " header; check that the key was copied alone"));
    }
    if (key != null && hasControl(key)) {
      problems.add(
          new Violation("vendorKey", "contains a line break or control character; copy it again"));
    }
    if (secret != null && hasControl(secret)) {
      problems.add(
          new Violation(
              "vendorSecret", "contains a line break or control character; copy it again"));
    }
    return problems;
  }

  private static boolean hasControl(String s) {
    return s.chars().anyMatch(Character::isISOControl);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String pathOnly(String path) {
    if (path == null) {
      return "";
    }
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }
}
