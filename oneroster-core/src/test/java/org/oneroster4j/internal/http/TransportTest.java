package org.oneroster4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.RequestOptions;
import org.oneroster4j.RetryListener;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.error.NotFoundException;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.error.RateLimitedException;
import org.oneroster4j.error.ServerException;
import org.oneroster4j.error.TransportException;
import org.oneroster4j.error.UnauthorizedException;
import org.oneroster4j.testsupport.FixedRandom;
import org.oneroster4j.testsupport.StepClock;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Reply;

class TransportTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final TestServer server = TestServer.start();
  private final StepClock clock = new StepClock();

  @AfterEach
  void stop() {
    server.close();
  }

  private Transport transport(RetryPolicy policy) {
    return transport(policy, 4, 1 << 20);
  }

  private Transport transport(RetryPolicy policy, int concurrency, long maxBytes) {
    return new Transport(
        HTTP,
        concurrency,
        "oneroster4j-test/1",
        Duration.ofSeconds(10),
        policy,
        clock,
        clock,
        new FixedRandom(0.5),
        maxBytes,
        4096,
        (status, method, path) ->
            status == 401 ? Optional.of("Vendor hint: check the key.") : Optional.empty());
  }

  private HttpCall call(String method, String pathAndQuery) {
    String path =
        pathAndQuery.contains("?")
            ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
            : pathAndQuery;
    return new HttpCall(
        method,
        server.uri(TestServer.BASE_PATH + pathAndQuery),
        path,
        null,
        null,
        Map.of(),
        Authenticator.NONE,
        RequestOptions.none());
  }

  private static String text(Transport t, HttpCall c) {
    return t.execute(
        c, (s, h, b) -> s + ":" + new String(b.readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void get_retries5xx_withExponentialFullJitterDelays() {
    server.sequence(Reply.status(503), Reply.status(500), Reply.json(200, "{}"));
    String result = text(transport(RetryPolicy.defaults()), call("GET", "/users"));

    assertThat(result).isEqualTo("200:{}");
    // base 500 ms; ceilings 500 ms then 1000 ms; jitter fixed at 0.5
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void putResult_retriesAfter429_honouringRetryAfterSeconds() {
    server.sequence(Reply.status(429).header("Retry-After", "7"), Reply.status(201));
    String result = text(transport(RetryPolicy.defaults()), call("PUT", "/results/r1"));

    assertThat(result).isEqualTo("201:");
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryListener_isToldOfEachRetry_withTheWaitAndTheCause() {
    server.sequence(
        Reply.status(429).header("Retry-After", "7"), Reply.status(503), Reply.status(201));
    List<RetryListener.Retry> told = new ArrayList<>();
    HttpCall put =
        new HttpCall(
            "PUT",
            server.uri(TestServer.BASE_PATH + "/results/r1"),
            "/results/r1",
            null,
            null,
            Map.of(),
            Authenticator.NONE,
            RequestOptions.builder().retryListener(told::add).build());

    assertThat(text(transport(RetryPolicy.defaults()), put)).isEqualTo("201:");
    assertThat(told)
        .containsExactly(
            new RetryListener.Retry("PUT", "/results/r1", 2, Duration.ofSeconds(7), "HTTP 429"),
            new RetryListener.Retry("PUT", "/results/r1", 3, Duration.ofMillis(500), "HTTP 503"));
  }

  @Test
  void retryAfterHttpDate_isMeasuredFromTheInjectedClock() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(30).atZone(java.time.ZoneOffset.UTC));
    server.sequence(Reply.status(503).header("Retry-After", date), Reply.status(200));
    text(transport(RetryPolicy.defaults()), call("GET", "/users"));

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void retryAfter_isCappedAtMaxRetryAfter() {
    server.sequence(Reply.status(429).header("Retry-After", "3600"), Reply.status(200));
    text(
        transport(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(20)).build()),
        call("GET", "/users"));

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void retries_stopAfterMaxAttempts_withTypedServerError() {
    server.sequence(Reply.of(502, "text/html", "<html><body>Bad gateway</body></html>"));
    ServerException e =
        catchThrowableOfType(
            ServerException.class,
            () ->
                text(
                    transport(RetryPolicy.builder().maxAttempts(3).build()),
                    call("GET", "/users?filter=email%3D%27kim%40x.org%27")));

    assertThat(server.requests()).hasSize(3);
    assertThat(clock.sleeps()).hasSize(2);
    assertThat(e.httpStatus()).isEqualTo(502);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/users");
    assertThat(e.getMessage()).contains("GET /users", "502", "text/html").doesNotContain("kim");
    assertThat(e.bodyExcerpt()).contains("Bad gateway");
    assertThat(e.statusInfos()).isEmpty();
  }

  @Test
  void retries_stopWhenTheNextWaitWouldPassMaxTotalTime() {
    server.sequence(Reply.status(503).header("Retry-After", "40"));
    RetryPolicy policy =
        RetryPolicy.builder().maxAttempts(10).maxTotalTime(Duration.ofSeconds(100)).build();
    assertThatThrownBy(() -> text(transport(policy), call("GET", "/users")))
        .isInstanceOf(ServerException.class);

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(40), Duration.ofSeconds(40));
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void rateLimited_afterRetriesUsedUp_carriesRetryAfter() {
    server.sequence(Reply.status(429).header("Retry-After", "5"));
    RateLimitedException e =
        catchThrowableOfType(
            RateLimitedException.class,
            () -> text(transport(RetryPolicy.none()), call("GET", "/users")));
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(5));
    assertThat(e.getMessage()).contains("rate limiting");
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void clientErrors_areNotRetried() {
    server.sequence(
        Reply.json(
            400,
            "{\"statusInfoSet\":[{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\","
                + "\"imsx_description\":\"unknown field foo\",\"imsx_codeMinor\":\"invalid_filter_field\"}]}"));
    OneRosterServiceException e =
        catchThrowableOfType(
            OneRosterServiceException.class,
            () ->
                text(
                    transport(RetryPolicy.defaults()), call("GET", "/users?filter=foo%3D%271%27")));

    assertThat(server.requests()).hasSize(1);
    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.codeMinor()).isEqualTo("invalid_filter_field");
    assertThat(e.codeMajor()).isEqualTo("failure");
    assertThat(e.severity()).isEqualTo("error");
    assertThat(e.description()).isEqualTo("unknown field foo");
    assertThat(e.getMessage()).contains("invalid_filter_field: unknown field foo");
  }

  @Test
  void imsxObjectWithCodeMinorFieldArray_isParsed() {
    server.sequence(
        Reply.json(
            404,
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"No such teacher\","
                + "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\","
                + "\"imsx_codeMinorFieldValue\":\"unknown object\"}]}}"));
    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class,
            () -> text(transport(RetryPolicy.defaults()), call("GET", "/teachers/t9")));
    assertThat(e.codeMinor()).isEqualTo("unknown object");
    assertThat(e.statusInfos().get(0).normalizedCodeMinor()).isEqualTo("unknownobject");
    assertThat(e.path()).isEqualTo("/teachers/t9");
  }

  @Test
  void unprefixedStatusKeys_areParsed() {
    server.sequence(
        Reply.json(
            422,
            "{\"codeMajor\":\"failure\",\"severity\":\"error\",\"codeMinor\":\"invalid data\",\"description\":\"score\"}"));
    OneRosterServiceException e =
        catchThrowableOfType(
            OneRosterServiceException.class,
            () -> text(transport(RetryPolicy.defaults()), call("PUT", "/results/r1")));
    assertThat(e.httpStatus()).isEqualTo(422);
    assertThat(e.statusInfos().get(0).normalizedCodeMinor()).isEqualTo("invaliddata");
  }

  @Test
  void emptyAndHtmlBodies_stillGiveTypedErrors_withCappedExcerpt() {
    server.sequence(Reply.status(404));
    NotFoundException empty =
        catchThrowableOfType(
            NotFoundException.class,
            () -> text(transport(RetryPolicy.none()), call("GET", "/orgs/x")));
    assertThat(empty.getMessage()).contains("GET /orgs/x", "404", "empty body");
    assertThat(empty.bodyExcerpt()).isEmpty();

    String big = "<html>" + "x".repeat(100_000) + "</html>";
    server.sequence(Reply.of(403, "text/html", big));
    OneRosterServiceException html =
        catchThrowableOfType(
            OneRosterServiceException.class,
            () -> text(transport(RetryPolicy.none()), call("GET", "/orgs")));
    assertThat(html).isInstanceOf(org.oneroster4j.error.ForbiddenException.class);
    assertThat(html.bodyExcerpt())
        .startsWith("<html>")
        .hasSizeLessThanOrEqualTo(ErrorMapper.EXCERPT_CHARS + 3);
    assertThat(html.getMessage()).hasSizeLessThan(1000);
  }

  @Test
  void unauthorized_carriesTheVendorHint() {
    server.sequence(Reply.status(401));
    UnauthorizedException e =
        catchThrowableOfType(
            UnauthorizedException.class,
            () -> text(transport(RetryPolicy.defaults()), call("GET", "/lineItems/a")));
    assertThat(e.getMessage()).contains("Vendor hint: check the key.");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void delete404_afterARetry_isAlreadyGone() {
    server.sequence(Reply.status(503), Reply.status(404));
    String result = text(transport(RetryPolicy.defaults()), call("DELETE", "/results/r1"));
    assertThat(result).isEqualTo("404:");
  }

  @Test
  void delete404_onFirstAttempt_isNotFound() {
    server.sequence(Reply.status(404));
    assertThatThrownBy(() -> text(transport(RetryPolicy.defaults()), call("DELETE", "/results/r1")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void droppedConnections_areRetried_thenTransportException() {
    // The JDK client itself may re-send once on a connection closed before any response, so
    // drop more often than that; every further drop must be retried by our policy.
    server.sequence(null, null, null, Reply.json(200, "{\"ok\":true}"));
    assertThat(text(transport(RetryPolicy.defaults()), call("PUT", "/results/r1")))
        .isEqualTo("200:{\"ok\":true}");
    assertThat(clock.sleeps()).isNotEmpty();
    assertThat(server.requests()).hasSize(4);

    server.sequence((Reply) null);
    TransportException e =
        catchThrowableOfType(
            TransportException.class,
            () ->
                text(
                    transport(RetryPolicy.builder().maxAttempts(2).build()),
                    call("GET", "/users")));
    assertThat(e.getMessage()).contains("GET /users").contains("127.0.0.1");
    assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void unreachableHost_givesTransportException() throws java.io.IOException {
    // A bound, never connected socket holds a loopback port nothing listens on: a connection to it
    // is refused, and no other socket can take the port while the test runs.
    try (java.net.Socket refusing = new java.net.Socket()) {
      refusing.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
      assertRefused(refusing.getLocalPort());
    }
  }

  private void assertRefused(int port) {
    HttpCall c =
        new HttpCall(
            "GET",
            java.net.URI.create("http://127.0.0.1:" + port + "/x"),
            "/x",
            null,
            null,
            Map.of(),
            Authenticator.NONE,
            RequestOptions.none());
    assertThatThrownBy(() -> text(transport(RetryPolicy.none()), c))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("could not connect");
  }

  @Test
  void responseBodies_areSizeCapped() {
    server.sequence(Reply.json(200, "{\"users\":[" + "{},".repeat(5000) + "{}]}"));
    assertThatThrownBy(
            () -> text(transport(RetryPolicy.defaults(), 4, 1000), call("GET", "/users")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("larger than the limit of 1000 bytes");
  }

  @Test
  void userAgentAndAcceptHeaders_areSent() {
    server.sequence(Reply.json(200, "{}"));
    text(transport(RetryPolicy.defaults()), call("GET", "/users"));
    assertThat(server.requests().get(0).header("User-Agent")).isEqualTo("oneroster4j-test/1");
    assertThat(server.requests().get(0).header("Accept")).isEqualTo("application/json");
  }

  @Test
  void inFlightRequests_areBoundedByMaxConcurrency() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    server.handler(
        r -> {
          int now = inFlight.incrementAndGet();
          max.accumulateAndGet(now, Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          return Reply.json(200, "{}");
        });
    Transport t = transport(RetryPolicy.defaults(), 2, 1 << 20);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> text(t, call("GET", "/users"))));
      }
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo("200:{}");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(max.get()).isBetween(1, 2);
    assertThat(server.requests()).hasSize(8);
  }

  @Test
  void perCallOptions_overrideRetryPolicyAndAddHeaders() {
    server.sequence(Reply.status(503));
    HttpCall c =
        new HttpCall(
            "GET",
            server.uri(TestServer.BASE_PATH + "/users"),
            "/users",
            null,
            null,
            Map.of(),
            Authenticator.NONE,
            RequestOptions.builder()
                .retryPolicy(RetryPolicy.none())
                .header("X-Trace", "t1")
                .build());
    assertThatThrownBy(() -> text(transport(RetryPolicy.defaults()), c))
        .isInstanceOf(ServerException.class);
    assertThat(server.requests()).hasSize(1);
    assertThat(server.requests().get(0).header("X-Trace")).isEqualTo("t1");
  }

  @Test
  void httpCall_toString_showsNoHeadersOrQuery() {
    HttpCall c =
        new HttpCall(
            "POST",
            server.uri("/token?x=secret-query"),
            "/token",
            "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8),
            "application/x-www-form-urlencoded",
            Map.of("Authorization", "Basic c2VjcmV0"),
            Authenticator.NONE,
            RequestOptions.none());
    assertThat(c.toString()).isEqualTo("HttpCall[POST /token]");
  }

  @Test
  void requestTimeout_isATransportException_andIsRetriedLike408() {
    server.sequence(Reply.status(408), Reply.json(200, "{}").delayed(3000));
    HttpCall c =
        new HttpCall(
            "GET",
            server.uri(TestServer.BASE_PATH + "/users"),
            "/users",
            null,
            null,
            Map.of(),
            Authenticator.NONE,
            RequestOptions.builder()
                .requestTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
                .build());
    TransportException e =
        catchThrowableOfType(
            TransportException.class, () -> text(transport(RetryPolicy.none()), c));
    assertThat(e.getMessage()).contains("timed out");
    assertThat(server.requests()).hasSize(2);
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(250));
  }
}
