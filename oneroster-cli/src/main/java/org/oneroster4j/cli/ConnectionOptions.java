package org.oneroster4j.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.spi.VendorUrls;
import picocli.CommandLine.Option;

/**
 * The SIS connection options shared by {@code check}, {@code classes} and {@code export}. Each
 * falls back to its {@code ONEROSTER_*} environment variable; a flag wins over the environment.
 * Secrets are only ever handed to {@link Credentials}, whose {@code toString()} hides them.
 */
final class ConnectionOptions {
  static final String ENV_URL = "ONEROSTER_URL";
  static final String ENV_TOKEN_URL = "ONEROSTER_TOKEN_URL";
  static final String ENV_CLIENT_ID = "ONEROSTER_CLIENT_ID";
  static final String ENV_CLIENT_SECRET = "ONEROSTER_CLIENT_SECRET";
  static final String ENV_VENDOR_KEY = "ONEROSTER_VENDOR_KEY";
  static final String ENV_VENDOR_SECRET = "ONEROSTER_VENDOR_SECRET";
  static final String ENV_VERSION = "ONEROSTER_VERSION";
  static final String ENV_TIMEOUT = "ONEROSTER_TIMEOUT";

  /**
   * The default of {@code --timeout}: an administrator at a terminal gets an answer (exit 4 on a
   * silent or trickling SIS) within about two minutes, whichever endpoint stalls.
   */
  static final int DEFAULT_TIMEOUT_SECONDS = 120;

  @Option(
      names = "--vendor",
      paramLabel = "ID",
      description =
          "SIS vendor id (see `oneroster vendors`); default: detected from the URL, else generic.")
  String vendor;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The SIS address as the administrator typed it (env ONEROSTER_URL).")
  String url;

  @Option(
      names = "--oneroster",
      paramLabel = "1.1|1.2",
      description =
          "OneRoster version (env ONEROSTER_VERSION); default: detected from --url (v1p1 is 1.1;"
              + " v1p2 or a root ending in /ims/oneroster is 1.2), else the vendor's default.")
  String oneroster;

  @Option(
      names = "--token-url",
      paramLabel = "URL",
      description =
          "OAuth 2 token URL, when the vendor does not derive it (env ONEROSTER_TOKEN_URL).")
  String tokenUrl;

  @Option(
      names = "--auth",
      paramLabel = "oauth2|oauth1",
      description = "Authentication: oauth2 (client credentials, default) or oauth1 (HMAC signed).")
  String auth;

  @Option(
      names = "--signature-method",
      paramLabel = "HMAC-SHA256|HMAC-SHA1",
      description = "OAuth 1.0a signature method; default HMAC-SHA256.")
  String signatureMethod;

  @Option(
      names = "--client-id",
      paramLabel = "ID",
      description = "OAuth client id / consumer key (env ONEROSTER_CLIENT_ID).")
  String clientId;

  @Option(
      names = "--client-secret",
      paramLabel = "SECRET",
      description =
          "OAuth client secret (env ONEROSTER_CLIENT_SECRET; prefer the variable: flags show up"
              + " in the process list).")
  String clientSecret;

  @Option(
      names = "--vendor-key",
      paramLabel = "KEY",
      description = "Vendor key, e.g. Infinite Campus's (env ONEROSTER_VENDOR_KEY).")
  String vendorKey;

  @Option(
      names = "--vendor-secret",
      paramLabel = "SECRET",
      description = "Vendor secret (env ONEROSTER_VENDOR_SECRET).")
  String vendorSecret;

