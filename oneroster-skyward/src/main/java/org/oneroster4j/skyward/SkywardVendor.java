package org.oneroster4j.skyward;

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
import org.oneroster4j.spi.VendorUrls;

/**
 * Skyward (id {@code skyward}): SMS 2.0 with the LMS/OneRoster API licence, and Qmlativ's OneRoster
 * API.
 *
 * <ul>
 *   <li><b>URL</b>: the Application URL, e.g. {@code https://esdemo1.skyward.com}, becomes {@code
 *       https://esdemo1.skyward.com/api/ims/oneroster/v1p1}; a URL already ending in {@code /api}
 *       gets no second {@code /api}; a full OneRoster URL (ending in {@code /ims/oneroster/v1p1})
 *       is taken as typed; trailing slashes and an upper-case host are fixed.
 *   <li><b>Token URL</b>: required; it is Skyward's Authentication URL, a separate setting that
 *       cannot be derived.
 *   <li><b>Rules</b>: an LMS category is sent only when it matches an existing SIS category by
 *       title or {@code Title (CODE)} ({@link org.oneroster4j.spi.CategoryMatcher}), otherwise none
 *       is sent and Skyward applies the Default Category configured for OneRoster line items; due
 *       date required; whole-number points; titles longer than 50 characters are shortened with a
 *       warning; no grading period (Skyward places the item by date).
 *   <li><b>Load</b>: pages of 1,000 and 2 requests in parallel: Skyward publishes no limits, and
 *       many districts host their own API server.
 * </ul>
 */
public final class SkywardVendor implements SisVendor {
  static final String URL_EXAMPLE = "https://esdemo1.skyward.com";

  private static final LineItemRules RULES =
      LineItemRules.builder()
          .titleMaxLength(50)
          .categoryPolicy(CategoryPolicy.MATCH_OR_OMIT)
          .gradingPeriodPolicy(GradingPeriodPolicy.OMIT)
          .dueDateRequired(true)
          .wholeNumberPoints(true)
          .commentMaxLength(0)
          .deletesPropagate(true)
          .build();

  /** Creates the vendor; called by {@link java.util.ServiceLoader}. */
  public SkywardVendor() {}

  @Override
  public String id() {
    return "skyward";
  }

  @Override
  public String displayName() {
    return "Skyward";
  }

  @Override
  public PartnershipStatus status() {
    return PartnershipStatus.AVAILABLE;
  }

  /**
   * Detects Skyward-hosted {@code *.skyward.com} hosts and, on district hosts, the {@code
   * /api/ims/oneroster} path of Skyward's API server. Other SIS products can use that path too: set
   * the vendor explicitly when the guess is wrong.
   */
  @Override
  public boolean detects(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    // Only Skyward-hosted servers are recognised. The /api/ims/oneroster path of self-hosted
    // Skyward is also PowerSchool's, so guessing from it would give another SIS Skyward's rules;
    // self-hosted districts name the vendor with .vendor("skyward").
    return host.equals("skyward.com") || host.endsWith(".skyward.com");
  }

  @Override
  public VendorConnection connect(ConnectionRequest request) {
    SisVendors.requireVersion(this, request);
    List<Violation> problems = new ArrayList<>();
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
              "is missing; Skyward issues tokens at its Authentication URL, a separate setting"
                  + " (the \"Authentication URL\" field next to \"Application URL\" in Google"
                  + " Classroom's SIS settings; your Skyward administrator has it): set it with"
                  + " tokenUrl(\"https://…\")"));
    } else {
      try {
        token =
            VendorUrls.parse(
                "tokenUrl",
                request.tokenUrl(),
                "Skyward's Authentication URL",
                "https://esdemo1.skyward.com/api/token",
                VendorUrls.Query.ALLOWED);
      } catch (ValidationException e) {
        problems.addAll(e.violations());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("Skyward connection settings", problems);
    }
    return VendorConnection.of(base, token);
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
        "Skyward has published no OneRoster "
            + requested.label()
            + " API; OneRoster4j connects to Skyward over OneRoster 1.1 (<Application"
            + " URL>/api/ims/oneroster/v1p1, e.g. https://esdemo1.skyward.com/api/ims/oneroster/v1p1). "
            + SisVendors.tryGenericAdvice(requested));
  }

  /**
   * A Skyward URL without {@code /api}: Skyward serves OneRoster under {@code /api}, so the usual
   * mistake is a full OneRoster URL typed without it.
   */
  @Override
  public Optional<String> explainWrongPath(URI baseUrl, OneRosterVersion version) {
    String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    if (path.toLowerCase(Locale.ROOT).contains("/api/")) {
      return Optional.empty();
    }
    return Optional.of(
        "Skyward serves OneRoster under /api. Use "
            + VendorUrls.withPath(baseUrl, "/api" + VendorUrls.V1P1_PATH)
            + ", or enter just the Application URL and let the SDK add /api"
            + VendorUrls.V1P1_PATH
            + ".");
  }

  /** Skyward's token URL is the "Authentication URL" setting. */
  @Override
  public Optional<String> explainTokenUrl(OneRosterVersion version) {
    return Optional.of(
        "For Skyward this is the Authentication URL, usually the Application URL followed by"
            + " /api/token.");
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
  public String toString() {
    return "SisVendor[skyward]";
  }

  static URI baseUrl(String typed) {
    URI uri =
        VendorUrls.parse(
            "url",
            typed,
            "the Skyward Application URL (or the OneRoster API URL)",
            URL_EXAMPLE,
            VendorUrls.Query.REJECTED);
    String path = VendorUrls.stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.contains("/wsisa.dll") || lower.endsWith(".w")) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' is a Skyward sign-in page, not the Application URL; type the Application URL"
              + " from District Setup > Configuration > API Configuration, often just "
              + VendorUrls.withPath(uri, ""));
    }
    if (lower.contains("/ims/oneroster") || lower.endsWith("/v1p1") || lower.endsWith("/v1p2")) {
      // A full (or nearly full) OneRoster URL: taken as typed, completed or refused by the
      // generic rules.
      return VendorUrls.toV1p1Base("url", uri);
    }
    int api = lower.lastIndexOf("/api");
    if (lower.endsWith("/api")) {
      return VendorUrls.withPath(uri, path + VendorUrls.V1P1_PATH);
    }
    if (api >= 0 && lower.startsWith("/api/", api)) {
      throw VendorUrls.invalid(
          "url",
          "'"
              + VendorUrls.echo(typed)
              + "' points inside Skyward's API server ("
              + path.substring(api)
              + "); type the Application URL, e.g. "
              + VendorUrls.withPath(uri, path.substring(0, api))
              + ", or the OneRoster API URL "
              + VendorUrls.withPath(uri, path.substring(0, api) + "/api" + VendorUrls.V1P1_PATH));
    }
    return VendorUrls.withPath(uri, path + "/api" + VendorUrls.V1P1_PATH);
  }
}
