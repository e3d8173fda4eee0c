package org.oneroster4j.aspen;

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
 * Aspen by Follett (id {@code aspen}), version 6.2 or later.
 *
 * <ul>
 *   <li><b>URL</b>: Aspen's OneRoster path is not published, so nothing is derived: type the full
 *       OneRoster 1.1 base URL your Aspen administrator gives you, ending in {@code
 *       /ims/oneroster/v1p1} (a trailing slash or an upper-case host is fixed). An Aspen sign-in
 *       page or bare Aspen address is refused with what to ask for.
 *   <li><b>Token URL</b>: required, as given; it is not derived either.
 *   <li><b>Rules</b>: categories cannot be created through OneRoster and Aspen files a line item by
 *       the exact category title, so an LMS category is sent only when an existing Aspen category
 *       has exactly that title ({@link org.oneroster4j.spi.CategoryMatcher#matchExactly}),
 *       otherwise none; comments longer than 100 characters are shortened with a warning; deletes
 *       may not reach Aspen, so a 404 or 405 answer to {@code DELETE} reports the item as an orphan
 *       to delete by hand in Aspen instead of failing; no grading period; due date required.
 *   <li><b>Load</b>: pages of 1,000, 2 requests in parallel (no published limits).
 * </ul>
 *
 * <p>Options ({@code OneRosterClient.builder().vendorOption(name, value)}): {@code scope} (token
 * scope; default: the client's OneRoster 1.1 scopes), {@code commentMaxLength} (default 100, 0 for
 * none), {@code deletesPropagate} (default false).
 */
public final class AspenVendor implements SisVendor {
  /** Option: the scope string of the token request. */
  public static final String OPTION_SCOPE = "scope";

  /** Option: the longest result comment, 0 for no limit; default 100. */
  public static final String OPTION_COMMENT_MAX_LENGTH = "commentMaxLength";

  /** Option: {@code true} when this Aspen removes deleted items; default false. */
  public static final String OPTION_DELETES_PROPAGATE = "deletesPropagate";

  /** The comment limit unless option {@code commentMaxLength} is set. */
  public static final int DEFAULT_COMMENT_MAX_LENGTH = 100;

  static final String URL_EXAMPLE = "https://ma-district.myfollett.com/aspen/ims/oneroster/v1p1";
  static final String URL_WHAT =
      "the full OneRoster 1.1 base URL your Aspen administrator gives you (ending in"
          + " /ims/oneroster/v1p1)";

  private static final LineItemRules RULES =
      LineItemRules.builder()
          .titleMaxLength(0)
          .categoryPolicy(CategoryPolicy.MATCH_OR_OMIT)
          .exactCategoryTitles(true)
          .gradingPeriodPolicy(GradingPeriodPolicy.OMIT)
          .dueDateRequired(true)
          .wholeNumberPoints(false)
          .commentMaxLength(DEFAULT_COMMENT_MAX_LENGTH)
          .deletesPropagate(false)
          .build();

  /** Creates the vendor; called by {@link java.util.ServiceLoader}. */
  public AspenVendor() {}

  @Override
  public String id() {
    return "aspen";
  }

  @Override
  public String displayName() {
    return "Aspen (Follett)";
  }

  @Override
  public PartnershipStatus status() {
    return PartnershipStatus.AVAILABLE;
  }

  /**
   * Detects Follett-hosted {@code *.myfollett.com} hosts and, on district hosts, a path that starts
   * with Aspen's {@code /aspen} context. Set the vendor explicitly when the guess is wrong.
   */
  @Override
  public boolean detects(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (host.equals("myfollett.com") || host.endsWith(".myfollett.com")) {
      return true;
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(Locale.ROOT);
    return path.equals("/aspen") || path.startsWith("/aspen/");
  }

  @Override
  public VendorConnection connect(ConnectionRequest request) {
    SisVendors.requireVersion(this, request);
    List<Violation> problems = new ArrayList<>();
    VendorOptions options =
        VendorOptions.of(
            request,
            displayName(),
            List.of(OPTION_SCOPE, OPTION_COMMENT_MAX_LENGTH, OPTION_DELETES_PROPAGATE));
    URI base = null;
    try {
      base = baseUrl(request.url());
    } catch (ValidationException e) {
      problems.addAll(e.violations());
    }
    URI token = null;
    if (request.tokenUrl() == null || request.tokenUrl().isBlank()) {
      problems.add(
          new Violation(
              "tokenUrl",
              "is missing; Aspen's OneRoster token URL is not derived from the base URL: ask your"
                  + " Aspen administrator for the OAuth token URL of this OneRoster client and set"
                  + " it with tokenUrl(\"https://…\")"));
    } else {
      try {
        token =
            VendorUrls.parse(
                "tokenUrl",
                request.tokenUrl(),
                "the OAuth token URL your Aspen administrator gives you",
                "https://ma-district.myfollett.com/aspen/oauth/token",
                VendorUrls.Query.ALLOWED);
      } catch (ValidationException e) {
        problems.addAll(e.violations());
      }
    }
    String scope = options.text(OPTION_SCOPE).orElse(null);
    int commentMax = options.nonNegativeInt(OPTION_COMMENT_MAX_LENGTH, DEFAULT_COMMENT_MAX_LENGTH);
    boolean deletes = options.bool(OPTION_DELETES_PROPAGATE, false);
    problems.addAll(options.problems());
    if (!problems.isEmpty()) {
      throw new ValidationException("Aspen connection settings", problems);
    }
    LineItemRules rules =
        RULES.toBuilder().commentMaxLength(commentMax).deletesPropagate(deletes).build();
    return new AspenConnection(base, token, scope, rules);
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
        "Follett has published no OneRoster "
            + requested.label()
            + " API for Aspen; OneRoster4j connects to Aspen over OneRoster 1.1 (the OneRoster 1.1"
            + " base URL from your Aspen administrator, ending in /ims/oneroster/v1p1). "
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
          "Aspen refused "
              + call
              + ": check the client id and secret of the OAuth client (Aspen: District view >"
              + " Admin > Security > OAuth Access) and that the token URL belongs to this Aspen.");
    }
    if (httpStatus == 403 && VendorUrls.isGradebookPath(path)) {
      return Optional.of(
          "Aspen refused "
              + call
              + ": Aspen cannot create or change categories through OneRoster, and assignments"
              + " of a locked grade term are read-only; check the OAuth client's user and the"
              + " grade term in Aspen.");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SisVendor[aspen]";
  }

  static URI baseUrl(String typed) {
    URI uri = VendorUrls.parse("url", typed, URL_WHAT, URL_EXAMPLE, VendorUrls.Query.REJECTED);
    String path = VendorUrls.stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    String lower = path.toLowerCase(Locale.ROOT);
    if (!lower.contains("/ims/oneroster")) {
      String what =
          lower.endsWith(".do") || lower.contains("/logon")
              ? "is an Aspen sign-in page"
              : "is not a OneRoster base URL";
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' "
              + what
              + "; Aspen's OneRoster path is not derived from the Aspen address: type "
              + URL_WHAT
              + ", e.g. "
              + URL_EXAMPLE);
    }
    return VendorUrls.toV1p1Base("url", uri);
  }
}
