package org.oneroster4j.sims;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * Capita SIMS (id {@code sims}), OneRoster 1.1 through SIMS ID, writing results back to SIMS
 * Assessment Manager.
 *
 * <ul>
 *   <li><b>Hosts</b>: fixed, not per school: OneRoster at {@code https://oneroster.sims.co.uk}
 *       (base {@code https://oneroster.sims.co.uk/ims/oneroster/v1p1}), tokens at {@code
 *       https://sts.sims.co.uk/connect/token}. Option {@code environment=sandbox} selects the
 *       partner sandbox hosts; {@code environment=custom} (or a loopback URL) accepts any host for
 *       a test server, with an explicit token URL.
 *   <li><b>Credentials</b>: one OAuth 2 client per school (client ids look like {@code
 *       sas-oneroster-<guid>}) plus the school's organisation id (option {@code organisationId},
 *       required), sent in the token request as {@code acr_values}. SIMS does not publish the
 *       {@code acr_values} syntax: the default {@code orgselection:<organisationId>} is inferred,
 *       and option {@code acrValues} replaces it (a template with {@code {organisationId}}).
 *   <li><b>Rules</b>: SIMS publishes no gradebook limits. Categories are sent only when they match
 *       an existing SIMS category; no grading period; due date required (OneRoster 1.1); a 404 or
 *       405 answer to {@code DELETE} reports the item as an orphan rather than failing (option
 *       {@code deletesPropagate}). Results only show in SIMS on a mark sheet.
 *   <li><b>Load</b>: pages of 1,000, 2 requests in parallel.
 * </ul>
 */
public final class SimsVendor implements SisVendor {
  /** Option: the school's SIMS organisation id (required). */
  public static final String OPTION_ORGANISATION_ID = "organisationId";

  /** Option: {@code live} (default), {@code sandbox} or {@code custom}. */
  public static final String OPTION_ENVIRONMENT = "environment";

  /** Option: the {@code acr_values} template; {@code {organisationId}} is replaced. */
  public static final String OPTION_ACR_VALUES = "acrValues";

  /** Option: the scope string of the token request. */
  public static final String OPTION_SCOPE = "scope";

  /** Option: {@code true} when deletes are known to reach SIMS; default false. */
  public static final String OPTION_DELETES_PROPAGATE = "deletesPropagate";

  /** The placeholder in {@link #OPTION_ACR_VALUES}. */
  public static final String ORGANISATION_PLACEHOLDER = "{organisationId}";

  /**
   * The {@code acr_values} sent unless option {@code acrValues} is set. Inferred: SIMS' partner
   * guide shows only that the value starts with {@code orgselec}.
   */
  public static final String DEFAULT_ACR_VALUES = "orgselection:" + ORGANISATION_PLACEHOLDER;

  /** The live OneRoster host. */
  public static final String LIVE_URL = "https://oneroster.sims.co.uk";

  /** The live token URL. */
  public static final String LIVE_TOKEN_URL = "https://sts.sims.co.uk/connect/token";

  /** The partner sandbox OneRoster host. */
  public static final String SANDBOX_URL = "https://simsid-partner-oneroster.azurewebsites.net";

  /** The partner sandbox token URL. */
  public static final String SANDBOX_TOKEN_URL =
      "https://simsid-partner-stsserver.azurewebsites.net/connect/token";

  private static final String LIVE = "live";
  private static final String SANDBOX = "sandbox";
  private static final String CUSTOM = "custom";

  private static final LineItemRules RULES =
      LineItemRules.builder()
          .titleMaxLength(0)
          .categoryPolicy(CategoryPolicy.MATCH_OR_OMIT)
          .gradingPeriodPolicy(GradingPeriodPolicy.OMIT)
          .dueDateRequired(true)
          .wholeNumberPoints(false)
          .commentMaxLength(0)
          .deletesPropagate(false)
          .build();

  /** Creates the vendor; called by {@link java.util.ServiceLoader}. */
  public SimsVendor() {}

  @Override
  public String id() {
    return "sims";
  }

  @Override
  public String displayName() {
    return "Capita SIMS";
  }

  @Override
  public PartnershipStatus status() {
    return PartnershipStatus.AVAILABLE;
  }

  /** Detects {@code *.sims.co.uk} and the partner sandbox host. */
  @Override
  public boolean detects(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return host.equals("sims.co.uk")
        || host.endsWith(".sims.co.uk")
        || host.equals(URI.create(SANDBOX_URL).getHost());
  }

  @Override
  public VendorConnection connect(ConnectionRequest request) {
    SisVendors.requireVersion(this, request);
    List<Violation> problems = new ArrayList<>();
    VendorOptions options =
        VendorOptions.of(
            request,
            displayName(),
            List.of(
                OPTION_ORGANISATION_ID,
                OPTION_ENVIRONMENT,
                OPTION_ACR_VALUES,
                OPTION_SCOPE,
                OPTION_DELETES_PROPAGATE));
    String environment = options.choice(OPTION_ENVIRONMENT, List.of(LIVE, SANDBOX, CUSTOM), null);

    URI base = null;
    try {
      URI typed =
          request.url() == null || request.url().isBlank()
              ? URI.create(SANDBOX.equals(environment) ? SANDBOX_URL : LIVE_URL)
              : VendorUrls.parse(
                  "url",
                  request.url(),
                  "the SIMS OneRoster address",
                  LIVE_URL,
                  VendorUrls.Query.REJECTED);
      String hostEnvironment = environmentOf(typed);
      if (environment == null) {
        environment =
            hostEnvironment != null
                ? hostEnvironment
                : VendorUrls.isLoopback(typed.getHost()) ? CUSTOM : LIVE;
      }
      if (!CUSTOM.equals(environment) && !environment.equals(hostEnvironment)) {
        String expected = SANDBOX.equals(environment) ? SANDBOX_URL : LIVE_URL;
        throw VendorUrls.invalid(
            "url",
            "'"
                + VendorUrls.echo(request.url())
                + "' is not the "
                + environment
                + " SIMS OneRoster host; Capita SIMS serves OneRoster for every school at "
                + expected
                + (LIVE.equals(environment)
                    ? " (partner sandbox: set option environment=sandbox; a test server: set"
                        + " option environment=custom)"
                    : ""));
      }
      base = VendorUrls.toV1p1Base("url", typed);
    } catch (ValidationException e) {
      problems.addAll(e.violations());
    }
    if (environment == null) {
      environment = LIVE;
    }

    URI token = null;
    String givenToken =
        request.tokenUrl() == null || request.tokenUrl().isBlank() ? null : request.tokenUrl();
    if (CUSTOM.equals(environment)) {
      if (givenToken == null) {
        problems.add(
            new Violation(
                "tokenUrl",
                "is missing; a SIMS connection to a server other than SIMS' own hosts needs its"
                    + " token URL: set it with tokenUrl(\"https://…/connect/token\")"));
      }
    }
    if (givenToken != null) {
      try {
        token =
            VendorUrls.parse(
                "tokenUrl",
                givenToken,
                "the SIMS ID token URL (or leave it unset)",
                LIVE_TOKEN_URL,
                VendorUrls.Query.ALLOWED);
      } catch (ValidationException e) {
        problems.addAll(e.violations());
      }
    }
    if (!CUSTOM.equals(environment)) {
      URI fixed = URI.create(SANDBOX.equals(environment) ? SANDBOX_TOKEN_URL : LIVE_TOKEN_URL);
      if (token != null && !token.equals(fixed)) {
        problems.add(
            new Violation(
                "tokenUrl",
                "'"
                    + VendorUrls.echo(givenToken)
                    + "' is not where SIMS ID issues tokens for the "
                    + environment
                    + " environment; leave the token URL unset (it is "
                    + fixed
                    + ")"));
      }
      token = fixed;
    }

    String organisation = organisationId(options);
    String template = options.text(OPTION_ACR_VALUES).orElse(DEFAULT_ACR_VALUES);
    if (!template.contains(ORGANISATION_PLACEHOLDER)) {
      options.problem(
          OPTION_ACR_VALUES,
          "must contain "
              + ORGANISATION_PLACEHOLDER
              + " where the organisation id goes (default "
              + DEFAULT_ACR_VALUES
              + ")");
    }
    String scope = options.text(OPTION_SCOPE).orElse(null);
    boolean deletes = options.bool(OPTION_DELETES_PROPAGATE, false);
    problems.addAll(options.problems());
    if (!problems.isEmpty()) {
      throw new ValidationException("Capita SIMS connection settings", problems);
    }
    return new SimsConnection(
        base,
        token,
        scope,
        template.replace(ORGANISATION_PLACEHOLDER, organisation),
        RULES.toBuilder().deletesPropagate(deletes).build());
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
        "Capita SIMS documents no OneRoster "
            + requested.label()
            + " API, only 1.1; OneRoster4j connects to SIMS over OneRoster 1.1"
            + " (https://oneroster.sims.co.uk). "
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
          "Capita SIMS refused "
              + call
              + ": SIMS issues one client per school (ids like sas-oneroster-<guid>) together"
              + " with that school's organisation id; check that client id, secret and option"
              + " organisationId belong to the same school. SIMS does not publish the acr_values"
              + " syntax that carries the organisation: the default "
              + DEFAULT_ACR_VALUES
              + " is inferred, and option acrValues replaces it.");
    }
    if (httpStatus == 403 && VendorUrls.isGradebookPath(path)) {
      return Optional.of(
          "Capita SIMS refused "
              + call
              + ": results are written to SIMS Assessment Manager; ask the school to enable"
              + " write-back for this client in SIMS ID and to check that the class has a mark"
              + " sheet. SIMS publishes no further gradebook rules.");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SisVendor[sims]";
  }

  private static String organisationId(VendorOptions options) {
    Optional<String> id = options.text(OPTION_ORGANISATION_ID);
    if (id.isEmpty()) {
      options.problem(
          OPTION_ORGANISATION_ID,
          "is missing; SIMS needs the school's organisation id (a GUID handed out with the"
              + " school's client id and secret by SIMS ID vendor management) in every token"
              + " request: set vendorOption(\"organisationId\", \"…\")");
      return "";
    }
    if (id.get().chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      options.problem(
          OPTION_ORGANISATION_ID,
          "contains spaces or control characters; copy the organisation id again");
    }
    return id.get();
  }

  private static String environmentOf(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.equals(URI.create(LIVE_URL).getHost())) {
      return LIVE;
    }
    if (host.equals(URI.create(SANDBOX_URL).getHost())) {
      return SANDBOX;
    }
    return null;
  }
}
