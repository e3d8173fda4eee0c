package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.TransportException;
import org.oneroster4j.testsupport.FixedRandom;
import org.oneroster4j.testsupport.StepClock;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Recorded;
import org.oneroster4j.testsupport.TestServer.Reply;

/**
 * Request events ({@link RequestListener}) and the request gate ({@link RequestGate}) on a real
 * loopback server: every attempt is reported with its endpoint template and outcome, and every
 * attempt waits for the gate's permit, which a shared gate enforces across clients.
 */
class RequestEventsAndGateTest {
  private static final String USER =
      "{\"user\":{\"sourcedId\":\"u-42\",\"status\":\"active\","
          + "\"dateLastModified\":\"2024-01-01T00:00:00Z\",\"username\":\"a\",\"enabledUser\":"
          + "true,\"givenName\":\"A\",\"familyName\":\"B\",\"role\":\"student\",\"orgs\":[]}}";

  private final TestServer server = TestServer.start();
  private final StepClock clock = new StepClock();

  @AfterEach
  void stop() {
    server.close();
  }

  private OneRosterClient.Builder builder() {
    return OneRosterClient.builder()
        .url(server.baseUrl())
        .tokenUrl(server.origin() + "/oauth/token")
        .credentials(Credentials.clientCredentials("client-1", "s3cret"))
        .clock(clock)
        .sleeper(clock)
        .random(new FixedRandom(0.5));
  }

  private static boolean isToken(Recorded r) {
    return r.path().equals("/oauth/token");
  }

  private static Reply token() {
    return Reply.json(
        200, "{\"access_token\":\"tok\",\"token_type\":\"bearer\",\"expires_in\":3600}");
  }

  /** Records every event as a line. */
  private static final class Recorder implements RequestListener {
    final List<RequestAttempt> attempts = new CopyOnWriteArrayList<>();
    final List<RequestResult> results = new CopyOnWriteArrayList<>();
    final List<RetryListener.Retry> retries = new CopyOnWriteArrayList<>();

    @Override
    public Exchange attemptStarted(RequestAttempt attempt) {
      attempts.add(attempt);
      return results::add;
    }

    @Override
    public void retrying(RequestAttempt failed, RetryListener.Retry retry) {
      retries.add(retry);
    }
  }

  @Test
  void everyAttempt_isReported_withTemplateOutcomeAndAttemptNumber_neverTheId() {
    AtomicInteger calls = new AtomicInteger();
    server.handler(
        r ->
            isToken(r)
                ? token()
                : calls.incrementAndGet() == 1 ? Reply.status(503) : Reply.json(200, USER));
    Recorder rec = new Recorder();
    try (OneRosterClient client = builder().requestListener(rec).build()) {
      assertThat(client.user("u-42").sourcedId()).isEqualTo("u-42");
    }
    assertThat(rec.attempts)
        .extracting(a -> a.method() + " " + a.endpoint() + " #" + a.attempt())
        .containsExactly("POST token #1", "GET /users/{sourcedId} #1", "GET /users/{sourcedId} #2");
    assertThat(rec.attempts.get(0).service()).isEmpty();
    assertThat(rec.attempts.get(1).service()).contains(Service.ROSTERING);
    assertThat(rec.attempts)
        .allSatisfy(
            a -> {
              assertThat(a.vendor()).isEqualTo("generic");
              assertThat(a.version()).isEqualTo(OneRosterVersion.V1_1);
              assertThat(a.toString()).doesNotContain("u-42").doesNotContain("s3cret");
            });
    assertThat(rec.results)
        .extracting(r -> r.status() + " " + r.outcome())
        .containsExactly("200 SUCCESS", "503 SERVER_ERROR", "200 SUCCESS");
    assertThat(rec.retries)
        .singleElement()
        .satisfies(r -> assertThat(r.cause()).isEqualTo("HTTP 503"));
  }

  @Test
  void anAttemptWithoutAnswer_isReportedAsIoErrorWithItsType() {
    server.handler(r -> isToken(r) ? token() : Reply.json(200, USER));
    Recorder rec = new Recorder();
    URI dead = URI.create("http://127.0.0.1:1/ims/oneroster/v1p1");
    try (OneRosterClient client =
        builder()
            .url(dead.toString())
            .tokenUrl(server.origin() + "/oauth/token")
            .retryPolicy(RetryPolicy.none())
            .requestListener(rec)
            .build()) {
      assertThatThrownBy(() -> client.user("u-1")).isInstanceOf(TransportException.class);
    }
    RequestResult last = rec.results.get(rec.results.size() - 1);
    assertThat(last.outcome()).isEqualTo(RequestResult.Outcome.IO_ERROR);
    assertThat(last.status()).isZero();
    assertThat(last.error()).contains("ConnectException");
  }

  @Test
  void aListenerThatThrows_doesNotFailTheCall() {
    server.handler(r -> isToken(r) ? token() : Reply.json(200, USER));
    RequestListener bad =
        new RequestListener() {
          @Override
          public Exchange attemptStarted(RequestAttempt attempt) {
            throw new IllegalStateException("boom");
          }
        };
    Recorder rec = new Recorder();
    try (OneRosterClient client = builder().requestListener(RequestListener.of(bad, rec)).build()) {
      assertThat(client.user("u-42").sourcedId()).isEqualTo("u-42");
    }
    assertThat(rec.results).hasSize(2);
  }

