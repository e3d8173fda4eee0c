package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.testkit.TestHttp.lineItem;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import oauth.signpost.basic.DefaultOAuthConsumer;
import org.junit.jupiter.api.Test;

/** OAuth 2 token endpoint and bearer checks; OAuth 1.0a signature verification. */
class AuthTest {
  static final String PREFIX = "https://purl.imsglobal.org/spec/or/v1p1/scope/";

  @Test
  void token_withBasicAuth_isIssuedWithExpiryAndScopes() {
    try (FakeSis sis = FakeSis.builder().tokenLifetime(Duration.ofMinutes(30)).build().start()) {
      TestHttp http = new TestHttp(sis);
      TestHttp.Response r = http.token("test-client", "test-secret", TestHttp.ALL_SCOPES);
      assertThat(r.status).isEqualTo(200);
      assertThat(r.json().get("token_type").asText()).isEqualToIgnoringCase("bearer");
      assertThat(r.json().get("expires_in").asLong()).isEqualTo(1800);
      assertThat(r.json().get("scope").asText().split(" ")).hasSize(4);
      assertThat(r.json().get("access_token").asText()).isNotBlank();
    }
  }

  @Test
  void token_wrongOrMissingCredentials_is401() {
    try (FakeSis sis = FakeSis.startGeneric()) {
      TestHttp http = new TestHttp(sis);
      TestHttp.Response wrong = http.token("test-client", "nope", null);
      assertThat(wrong.status).isEqualTo(401);
      assertThat(wrong.json().get("error").asText()).isEqualTo("invalid_client");
      assertThat(wrong.body).doesNotContain("test-secret");
      assertThat(http.token(null, null, null).status).isEqualTo(401);
      assertThat(http.token("other", "test-secret", null).status).isEqualTo(401);
    }
  }

