package org.oneroster4j.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.oneroster4j.RequestAttempt;
import org.oneroster4j.RequestOptions;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.error.RateLimitedException;
import org.oneroster4j.error.ServerException;
import org.oneroster4j.error.UnauthorizedException;
import org.oneroster4j.internal.PercentEncoding;
import org.oneroster4j.internal.Text;
import org.oneroster4j.internal.http.Authenticator;
import org.oneroster4j.internal.http.HttpCall;
import org.oneroster4j.internal.http.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2 client credentials: fetches a bearer token from the token endpoint (HTTP Basic client
 * authentication, {@code grant_type=client_credentials}, the scope, and vendor parameters), caches
 * it until {@code expires_in} minus a margin, lets one refresh run at a time, and refreshes after a
 * 401. Implements {@link Authenticator} for the OneRoster calls.
 */
public final class OAuth2TokenProvider implements Authenticator {
  /** How long before its expiry a token is replaced. */
  public static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

  private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger("org.oneroster4j.auth");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Transport transport;
  private final URI tokenUrl;
  private final String basicAuth;
  private final String scope;
  private final Map<String, String> extraParams;
  private final boolean keepCookies;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();

  private volatile Token current;

  /** A cached token. */
  private record Token(String value, Instant refreshAt, String cookies, String authorization) {
    /** The token and its {@code Authorization} header value, built once rather than per request. */
    Token(String value, Instant refreshAt, String cookies) {
      this(value, refreshAt, cookies, "Bearer " + value);
    }

    @Override
    public String toString() {
      return "Token[refreshAt=" + refreshAt + "]";
    }
  }

  /**
   * Creates a provider.
   *
   * @param transport sends the token requests (with retries on I/O errors and 5xx)
   * @param tokenUrl the token endpoint
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param scope the scope string (null or blank: no scope parameter)
   * @param extraParams extra form parameters the vendor needs
   * @param keepCookies whether cookies set by the token response go on every call
   * @param clock decides when the token expires
   */
  public OAuth2TokenProvider(
      Transport transport,
      URI tokenUrl,
      String clientId,
      String clientSecret,
      String scope,
      Map<String, String> extraParams,
      boolean keepCookies,
      Clock clock) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    this.basicAuth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    this.scope = scope;
    this.extraParams = new LinkedHashMap<>(extraParams);
    this.keepCookies = keepCookies;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Object apply(HttpRequest.Builder request, String method, URI uri) {
    Token t = token();
    request.setHeader("Authorization", t.authorization());
    if (t.cookies() != null) {
      request.setHeader("Cookie", t.cookies());
    }
    return t;
  }

  @Override
  public boolean refreshAfterUnauthorized(Object handle) {
    lock.lock();
    try {
      // Only drop the token that failed: another thread may already have replaced it.
      if (current == handle) {
        current = null;
      }
    } finally {
      lock.unlock();
    }
    return true;
  }

  /** The current bearer token value, fetching one if none is cached or it is about to expire. */
  public String currentToken() {
    return token().value();
  }

  private Token token() {
    Token t = current;
    if (t != null && clock.instant().isBefore(t.refreshAt())) {
      return t;
    }
    lock.lock();
    try {
      t = current;
      if (t != null && clock.instant().isBefore(t.refreshAt())) {
        return t;
      }
      t = fetch();
      current = t;
      return t;
    } finally {
      lock.unlock();
    }
  }

