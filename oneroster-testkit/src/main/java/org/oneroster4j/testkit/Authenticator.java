package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.oneroster4j.OneRosterScopes;
import org.oneroster4j.OneRosterVersion;

/** The OAuth 2 token endpoint and the checks of bearer tokens and OAuth 1.0a signatures. */
final class Authenticator {
  static final Set<String> KNOWN_SCOPES =
      Set.of(
          "roster-core.readonly",
          "roster.readonly",
          "roster-demographics.readonly",
          "resource.readonly",
          "gradebook.readonly",
          "gradebook.createput",
          "gradebook.delete");

  /**
   * OneRoster 1.2 adds core-only reads of the gradebook and resources, and the assessment profile's
   * own scopes.
   */
  static final Set<String> KNOWN_SCOPES_V12 =
      Set.of(
          "roster-core.readonly",
          "roster.readonly",
          "roster-demographics.readonly",
          "resource.readonly",
          "resource-core.readonly",
          "gradebook.readonly",
          "gradebook-core.readonly",
          "gradebook.createput",
          "gradebook.delete",
          "assessment.readonly",
          "assessment.createput",
          "assessment.delete");

  static final Set<String> ALL_SCOPES = KNOWN_SCOPES_V12;

  static Set<String> knownScopes(OneRosterVersion version) {
    return version == OneRosterVersion.V1_1 ? KNOWN_SCOPES : KNOWN_SCOPES_V12;
  }

  private record Token(Instant expires, Set<String> scopes) {}

  private final FakeSis.Auth mode;
  private final OneRosterVersion version;
  private final String scopePrefix;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private final Duration tokenLifetime;
  private final Duration oauth1Tolerance;
  private final Set<String> grantableScopes;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private final Map<String, Instant> nonces = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  Authenticator(
      FakeSis.Auth mode,
      OneRosterVersion version,
      String clientId,
      String clientSecret,
      Clock clock,
      Duration tokenLifetime,
      Duration oauth1Tolerance,
      Set<String> grantableScopes) {
    this.mode = mode;
    this.version = version;
    this.scopePrefix = OneRosterScopes.uri(version, "");
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
    this.tokenLifetime = tokenLifetime;
    this.oauth1Tolerance = oauth1Tolerance;
    Set<String> grantable = new LinkedHashSet<>(grantableScopes);
    grantable.retainAll(knownScopes(version));
    this.grantableScopes = Set.copyOf(grantable);
  }

  /** The scope URI prefix of this server's version, e.g. {@code …/spec/or/v1p2/scope/}. */
  String scopePrefix() {
    return scopePrefix;
  }

  void forgetTokens() {
    tokens.clear();
    nonces.clear();
  }

  // ---- OAuth 2 token endpoint ------------------------------------------------------------

  void token(Call call) throws IOException {
    if (!call.method.equals("POST")) {
      call.header("Allow", "POST");
      tokenError(call, 405, "invalid_request", "The token endpoint accepts POST only");
      return;
    }
    Map<String, String> form = Call.parseQuery(new String(call.body, StandardCharsets.UTF_8));
    String[] credentials = basicCredentials(call.header("Authorization"));
    if (credentials == null && form.containsKey("client_id")) {
      credentials = new String[] {form.get("client_id"), form.getOrDefault("client_secret", "")};
    }
    if (credentials == null) {
      call.header("WWW-Authenticate", "Basic realm=\"oneroster\"");
      tokenError(call, 401, "invalid_client", "Client authentication missing (use HTTP Basic)");
      return;
    }
    if (!same(credentials[0], clientId) || !same(credentials[1], clientSecret)) {
      call.header("WWW-Authenticate", "Basic realm=\"oneroster\"");
      tokenError(call, 401, "invalid_client", "Unknown client id or wrong client secret");
      return;
    }
    String grant = form.get("grant_type");
    if (!"client_credentials".equals(grant)) {
      tokenError(
          call,
          400,
          "unsupported_grant_type",
          "grant_type must be client_credentials, not '" + grant + "'");
      return;
    }
    Set<String> granted = new LinkedHashSet<>();
    String requested = form.get("scope");
    if (requested == null || requested.isBlank()) {
      granted.addAll(grantableScopes);
    } else {
      for (String scope : requested.trim().split("\\s+")) {
        String name = scope.startsWith(scopePrefix) ? scope.substring(scopePrefix.length()) : null;
        if (name == null || !grantableScopes.contains(name)) {
          tokenError(call, 400, "invalid_scope", "Scope not known or not granted: " + scope);
          return;
        }
        granted.add(name);
      }
    }
    byte[] raw = new byte[24];
    random.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    purgeExpired();
    tokens.put(token, new Token(clock.instant().plus(tokenLifetime), Set.copyOf(granted)));
    ObjectNode body = Nodes.F.objectNode();
    body.put("access_token", token);
    body.put("token_type", "bearer");
    body.put("expires_in", tokenLifetime.toSeconds());
    List<String> full = new ArrayList<>();
    granted.forEach(s -> full.add(scopePrefix + s));
    body.put("scope", String.join(" ", full));
    call.header("Cache-Control", "no-store");
    call.json(200, body);
  }