  @Option(
      names = "--vendor-option",
      paramLabel = "NAME=VALUE",
      description =
          "A vendor option, e.g. --vendor-option organisationId=1234 for Capita SIMS; repeatable.")
  List<String> vendorOptions = new ArrayList<>();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "The most one request to the SIS may take, retries included (env ONEROSTER_TIMEOUT);"
              + " default 120.")
  String timeout;

  /**
   * Builds the client from the flags and the environment.
   *
   * @throws UsageException naming the missing or wrong setting and how to give it
   */
  OneRosterClient client(CliContext ctx) {
    String theUrl = pick(url, ctx.env(ENV_URL));
    if (theUrl == null) {
      throw new UsageException(
          "No SIS URL: give --url https://sis.example.org (the address the SIS administrator"
              + " gave you) or set ONEROSTER_URL");
    }
    requireSecure(theUrl, "--url");
    String theTokenUrl = pick(tokenUrl, ctx.env(ENV_TOKEN_URL));
    if (theTokenUrl != null) {
      requireSecure(theTokenUrl, "--token-url");
    }
    String id = pick(clientId, ctx.env(ENV_CLIENT_ID));
    String secret = pick(clientSecret, ctx.env(ENV_CLIENT_SECRET));
    if (id == null || secret == null) {
      throw new UsageException(
          "No "
              + (id == null ? "client id" : "client secret")
              + ": give --client-id and --client-secret, or set ONEROSTER_CLIENT_ID and"
              + " ONEROSTER_CLIENT_SECRET");
    }
    Duration limit = Duration.ofSeconds(timeoutSeconds(pick(timeout, ctx.env(ENV_TIMEOUT))));
    OneRosterClient.Builder builder =
        OneRosterClient.builder()
            .url(theUrl)
            .credentials(credentials(id, secret))
            .userAgent("oneroster-cli/" + VersionProvider.version())
            // One bound for everything: no call, token request included, outlives it.
            .callTimeout(limit)
            .attemptTimeout(min(Duration.ofMinutes(3), limit))
            .requestTimeout(min(Duration.ofSeconds(60), limit))
            .retryPolicy(RetryPolicy.defaults().toBuilder().maxTotalTime(limit).build());
    for (String option : vendorOptions) {
      int eq = option.indexOf('=');
      if (eq <= 0) {
        throw new UsageException(
            "--vendor-option takes NAME=VALUE, e.g. --vendor-option organisationId=1234; got '"
                + Terminal.safe(VendorUrls.echo(option))
                + "'");
      }
      builder.vendorOption(option.substring(0, eq).strip(), option.substring(eq + 1).strip());
    }
    if (vendor != null) {
      builder.vendor(vendor.strip().toLowerCase(Locale.ROOT));
    }
    String version = pick(oneroster, ctx.env(ENV_VERSION));
    if (version != null) {
      try {
        builder.version(OneRosterVersion.parse(version));
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "Unknown OneRoster version '"
                + VendorUrls.echo(version)
                + "': give --oneroster 1.1 or --oneroster 1.2 (or set ONEROSTER_VERSION)");
      }
    }
    if (theTokenUrl != null) {
      builder.tokenUrl(theTokenUrl);
    }
    String key = pick(vendorKey, ctx.env(ENV_VENDOR_KEY));
    String keySecret = pick(vendorSecret, ctx.env(ENV_VENDOR_SECRET));
    if ((key == null) != (keySecret == null)) {
      throw new UsageException(
          "Vendor credentials come in pairs: give both --vendor-key and --vendor-secret (or"
              + " ONEROSTER_VENDOR_KEY and ONEROSTER_VENDOR_SECRET)");
    }
    if (key != null) {
      builder.vendorCredentials(key, keySecret);
    }
    return builder.build();
  }

  private Credentials credentials(String id, String secret) {
    String scheme = auth == null ? "oauth2" : auth.strip().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "oauth2":
        if (signatureMethod != null) {
          throw new UsageException(
              "--signature-method applies to --auth oauth1 only; OAuth 2 needs no signature");
        }
        return Credentials.clientCredentials(id, secret);
      case "oauth1":
        return Credentials.oauth1(id, secret, signatureMethod());
      default:
        throw new UsageException(
            "Unknown --auth '" + auth + "': use oauth2 (client credentials) or oauth1 (HMAC)");
    }
  }

  private Credentials.SignatureMethod signatureMethod() {
    if (signatureMethod == null) {
      return Credentials.SignatureMethod.HMAC_SHA256;
    }
    switch (signatureMethod.strip().toUpperCase(Locale.ROOT).replace('_', '-')) {
      case "HMAC-SHA256":
        return Credentials.SignatureMethod.HMAC_SHA256;
      case "HMAC-SHA1":
        return Credentials.SignatureMethod.HMAC_SHA1;
      default:
        throw new UsageException(
            "Unknown --signature-method '"
                + signatureMethod
                + "': use HMAC-SHA256 (default) or HMAC-SHA1");
    }
  }

  private static int timeoutSeconds(String text) {
    if (text == null) {
      return DEFAULT_TIMEOUT_SECONDS;
    }
    try {
      int seconds = Integer.parseInt(text.strip());
      if (seconds >= 1) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "--timeout (or ONEROSTER_TIMEOUT) takes a whole number of seconds, at least 1; got '"
            + Terminal.safe(VendorUrls.echo(text))
            + "'");
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The flag if given, else the environment's value. */
  private static String pick(String flag, String env) {
    if (flag != null && !flag.isBlank()) {
      return flag.strip();
    }
    return env == null ? null : env.strip();
  }

  /** The host as typed: {@code http://127.1} has an authority but no host in URI terms. */
  private static String hostOf(URI uri) {
    if (uri.getHost() != null) {
      return uri.getHost();
    }
    String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
    int at = authority.lastIndexOf('@');
    return at < 0 ? authority : authority.substring(at + 1);
  }

  /**
   * Refuses plain http except to this machine: credentials and student data must not cross a
   * network unencrypted. Only literal loopback addresses and {@code localhost} count; a name is
   * never resolved to decide.
   */
  static void requireSecure(String address, String option) {
    URI uri;
    try {
      uri = new URI(address.contains("://") ? address : "https://" + address);
    } catch (URISyntaxException e) {
      throw new UsageException(option + " is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      return;
    }
    if (scheme.equals("http") && VendorUrls.isLoopback(uri.getHost())) {
      return;
    }
    throw new UsageException(
        option
            + " "
            + scheme
            + "://"
            + Terminal.safe(hostOf(uri))
            + " is refused: only https:// is allowed, except plain http:// to this machine"
            + " (127.0.0.1, ::1, localhost), so credentials and grades never cross a network"
            + " unencrypted");
  }
}