  private Token fetch() {
    StringBuilder form = new StringBuilder("grant_type=client_credentials");
    if (scope != null && !scope.isBlank()) {
      form.append("&scope=").append(PercentEncoding.encode(scope));
    }
    for (Map.Entry<String, String> p : extraParams.entrySet()) {
      form.append('&')
          .append(PercentEncoding.encode(p.getKey()))
          .append('=')
          .append(PercentEncoding.encode(p.getValue()));
    }
    String path =
        tokenUrl.getRawPath() == null || tokenUrl.getRawPath().isEmpty()
            ? "/"
            : tokenUrl.getRawPath();
    HttpCall call =
        new HttpCall(
            "POST",
            tokenUrl,
            path,
            form.toString().getBytes(StandardCharsets.UTF_8),
            "application/x-www-form-urlencoded",
            Map.of("Authorization", basicAuth),
            Authenticator.NONE,
            RequestOptions.none(),
            RequestAttempt.TOKEN_ENDPOINT,
            null);
    Instant requestedAt = clock.instant();
    Token token;
    try {
      token =
          transport.execute(
              call,
              (status, headers, body) -> parse(status, headers, body.readAllBytes(), requestedAt));
    } catch (OneRosterServiceException e) {
      throw tokenEndpointError(e);
    }
    LOG.debug(
        "Fetched an access token from {} (refresh due at {})",
        tokenUrl.getHost(),
        token.refreshAt());
    return token;
  }

  private Token parse(int status, HttpHeaders headers, byte[] body, Instant requestedAt)
      throws IOException {
    JsonNode json = null;
    try {
      json = MAPPER.readTree(body);
    } catch (IOException e) {
      // fall through: not JSON
    }
    if (json == null || !json.isObject() || !json.path("access_token").isTextual()) {
      throw new ProtocolException(
          "The token URL "
              + safe(tokenUrl)
              + " answered HTTP "
              + status
              + " without an OAuth 2 access_token"
              + (json == null ? " (the body is not JSON)" : "")
              + "; check the token URL: it must be the SIS's OAuth 2 token endpoint");
    }
    String value = json.get("access_token").asText();
    String problem = tokenProblem(value);
    if (problem != null) {
      // Never the token itself: not in the message, not in a log line.
      throw new UnusableTokenException(
          "The token endpoint "
              + safe(tokenUrl)
              + " answered with an unusable access_token ("
              + problem
              + "); it cannot be sent in an Authorization header. This is a defect of the SIS's"
              + " OAuth 2 server: contact the SIS vendor");
    }
    Duration lifetime = lifetime(json.get("expires_in"));
    Duration useFor =
        lifetime.compareTo(EXPIRY_MARGIN.multipliedBy(2)) > 0
            ? lifetime.minus(EXPIRY_MARGIN)
            : lifetime.dividedBy(2);
    String cookies = null;
    if (keepCookies) {
      List<String> pairs = new ArrayList<>();
      for (String c : headers.allValues("Set-Cookie")) {
        int semi = c.indexOf(';');
        String pair = (semi < 0 ? c : c.substring(0, semi)).trim();
        if (!pair.isEmpty() && isHeaderText(pair, true)) {
          pairs.add(pair);
        }
      }
      cookies = pairs.isEmpty() ? null : String.join("; ", pairs);
    }
    return new Token(value, requestedAt.plus(useFor), cookies);
  }

  /** The longest access token accepted; longer ones are refused rather than sent on every call. */
  static final int MAX_TOKEN_LENGTH = 16 * 1024;

  /** The longest {@code expires_in} believed: ten years. */
  static final long MAX_EXPIRES_IN_SECONDS = 10L * 366 * 24 * 3600;

  /** What makes {@code token} unusable as a bearer token, or null when it is fine. */
  private static String tokenProblem(String token) {
    if (token.isEmpty()) {
      return "it is empty";
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      return "it is longer than " + MAX_TOKEN_LENGTH + " characters";
    }
    if (!isHeaderText(token, false)) {
      return "it holds spaces, control characters such as a line break, or non-ASCII characters";
    }
    return null;
  }

