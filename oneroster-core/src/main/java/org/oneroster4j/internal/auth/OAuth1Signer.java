package org.oneroster4j.internal.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.oneroster4j.internal.PercentEncoding;

/**
 * OAuth 1.0a two-legged request signing (RFC 5849) on {@link Mac}: consumer key and secret, no
 * token. Every query parameter is signed (decoded, re-encoded per RFC 3986, sorted by name then
 * value, duplicates kept); JSON bodies are not part of the signature. Each call to {@link
 * #authorizationHeader} uses a fresh nonce and timestamp, so every retry is signed anew.
 */
public final class OAuth1Signer {
  private static final Comparator<String[]> PARAM_ORDER =
      Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]);

  private final String consumerKey;
  private final String signatureMethod;
  private final String macAlgorithm;
  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;
  private final Clock clock;
  private final RandomGenerator random;

  /**
   * Creates a signer.
   *
   * @param consumerKey the consumer key
   * @param consumerSecret the consumer secret
   * @param signatureMethod {@code HMAC-SHA256} or {@code HMAC-SHA1}
   * @param macAlgorithm the matching {@link Mac} algorithm, {@code HmacSHA256} or {@code HmacSHA1}
   * @param clock the source of {@code oauth_timestamp}
   * @param random the source of {@code oauth_nonce}
   */
  public OAuth1Signer(
      String consumerKey,
      String consumerSecret,
      String signatureMethod,
      String macAlgorithm,
      Clock clock,
      RandomGenerator random) {
    this.consumerKey = Objects.requireNonNull(consumerKey, "consumerKey");
    this.signatureMethod = Objects.requireNonNull(signatureMethod, "signatureMethod");
    this.macAlgorithm = Objects.requireNonNull(macAlgorithm, "macAlgorithm");
    // Two-legged: the token secret is empty, so the key is encode(consumerSecret) + "&".
    byte[] keyBytes =
        (PercentEncoding.encode(consumerSecret) + "&").getBytes(StandardCharsets.UTF_8);
    this.key = new SecretKeySpec(keyBytes, macAlgorithm);
    this.macs = ThreadLocal.withInitial(() -> newMac(macAlgorithm, key));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    macs.get(); // fail fast on an unavailable algorithm
  }

  /** The {@code Authorization} header value for a request, with a fresh nonce and timestamp. */
  public String authorizationHeader(String method, URI uri) {
    byte[] nonceBytes = new byte[16];
    random.nextBytes(nonceBytes);
    String nonce = HexFormat.of().formatHex(nonceBytes);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    return authorizationHeader(method, uri, nonce, timestamp);
  }

  /** The {@code Authorization} header value for a request with the given nonce and timestamp. */
  public String authorizationHeader(String method, URI uri, String nonce, String timestamp) {
    List<String[]> oauth = new ArrayList<>(6);
    oauth.add(new String[] {"oauth_consumer_key", consumerKey});
    oauth.add(new String[] {"oauth_nonce", nonce});
    oauth.add(new String[] {"oauth_signature_method", signatureMethod});
    oauth.add(new String[] {"oauth_timestamp", timestamp});
    oauth.add(new String[] {"oauth_version", "1.0"});
    String signature = sign(baseString(method, uri, oauth));
    StringBuilder header = new StringBuilder(256).append("OAuth ");
    for (String[] p : oauth) {
      header.append(p[0]).append("=\"").append(PercentEncoding.encode(p[1])).append("\", ");
    }
    header.append("oauth_signature=\"").append(PercentEncoding.encode(signature)).append('"');
    return header.toString();
  }

  /** Base64 of the HMAC of {@code baseString} with this signer's key. */
  public String sign(String baseString) {
    return Base64.getEncoder()
        .encodeToString(macs.get().doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The RFC 5849 section 3.4.1 signature base string of a request: {@code METHOD & enc(base URI) &
   * enc(normalized parameters)}, where the parameters are the query's (decoded) plus {@code
   * extraParams} (the protocol parameters, and form-body parameters if any).
   */
  public static String baseString(String method, URI uri, List<String[]> extraParams) {
    List<String[]> params = new ArrayList<>();
    String rawQuery = uri.getRawQuery();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&", -1)) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        params.add(
            new String[] {
              PercentEncoding.encode(PercentEncoding.decodeForm(name)),
              PercentEncoding.encode(PercentEncoding.decodeForm(value))
            });
      }
    }
    for (String[] p : extraParams) {
      params.add(new String[] {PercentEncoding.encode(p[0]), PercentEncoding.encode(p[1])});
    }
    params.sort(PARAM_ORDER);
    StringBuilder normalized = new StringBuilder(256);
    for (String[] p : params) {
      if (normalized.length() > 0) {
        normalized.append('&');
      }
      normalized.append(p[0]).append('=').append(p[1]);
    }
    return method.toUpperCase(Locale.ROOT)
        + '&'
        + PercentEncoding.encode(baseUri(uri))
        + '&'
        + PercentEncoding.encode(normalized.toString());
  }

  /**
   * The RFC 5849 section 3.4.1.2 base string URI: lower-case scheme and host, the port only when
   * not the scheme's default, the path as sent, no query or fragment.
   */
  public static String baseUri(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
  }

  /** Base64 of the HMAC of {@code baseString} under the raw signing key {@code key}. */
  static String hmac(String macAlgorithm, String key, String baseString) {
    Mac mac =
        newMac(macAlgorithm, new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), macAlgorithm));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
  }

  private static Mac newMac(String algorithm, SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM cannot compute " + algorithm, e);
    }
  }
}