  @Test
  void aSharedGate_limitsTwoClientsTogether_whileOwnGatesLetBothRun() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    server.handler(
        r -> {
          if (isToken(r)) {
            return token();
          }
          int now = inFlight.incrementAndGet();
          peak.accumulateAndGet(now, Math::max);
          try {
            Thread.sleep(60);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          return Reply.json(200, USER);
        });

    assertThat(peakWith(RequestGate.local(1), peak)).isEqualTo(1);
    // The same load with each client's own default gate (maxConcurrency 2 each): both run at once.
    assertThat(peakWith(null, peak)).isGreaterThan(1);
  }

  private int peakWith(RequestGate shared, AtomicInteger peak) throws Exception {
    peak.set(0);
    List<OneRosterClient> clients = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int i = 0; i < 2; i++) {
        OneRosterClient.Builder b = builder().maxConcurrency(2);
        if (shared != null) {
          b.requestGate(shared);
        }
        clients.add(b.build());
      }
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        OneRosterClient c = clients.get(i % 2);
        done.add(pool.submit(() -> c.user("u-42")));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return peak.get();
    } finally {
      pool.shutdownNow();
      clients.forEach(OneRosterClient::close);
    }
  }

  @Test
  void aGateThatGrantsNothing_failsTheCallBeforeSending_withinWhatIsLeftOfTheCallTimeout() {
    server.handler(r -> isToken(r) ? token() : Reply.json(200, USER));
    List<Duration> asked = Collections.synchronizedList(new ArrayList<>());
    RequestGate none =
        (key, concurrency, maxWait) -> {
          asked.add(maxWait);
          return Optional.empty();
        };
    Recorder rec = new Recorder();
    try (OneRosterClient client =
        builder()
            .credentials(Credentials.oauth1("key", "secret"))
            .callTimeout(Duration.ofSeconds(7))
            .requestGate(none)
            .requestListener(rec)
            .build()) {
      assertThatThrownBy(() -> client.user("u-42"))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("no permit from the request gate within 7 s")
          .hasMessageContaining("Nothing was sent");
    }
    assertThat(server.requests()).isEmpty();
    assertThat(asked).containsExactly(Duration.ofSeconds(7));
    assertThat(rec.results)
        .singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(RequestResult.Outcome.GATE_REFUSED));
  }

  @Test
  void aLongWaitForThePermit_leavesTheAttemptOnlyWhatIsLeftOfTheCallTimeout() {
    // A SIS that would answer after 10 s; the gate grants its permit after 1.8 of the call's 2 s.
    server.handler(r -> Reply.json(200, USER).delayed(10_000));
    RequestGate slow =
        (key, concurrency, maxWait) -> {
          Thread.sleep(1_800);
          return RequestGate.local().acquire(key, concurrency, maxWait);
        };
    try (OneRosterClient client =
        OneRosterClient.builder()
            .url(server.baseUrl())
            .credentials(Credentials.oauth1("key", "secret"))
            .requestTimeout(Duration.ofSeconds(10))
            .callTimeout(Duration.ofSeconds(2))
            .retryPolicy(RetryPolicy.none())
            .requestGate(slow)
            .build()) {
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> client.user("u-42"))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("callTimeout");
      // Bounds computed before the wait would give the headers the whole 2 s again: 3.8 s in all.
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(3_000));
    }
  }

  @Test
  void aGateThatFails_failsTheCallNamingTheGate_andSendsNothing() {
    RequestGate broken =
        (key, concurrency, maxWait) -> {
          throw new IllegalStateException("backend down");
        };
    try (OneRosterClient client =
        builder().credentials(Credentials.oauth1("key", "secret")).requestGate(broken).build()) {
      assertThatThrownBy(() -> client.user("u-42"))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("request gate")
          .hasMessageContaining("nothing was sent")
          .hasRootCauseMessage("backend down");
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theGateIsAskedWithTheConnectionsKey_andTheClientsConcurrency() {
    server.handler(r -> isToken(r) ? token() : Reply.json(200, USER));
    List<String> asked = new CopyOnWriteArrayList<>();
    RequestGate local = RequestGate.local();
    RequestGate spy =
        (key, concurrency, maxWait) -> {
          asked.add(key.value() + " x" + concurrency);
          return local.acquire(key, concurrency, maxWait);
        };
    try (OneRosterClient client = builder().maxConcurrency(3).requestGate(spy).build()) {
      client.user("u-42");
    }
    RequestGateKey key = RequestGateKey.of("generic", URI.create(server.baseUrl()), "client-1");
    assertThat(asked).containsOnly(key.value() + " x3").hasSize(2);
  }

  @Test
  void gateKey_hashesTheClientId_dropsUserInfoAndDefaultPorts() {
    RequestGateKey a =
        RequestGateKey.of("InfiniteCampus", URI.create("https://SIS.example.org:443/x"), "id-1");
    assertThat(a.value()).startsWith("infinitecampus|sis.example.org|").doesNotContain("id-1");
    assertThat(a.clientIdHash()).hasSize(16).matches("[0-9a-f]+");
    assertThat(a)
        .isEqualTo(
            RequestGateKey.of("infinitecampus", URI.create("https://sis.example.org/y"), "id-1"));
    assertThat(a)
        .isNotEqualTo(
            RequestGateKey.of("infinitecampus", URI.create("https://sis.example.org/y"), "id-2"));
    assertThat(RequestGateKey.of("generic", URI.create("http://u:pw@127.0.0.1:8080/"), "c").host())
        .isEqualTo("127.0.0.1:8080");
  }
}