  /** Visible ASCII only (and spaces where {@code spaces}): safe in a request header. */
  private static boolean isHeaderText(String s, boolean spaces) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c > 0x20 && c < 0x7f) && !(spaces && c == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The token's lifetime from {@code expires_in}: a whole number of seconds as a JSON number or a
   * numeric string, between 1 s and ten years. Absent or not numeric: an hour (read leniently). A
   * number out of that range is refused: a token that expires in the past or in 1e17 seconds says
   * the server is broken, and the arithmetic on it would overflow.
   */
  private Duration lifetime(JsonNode exp) {
    if (exp == null || !(exp.isNumber() || exp.isTextual())) {
      return DEFAULT_LIFETIME;
    }
    double seconds;
    if (exp.isNumber()) {
      seconds = exp.doubleValue();
    } else {
      try {
        seconds = Double.parseDouble(exp.asText().trim());
      } catch (NumberFormatException e) {
        return DEFAULT_LIFETIME;
      }
    }
    if (!(seconds >= 1 && seconds <= MAX_EXPIRES_IN_SECONDS)) {
      String shown = exp.isNumber() ? exp.asText() : exp.asText().trim();
      if (shown.length() > 32) {
        shown = shown.substring(0, 32) + "...";
      }
      throw new UnusableTokenException(
          "The token endpoint "
              + safe(tokenUrl)
              + " answered with an unusable expires_in of "
              + Text.safe(shown)
              + " seconds; a token lives between 1 second and 10 years. This is a defect of the"
              + " SIS's OAuth 2 server: contact the SIS vendor");
    }
    return Duration.ofSeconds((long) seconds);
  }

  /**
   * The token endpoint answered 2xx with a token that cannot be used. Internal, so a connection
   * check can tell it from a wrong token URL; callers see a {@link ProtocolException}.
   */
  public static final class UnusableTokenException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    UnusableTokenException(String message) {
      super(message);
    }
  }

  private RuntimeException tokenEndpointError(OneRosterServiceException e) {
    int status = e.httpStatus();
    String oauthError = oauthError(e.bodyExcerpt());
    if (status == 401 || (status == 400 && "invalid_client".equals(oauthError))) {
      return new UnauthorizedException(
          "The client id/secret rejected by the token endpoint "
              + safe(tokenUrl)
              + " (HTTP "
              + status
              + (oauthError == null ? "" : ", " + oauthError)
              + "): check the client id and secret the SIS administrator issued",
          status,
          e.method(),
          e.path(),
          e.statusInfos(),
          e.bodyExcerpt());
    }
    if (status == 400 && "invalid_scope".equals(oauthError)) {
      return new OneRosterServiceException(
          "The token endpoint "
              + safe(tokenUrl)
              + " refused the requested scope (invalid_scope): ask the SIS administrator to grant"
              + " the OneRoster roster and gradebook scopes to this client",
          status,
          e.method(),
          e.path(),
          e.statusInfos(),
          e.bodyExcerpt());
    }
    if (status == 404 || status == 405 || (status >= 300 && status < 400)) {
      return new ProtocolException(
          "The token URL "
              + safe(tokenUrl)
              + " is not an OAuth 2 token endpoint (HTTP "
              + status
              + "); check the token URL the SIS documents",
          e);
    }
    String said =
        e.description() != null
            ? " (" + Text.safe(e.description()) + ")"
            : oauthError != null ? " (" + Text.safe(oauthError) + ")" : "";
    String message =
        "The SIS's token endpoint "
            + safe(tokenUrl)
            + " failed: HTTP "
            + status
            + said
            + ". "
            + (status == 429 || status >= 500
                ? "The SIS's sign-in service is down or overloaded, not misconfigured; retries"
                    + " were used up, try again later"
                : "It refused the token request; check the token URL and the client's"
                    + " permissions with the SIS administrator");
    if (status >= 500) {
      return new ServerException(
          message, status, e.method(), e.path(), e.statusInfos(), e.bodyExcerpt());
    }
    if (e instanceof RateLimitedException r) {
      return new RateLimitedException(
          message,
          status,
          e.method(),
          e.path(),
          e.statusInfos(),
          e.bodyExcerpt(),
          r.retryAfter().orElse(null));
    }
    return new OneRosterServiceException(
        message, status, e.method(), e.path(), e.statusInfos(), e.bodyExcerpt());
  }

  private static String oauthError(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      JsonNode n = MAPPER.readTree(body);
      JsonNode err = n == null ? null : n.get("error");
      return err != null && err.isTextual() ? err.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String safe(URI u) {
    // Host, port and path only: a URL's user-info part could hold credentials.
    return u.getScheme()
        + "://"
        + Transport.hostAndPort(u)
        + (u.getRawPath() == null ? "" : u.getRawPath());
  }
}
