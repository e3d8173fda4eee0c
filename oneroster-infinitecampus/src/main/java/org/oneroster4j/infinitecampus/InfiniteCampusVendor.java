package org.oneroster4j.infinitecampus;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Infinite Campus (id {@code infinitecampus}), OneRoster 1.1 and 1.2.
 *
 * <ul>
 *   <li><b>Versions</b>: 1.1 (the default) and 1.2. The client picks 1.2 when the caller chooses it
 *       or the URL names it ({@code v1p2}, or a root ending in {@code /ims/oneroster}).
 *   <li><b>URL, 1.1</b>: the OneRoster Base URL that Digital Learning Applications Configuration
 *       shows when OneRoster 1.1 (OAuth 2) credentials are generated, {@code
 *       https://<host>/campus/api/oneroster/v1p1/<appName>/ims/oneroster/v1p1}; a trailing slash,
 *       an upper-case host or a missing {@code /ims/oneroster/v1p1} are fixed. Legacy {@code
 *       /campus/oneroster/<appName>/…} URLs (OAuth 1) are refused: they stop working at
 *       Campus.2651.
 *   <li><b>URL, 1.2</b>: the 1.2 Base URL Campus shows, {@code
 *       https://<host>/campus/api/oneroster/v1p2/<appName>/ims/oneroster/rostering/v1p2}, its
 *       gradebook base ({@code …/ims/oneroster/gradebook/v1p2}), its root ({@code …/ims/oneroster})
 *       or the prefix up to the app name; all become the root. The rostering base is the root plus
 *       {@code /rostering/v1p2}; the gradebook base is the root plus {@code /gradebook/v1p2},
 *       inferred from the rostering examples by swapping the service segment (no Infinite Campus
 *       page prints it); a typed service URL overrides either.
 *   <li><b>Legacy-looking 1.2 URL</b>: third-party guides print a 1.2 Service URL without {@code
 *       /oneroster/v1p2/<appName>} ({@code
 *       https://<host>/campus/api/ims/oneroster/rostering/v1p2}). It is probably the district-wide
 *       form that predates Campus.2235 and stops working at Campus.2651 (inferred, not stated by
 *       Infinite Campus), and it holds no app name, so no token URL can be derived from it.
 *       Decision: refused unless a token URL with {@code appName} is typed too; then accepted with
 *       a warning in the log, and the connection check's "not OneRoster" diagnosis says to copy the
 *       current Base URL. Refusing it outright could lock out a district whose Campus still serves
 *       it; deriving a token URL without an app name cannot work ("No Campus Application
 *       selected").
 *   <li><b>Token URL</b>: derived for both versions, {@code
 *       https://<host>/campus/oauth2/token?appName=<appName>}, the app name being the path segment
 *       after {@code /oneroster/v1p1/} or {@code /oneroster/v1p2/}; an explicit token URL wins.
 *       OAuth 2 only (the client refuses OAuth 1 for 1.2).
 *   <li><b>Vendor credentials</b>: when a vendor key and secret are configured (from Infinite
 *       Campus' Digital Learning Partner programme, not from the district), {@code
 *       x-vendor-authorization: <key>:<secret>} is sent on every categories, lineItems and results
 *       call in 1.1 and on every gradebook-service call in 1.2; Infinite Campus answers 401 on
 *       those endpoints without it. Rostering calls never carry it.
 *   <li><b>Rules, 1.1</b>: no category (1.1 categories are not section-specific, IC ignores them
 *       and the teacher categorises in Campus); no grading period (IC picks it from the term
 *       containing the due date, so the due date is required); no title limit (IC documents none;
 *       the 30 characters often quoted are Canvas' limit, not Campus'); fractional points allowed.
 *   <li><b>Rules, 1.2</b>: as 1.1, except that a line item must carry a real category of its class
 *       (never the placeholder {@code 11111111-1111-1111-1111-111111111111}) and Campus refuses
 *       created ones: {@link CategoryPolicy#MATCH_OR_CLASS_DEFAULT}. Grading periods stay optional
 *       (omitted, placed by due date); score scales are not required.
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

  static final String URL_SHAPE_V1P2 =
      "https://<host>/campus/api/oneroster/v1p2/<appName>/ims/oneroster/rostering/v1p2";
  static final String URL_EXAMPLE_V1P2 =
      "https://district.infinitecampus.org/campus/api/oneroster/v1p2/district/ims/oneroster/rostering/v1p2";
  static final String WHERE_V1P2 =
      "In Infinite Campus, open Digital Learning Applications Configuration, generate OneRoster 1.2"
          + " credentials for this application, and type the OneRoster 1.2 Base URL it shows";

  private static final Logger LOG = LoggerFactory.getLogger(InfiniteCampusVendor.class);

  /** {@code <context>/api/oneroster/<version>/<appName><rest>}; the context is normally /campus. */
  private static final Pattern CURRENT =
      Pattern.compile("^(.*?)/api/oneroster/(v1p\\d)/([^/]+)(/.*)?$", Pattern.CASE_INSENSITIVE);

  private static final Pattern LEGACY =
      Pattern.compile("^(.*?/campus)/oneroster/([^/]+)(/.*)?$", Pattern.CASE_INSENSITIVE);

  /**
   * The 1.2 form without {@code /oneroster/v1p2/<appName>}: {@code <context>/api/ims/oneroster…}.
   */
  private static final Pattern DISTRICT_WIDE_V1P2 =
      Pattern.compile("^(.*?)/api/ims/oneroster(/.*)?$", Pattern.CASE_INSENSITIVE);

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

  /** 1.2: Campus requires a real category of the class and refuses created ones. */
  private static final LineItemRules RULES_V1P2 =
      RULES.toBuilder().categoryPolicy(CategoryPolicy.MATCH_OR_CLASS_DEFAULT).build();

  private static final Set<OneRosterVersion> VERSIONS =
      Collections.unmodifiableSet(EnumSet.of(OneRosterVersion.V1_1, OneRosterVersion.V1_2));

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
    OneRosterVersion version = request.version();
    String typedToken = blankToNull(request.tokenUrl());
    List<Violation> problems = new ArrayList<>();
    Base base = null;
    try {
      base =
          version == OneRosterVersion.V1_2
              ? baseV1p2(request.url(), typedToken != null)
              : base(request.url());
    } catch (ValidationException e) {
      problems.addAll(e.violations());
    }
    URI token = null;
    if (typedToken != null) {
      try {
        token = explicitTokenUrl(typedToken);
      } catch (ValidationException e) {
        problems.addAll(e.violations());
      }
    } else if (base != null) {
      token = base.tokenUrl;
    }
    Map<Service, URI> services = new EnumMap<>(Service.class);
    request
        .serviceUrls()
        .forEach(
            (service, typed) -> {
              String field = "serviceUrl(" + service.pathSegment() + ")";
              if (version != OneRosterVersion.V1_2) {
                problems.add(
                    new Violation(
                        field,
                        "is a OneRoster 1.2 setting; a OneRoster 1.1 connection has one base URL"
                            + " for every service: remove it"));
                return;
              }
              try {
                services.put(service, VendorUrls.toV1p2ServiceUrl(field, service, typed));
              } catch (ValidationException e) {
                problems.addAll(e.violations());
              }
            });
    String key = blankToNull(request.vendorKey());
    String secret = blankToNull(request.vendorSecret());
    problems.addAll(checkVendorCredentials(key, secret));
    if (!problems.isEmpty()) {
      throw new ValidationException("Infinite Campus connection settings", problems);
    }
    if (base.districtWide) {
      LOG.warn(
          "The Infinite Campus URL {} has no /oneroster/v1p2/<appName>: it looks like the"
              + " district-wide OneRoster 1.2 form that Infinite Campus retires at Campus.2651."
              + " Copy the current OneRoster 1.2 Base URL ({}) from Digital Learning Applications"
              + " Configuration before then.",
          base.baseUrl,
          URL_SHAPE_V1P2);
    }
    return new InfiniteCampusConnection(version, base.baseUrl, services, token, key, secret);
  }

  @Override
  public LineItemRules lineItemRules() {
    return RULES;
  }

  /**
   * 1.1: {@link #lineItemRules()}; 1.2: the same but {@link CategoryPolicy#MATCH_OR_CLASS_DEFAULT},
   * because Campus 1.2 requires a real category.
   */
  @Override
  public LineItemRules lineItemRules(OneRosterVersion version) {
    return version == OneRosterVersion.V1_2 ? RULES_V1P2 : RULES;
  }

  /** OneRoster 1.1 and 1.2. */
  @Override
  public Set<OneRosterVersion> versions() {
    return VERSIONS;
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
    boolean gradebook = isGradebookRequest(path);
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

  /**
   * Explains a base URL that does not answer like OneRoster: for 1.2, the district-wide form
   * without an app name is probably retired; otherwise where Campus shows the Base URL.
   */
  @Override
  public Optional<String> explainWrongPath(URI baseUrl, OneRosterVersion version) {
    if (version == OneRosterVersion.V1_2) {
      String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
      if (!CURRENT.matcher(path).matches()) {
        return Optional.of(
            "This Infinite Campus address has no /oneroster/v1p2/<appName>: it looks like the"
                + " district-wide OneRoster 1.2 form, which Infinite Campus retires at Campus.2651. "
                + WHERE_V1P2
                + ": "
                + URL_SHAPE_V1P2
                + ".");
      }
      return Optional.of(
          WHERE_V1P2 + ", " + URL_SHAPE_V1P2 + ", and check that it is the one for this district.");
    }
    return Optional.of(
        WHERE + ", " + URL_SHAPE + ", and check that it is the one for this district.");
  }

  @Override
  public String toString() {
    return "SisVendor[infinitecampus]";
  }

  /**
   * Whether a request goes to the gradebook service, for a path relative to the 1.1 base URL or to
   * a 1.2 service URL: a categories, lineItems, results or scoreScales collection, a 1.2 assessment
   * collection, or a path that names the gradebook service.
   */
  static boolean isGradebookRequest(String path) {
    String p = pathOnly(path).toLowerCase(Locale.ROOT);
    if (p.contains("/gradebook/v1p2")) {
      return true;
    }
    if (p.contains("/rostering/v1p2") || p.contains("/resources/v1p2")) {
      return false;
    }
    if (VendorUrls.isGradebookPath(p)) {
      return true;
    }
    return p.startsWith("/assessmentlineitems") || p.startsWith("/assessmentresults");
  }

  private record Base(URI baseUrl, URI tokenUrl, boolean districtWide) {}

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
    if (!current.matches()
        && DISTRICT_WIDE_V1P2.matcher(path).matches()
        && lower.contains("v1p2")) {
      throw v1p2UrlOn1p1(typed);
    }
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
    if (version.equalsIgnoreCase("v1p2")) {
      throw v1p2UrlOn1p1(typed);
    }
    if (!version.equalsIgnoreCase("v1p1")) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' names OneRoster version "
              + version
              + ", which Infinite Campus does not serve; "
              + WHERE
              + ": "
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
    return new Base(baseUrl, tokenUrl(uri, context, appName), false);
  }

  private static ValidationException v1p2UrlOn1p1(String typed) {
    return VendorUrls.invalid(
        "url",
        "'"
            + VendorUrls.echo(typed)
            + "' is a OneRoster 1.2 Base URL, but the connection is OneRoster 1.1: leave the"
            + " version unset (it is detected from the URL) or choose OneRoster 1.2 to use it;"
            + " for OneRoster 1.1, "
            + WHERE.substring(0, 1).toLowerCase(Locale.ROOT)
            + WHERE.substring(1)
            + ": "
            + URL_SHAPE
            + ".");
  }

  /**
   * The OneRoster 1.2 root from what was typed (see the class comment for the accepted forms).
   *
   * @param tokenUrlTyped whether a token URL was typed: the district-wide form needs one
   */
  private static Base baseV1p2(String typed, boolean tokenUrlTyped) {
    URI uri =
        VendorUrls.parse(
            "url",
            typed,
            "the OneRoster 1.2 Base URL from Digital Learning Applications Configuration",
            URL_EXAMPLE_V1P2,
            VendorUrls.Query.ALLOWED);
    String path = VendorUrls.stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith("/oauth2/token")) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' is Infinite Campus' token URL; type the OneRoster 1.2 Base URL instead ("
              + URL_SHAPE_V1P2
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
    if (LEGACY.matcher(path).matches()) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' is a legacy Infinite Campus OneRoster URL (/campus/oneroster/<appName>/…, OAuth"
              + " 1), which never served OneRoster 1.2 and stops working at Campus.2651. "
              + WHERE_V1P2
              + ": "
              + URL_SHAPE_V1P2
              + ".");
    }
    Matcher current = CURRENT.matcher(path);
    if (current.matches()) {
      String context = current.group(1);
      String version = current.group(2);
      String appName = current.group(3);
      String rest = current.group(4) == null ? "" : current.group(4);
      if (!version.equalsIgnoreCase("v1p2")) {
        throw VendorUrls.invalid(
            "url",
            "'"
                + VendorUrls.echo(typed)
                + "' is the OneRoster "
                + (version.equalsIgnoreCase("v1p1") ? "1.1" : version)
                + " Base URL, but the connection is OneRoster 1.2: choose OneRoster 1.1 (or leave"
                + " the version unset) to use it; for OneRoster 1.2, "
                + WHERE_V1P2.substring(0, 1).toLowerCase(Locale.ROOT)
                + WHERE_V1P2.substring(1)
                + ": "
                + URL_SHAPE_V1P2
                + ".");
      }
      if (!rest.isEmpty() && !rest.toLowerCase(Locale.ROOT).startsWith(VendorUrls.ROOT_PATH)) {
        throw VendorUrls.invalid(
            "url",
            "'"
                + VendorUrls.echo(typed)
                + "' continues after the app name with '"
                + rest
                + "'; the OneRoster 1.2 Base URL goes on with /ims/oneroster/rostering/v1p2: "
                + URL_SHAPE_V1P2);
      }
      URI root = VendorUrls.toV1p2Root("url", uri);
      return new Base(root, tokenUrl(uri, context, appName), false);
    }
    if (DISTRICT_WIDE_V1P2.matcher(path).matches()) {
      if (!tokenUrlTyped) {
        throw VendorUrls.invalid(
            "url",
            "'"
                + VendorUrls.echo(typed)
                + "' has no /oneroster/v1p2/<appName>: it looks like the district-wide OneRoster"
                + " 1.2 form, which Infinite Campus retires at Campus.2651, and the token URL"
                + " cannot be derived from it. "
                + WHERE_V1P2
                + ": "
                + URL_SHAPE_V1P2
                + ". If the district's Campus still serves this address, also type the token URL,"
                + " https://<host>/campus/oauth2/token?appName=<appName>.");
      }
      return new Base(VendorUrls.toV1p2Root("url", uri), null, true);
    }
    throw VendorUrls.invalid(
        "url",
        "'"
            + VendorUrls.echo(typed)
            + "' is not an Infinite Campus OneRoster 1.2 Base URL: it lacks"
            + " /campus/api/oneroster/v1p2/<appName>. Copy the whole OneRoster 1.2 Base URL from"
            + " Digital Learning Applications Configuration: "
            + URL_SHAPE_V1P2);
  }

  /** {@code <scheme>://<authority><context>/oauth2/token?appName=<appName>}. */
  private static URI tokenUrl(URI uri, String context, String rawAppName) {
    String app = URLDecoder.decode(rawAppName.replace("+", "%2B"), StandardCharsets.UTF_8);
    return URI.create(
        uri.getScheme()
            + "://"
            + uri.getRawAuthority()
            + context
            + "/oauth2/token?appName="
            + URLEncoder.encode(app, StandardCharsets.UTF_8));
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