  private static void tokenError(Call call, int status, String error, String description)
      throws IOException {
    ObjectNode body = Call.statusInfo(new ApiError(status, error, description));
    body.put("error", error);
    body.put("error_description", description);
    call.json(status, body);
  }

  private void purgeExpired() {
    if (tokens.size() > 10_000) {
      Instant now = clock.instant();
      tokens.values().removeIf(t -> !t.expires.isAfter(now));
    }
  }

  private static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return null;
      }
      // RFC 6749 2.3.1: both parts are form-url-encoded before Basic encoding.
      return new String[] {
        Call.decode(decoded.substring(0, colon)), Call.decode(decoded.substring(colon + 1))
      };
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  // ---- API request checks ----------------------------------------------------------------

  /** Checks the request's credentials; returns the scopes it carries, or throws a 401. */
  Set<String> authenticate(Call call) {
    String header = call.header("Authorization");
    if (mode == FakeSis.Auth.OAUTH1) {
      return oauth1(call, header);
    }
    if (version != OneRosterVersion.V1_1
        && header != null
        && header.regionMatches(true, 0, "OAuth ", 0, 6)) {
      throw ApiError.unauthorized(
          "OAuth 1.0a signatures are not accepted by OneRoster "
              + version.label()
              + "; get a bearer token with OAuth 2 client credentials");
    }
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiError.unauthorized("Missing bearer token (Authorization: Bearer <token>)");
    }
    Token token = tokens.get(header.substring(7).trim());
    if (token == null) {
      throw ApiError.unauthorized("Unknown or revoked access token");
    }
    if (!token.expires.isAfter(clock.instant())) {
      throw ApiError.unauthorized("Access token expired");
    }
    return token.scopes;
  }

  private Set<String> oauth1(Call call, String header) {
    if (header == null || !header.regionMatches(true, 0, "OAuth ", 0, 6)) {
      throw ApiError.unauthorized("Missing OAuth 1.0a Authorization header");
    }
    Map<String, String> oauth = new HashMap<>();
    for (String part : header.substring(6).split(",")) {
      String p = part.trim();
      int eq = p.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String value = p.substring(eq + 1).trim();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      oauth.put(OAuth1.decode(p.substring(0, eq).trim()), OAuth1.decode(value));
    }
    for (String required :
        List.of(
            "oauth_consumer_key",
            "oauth_signature_method",
            "oauth_timestamp",
            "oauth_nonce",
            "oauth_signature")) {
      if (!oauth.containsKey(required)) {
        throw ApiError.unauthorized("OAuth 1.0a parameter " + required + " missing");
      }
    }
    if (oauth.containsKey("oauth_version") && !"1.0".equals(oauth.get("oauth_version"))) {
      throw ApiError.unauthorized("oauth_version must be 1.0");
    }
    if (!same(oauth.get("oauth_consumer_key"), clientId)) {
      throw ApiError.unauthorized("Unknown consumer key");
    }
    String algorithm;
    switch (oauth.get("oauth_signature_method")) {
      case "HMAC-SHA256":
        algorithm = "HmacSHA256";
        break;
      case "HMAC-SHA1":
        algorithm = "HmacSHA1";
        break;
      default:
        throw ApiError.unauthorized(
            "Unsupported oauth_signature_method; use HMAC-SHA256 or HMAC-SHA1");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(oauth.get("oauth_timestamp"));
    } catch (NumberFormatException e) {
      throw ApiError.unauthorized("oauth_timestamp is not a number");
    }
    Instant now = clock.instant();
    if (Math.abs(now.getEpochSecond() - timestamp) > oauth1Tolerance.toSeconds()) {
      throw ApiError.unauthorized("Stale oauth_timestamp (outside the allowed clock skew)");
    }
    String host = call.header("Host");
    String baseString =
        OAuth1.baseString(
            call.method, "http", host == null ? "" : host, call.rawPath, call.rawQuery, oauth);
    String expected = sign(algorithm, baseString);
    if (!same(expected, oauth.get("oauth_signature"))) {
      throw ApiError.unauthorized("Invalid OAuth 1.0a signature");
    }
    String nonceKey = timestamp + ":" + oauth.get("oauth_nonce");
    if (nonces.putIfAbsent(nonceKey, now) != null) {
      throw ApiError.unauthorized("oauth_nonce already used (replay)");
    }
    if (nonces.size() > 10_000) {
      Instant cutoff = now.minus(oauth1Tolerance.multipliedBy(2));
      nonces.values().removeIf(seen -> seen.isBefore(cutoff));
    }
    return KNOWN_SCOPES;
  }

  private String sign(String algorithm, String baseString) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      String key = OAuth1.encode(clientSecret) + "&";
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " unavailable", e);
    }
  }
}