  @Test
  void token_badGrantScopeOrMethod_isRejected() {
    try (FakeSis sis = FakeSis.startGeneric()) {
      TestHttp http = new TestHttp(sis);
      TestHttp.Response scope = http.token("test-client", "test-secret", PREFIX + "roster.write");
      assertThat(scope.status).isEqualTo(400);
      assertThat(scope.json().get("error").asText()).isEqualTo("invalid_scope");
      TestHttp.Response grant =
          TestHttp.send(
              HttpRequest.newBuilder(URI.create(sis.tokenUrl()))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=password&client_id=test-client&client_secret=test-secret")));
      assertThat(grant.status).isEqualTo(400);
      assertThat(grant.json().get("error").asText()).isEqualTo("unsupported_grant_type");
      TestHttp.Response get = TestHttp.send(HttpRequest.newBuilder(URI.create(sis.tokenUrl())));
      assertThat(get.status).isEqualTo(405);
    }
  }

  @Test
  void token_credentialsInTheFormBody_areAccepted() {
    try (FakeSis sis = FakeSis.startGeneric()) {
      TestHttp.Response r =
          TestHttp.send(
              HttpRequest.newBuilder(URI.create(sis.tokenUrl()))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=client_credentials&client_id=test-client"
                              + "&client_secret=test-secret")));
      assertThat(r.status).isEqualTo(200);
    }
  }

  @Test
  void apiCall_withoutOrWithBadToken_is401WithStatusInfo() {
    try (FakeSis sis = FakeSis.startGeneric()) {
      TestHttp anonymous = new TestHttp(sis);
      TestHttp.Response none = anonymous.get("/users");
      assertThat(none.status).isEqualTo(401);
      assertThat(none.codeMinor()).isEqualTo("unauthorisedrequest");
      anonymous.token = "forged";
      assertThat(anonymous.get("/users").status).isEqualTo(401);
    }
  }

  @Test
  void expiredToken_is401_drivenByTheInjectedClock() {
    MutableClock clock = new MutableClock(Instant.parse("2026-09-01T00:00:00Z"));
    try (FakeSis sis =
        FakeSis.builder().clock(clock).tokenLifetime(Duration.ofMinutes(5)).build().start()) {
      TestHttp http = TestHttp.withToken(sis);
      assertThat(http.get("/users").status).isEqualTo(200);
      clock.advance(Duration.ofMinutes(4));
      assertThat(http.get("/users").status).isEqualTo(200);
      clock.advance(Duration.ofMinutes(1));
      TestHttp.Response expired = http.get("/users");
      assertThat(expired.status).isEqualTo(401);
      assertThat(expired.description()).contains("expired");
    }
  }

  @Test
  void tokenLackingAScope_is403() {
    try (FakeSis sis = FakeSis.startGeneric()) {
      TestHttp http = new TestHttp(sis);
      http.token =
          http.token("test-client", "test-secret", PREFIX + "roster.readonly")
              .json()
              .get("access_token")
              .asText();
      assertThat(http.get("/users").status).isEqualTo(200);
      TestHttp.Response put = http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T"));
      assertThat(put.status).isEqualTo(403);
      assertThat(put.codeMinor()).isEqualTo("forbidden");
      assertThat(put.description()).contains("gradebook.createput");
      assertThat(http.get("/lineItems").status).isEqualTo(403);
      assertThat(http.delete("/lineItems/li-1").status).isEqualTo(403);
      assertThat(sis.store().lineItems.size()).isZero();
    }
  }

  @Test
  void scopesNotGrantedToTheClient_areInvalidScope() {
    try (FakeSis sis = FakeSis.builder().scopes(Set.of("roster.readonly")).build().start()) {
      TestHttp http = new TestHttp(sis);
      assertThat(http.token("test-client", "test-secret", TestHttp.ALL_SCOPES).status)
          .isEqualTo(400);
      TestHttp.Response all = http.token("test-client", "test-secret", null);
      assertThat(all.json().get("scope").asText()).isEqualTo(PREFIX + "roster.readonly");
    }
  }

  // ---- OAuth 1.0a ------------------------------------------------------------------------

  @Test
  void oauth1_hmacSha256_signedRequestWithAFilter_isAccepted() {
    try (FakeSis sis = oauth1Server(new MutableClock(Instant.now()))) {
      String query = "filter=" + TestHttp.enc("email='teacher1@example.org'") + "&limit=10000";
      TestHttp.Response r =
          signed(sis, "GET", "/teachers", query, "HMAC-SHA256", "n-1", now(), "test-secret");
      assertThat(r.status).as(r.body).isEqualTo(200);
      assertThat(r.ids("users")).containsExactly("teacher-1");
    }
  }

  @Test
  void oauth1_hmacSha1_signedPut_isAccepted() {
    try (FakeSis sis = oauth1Server(new MutableClock(Instant.now()))) {
      TestHttp.Response r =
          signed(sis, "PUT", "/lineItems/li-1", null, "HMAC-SHA1", "n-2", now(), "test-secret");
      assertThat(r.status).as(r.body).isEqualTo(201);
    }
  }

  @Test
  void oauth1_signpostSignedRequest_isAccepted() throws Exception {
    try (FakeSis sis = oauth1Server(new MutableClock(Instant.now()))) {
      DefaultOAuthConsumer consumer = new DefaultOAuthConsumer("test-client", "test-secret");
      URL url =
          new URL(
              sis.baseUrl()
                  + "/users?filter="
                  + TestHttp.enc("givenName~'a' AND role='student'")
                  + "&sort=familyName&limit=5");
      HttpURLConnection connection = (HttpURLConnection) url.openConnection();
      consumer.sign(connection);
      assertThat(connection.getResponseCode()).isEqualTo(200);
      connection.getInputStream().close();
    }
  }

  @Test
  void oauth1_badSignatureStaleTimestampAndReplay_are401() {
    MutableClock clock = new MutableClock(Instant.parse("2026-09-01T00:00:00Z"));
    try (FakeSis sis = oauth1Server(clock)) {
      long ts = clock.instant().getEpochSecond();
      TestHttp.Response wrongSecret =
          signed(sis, "GET", "/users", null, "HMAC-SHA256", "a", ts, "bad");
      assertThat(wrongSecret.status).isEqualTo(401);
      assertThat(wrongSecret.codeMinor()).isEqualTo("unauthorisedrequest");

      assertThat(signed(sis, "GET", "/users", null, "HMAC-SHA256", "b", ts, "test-secret").status)
          .isEqualTo(200);
      TestHttp.Response replay =
          signed(sis, "GET", "/users", null, "HMAC-SHA256", "b", ts, "test-secret");
      assertThat(replay.status).isEqualTo(401);
      assertThat(replay.description()).contains("nonce");

      TestHttp.Response stale =
          signed(sis, "GET", "/users", null, "HMAC-SHA256", "c", ts - 3600, "test-secret");
      assertThat(stale.status).isEqualTo(401);
      assertThat(stale.description()).contains("timestamp");

      assertThat(signed(sis, "GET", "/users", null, "PLAINTEXT", "d", ts, "test-secret").status)
          .isEqualTo(401);
      TestHttp bearer = new TestHttp(sis);
      bearer.token = "anything";
      assertThat(bearer.get("/users").status).isEqualTo(401);
      assertThat(new TestHttp(sis).get("/users").status).isEqualTo(401);
    }
  }

  @Test
  void oauth1_signatureOverADifferentQuery_isRejected() {
    try (FakeSis sis = oauth1Server(new MutableClock(Instant.now()))) {
      long ts = now();
      String header =
          authorization(sis, "GET", "/users", "limit=5", "HMAC-SHA256", "q", ts, "test-secret");
      TestHttp.Response r =
          TestHttp.send(
              HttpRequest.newBuilder(URI.create(sis.baseUrl() + "/users?limit=6"))
                  .header("Authorization", header));
      assertThat(r.status).isEqualTo(401);
    }
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  private static FakeSis oauth1Server(MutableClock clock) {
    return FakeSis.builder().auth(FakeSis.Auth.OAUTH1).clock(clock).build().start();
  }

  private static TestHttp.Response signed(
      FakeSis sis,
      String method,
      String path,
      String query,
      String signatureMethod,
      String nonce,
      long timestamp,
      String secret) {
    String header =
        authorization(sis, method, path, query, signatureMethod, nonce, timestamp, secret);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(sis.baseUrl() + path + (query == null ? "" : "?" + query)))
            .header("Authorization", header);
    if (method.equals("PUT")) {
      b.PUT(HttpRequest.BodyPublishers.ofString(lineItem("li-1", "class-1", "T")));
    }
    return TestHttp.send(b);
  }

  /** A straightforward RFC 5849 section 3.4 signer for two-legged requests. */
  private static String authorization(
      FakeSis sis,
      String method,
      String path,
      String query,
      String signatureMethod,
      String nonce,
      long timestamp,
      String secret) {
    List<String> params = new ArrayList<>();
    params.add("oauth_consumer_key=test-client");
    params.add("oauth_nonce=" + pct(nonce));
    params.add("oauth_signature_method=" + signatureMethod);
    params.add("oauth_timestamp=" + timestamp);
    params.add("oauth_version=1.0");
    if (query != null) {
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        params.add(
            pct(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8))
                + "="
                + pct(java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
      }
    }
    params.sort(null);
    String base = method + "&" + pct(sis.baseUrl() + path) + "&" + pct(String.join("&", params));
    String algorithm = signatureMethod.equals("HMAC-SHA1") ? "HmacSHA1" : "HmacSHA256";
    String signature;
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec((pct(secret) + "&").getBytes(StandardCharsets.UTF_8), algorithm));
      signature =
          Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return "OAuth oauth_consumer_key=\"test-client\", oauth_nonce=\""
        + pct(nonce)
        + "\", oauth_signature_method=\""
        + signatureMethod
        + "\", oauth_timestamp=\""
        + timestamp
        + "\", oauth_version=\"1.0\", oauth_signature=\""
        + pct(signature)
        + "\"";
  }

  private static String pct(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
