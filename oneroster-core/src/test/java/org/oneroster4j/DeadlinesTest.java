package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.ServerException;
import org.oneroster4j.error.TransportException;
import org.oneroster4j.testsupport.FixedRandom;
import org.oneroster4j.testsupport.HostileServer;
import org.oneroster4j.testsupport.StepClock;

/**
 * Every attempt and every call has a deadline: a server that trickles its answer (one byte now and
 * then, never silent for the request timeout) is stopped by the attempt timeout, and retries stop
 * at the call timeout. Call time runs on the injected clock, so the retry cases are exact.
 */
class DeadlinesTest {
  private static final Duration SAFETY = Duration.ofSeconds(30);

  private final List<HostileServer> servers = new ArrayList<>();
  private final StepClock clock = new StepClock();

  @AfterEach
  void close() {
    servers.forEach(HostileServer::close);
  }

  private HostileServer server(HostileServer.Script script) {
    HostileServer s = HostileServer.start(script);
    servers.add(s);
    return s;
  }

  private static String token() {
    return "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":3600}";
  }

  private OneRosterClient.Builder oauth1(HostileServer s) {
    return OneRosterClient.builder()
        .url(s.baseUrl())
        .credentials(Credentials.oauth1("key", "secret"))
        .requestTimeout(Duration.ofSeconds(5))
        .attemptTimeout(Duration.ofMillis(800))
        .retryPolicy(RetryPolicy.none());
  }

  @Test
  void page_thatTrickles_failsAtTheAttemptTimeout_thoughItIsNeverSilent() {
    HostileServer s = server((r, out) -> HostileServer.trickle(out, 50));
    try (OneRosterClient client = oauth1(s).build()) {
      assertTimeoutPreemptively(
          SAFETY,
          () ->
              assertThatThrownBy(() -> client.users().iterator().hasNext())
                  .isInstanceOf(TransportException.class)
                  .hasMessageContaining("timed out")
                  .hasMessageContaining("attemptTimeout"));
    }
  }

  @Test
  void writeAnswer_thatTrickles_failsAtTheAttemptTimeout() {
    HostileServer s = server((r, out) -> HostileServer.trickle(out, 50));
    try (OneRosterClient client = oauth1(s).build()) {
      assertTimeoutPreemptively(
          SAFETY,
          () ->
              assertThatThrownBy(() -> client.deleteResult("r-1"))
                  .isInstanceOf(TransportException.class)
                  .hasMessageContaining("attemptTimeout"));
    }
  }

  @Test
  void tokenEndpoint_thatTrickles_failsAtTheAttemptTimeout() {
    HostileServer s =
        server(
            (r, out) -> {
              if (r.path().equals("/oauth/token")) {
                HostileServer.trickle(out, 50);
              }
              HostileServer.json(out, 200, "{\"users\":[]}");
            });
    try (OneRosterClient client =
        OneRosterClient.builder()
            .url(s.baseUrl())
            .tokenUrl(s.origin() + "/oauth/token")
            .credentials(Credentials.clientCredentials("id", "secret"))
            .requestTimeout(Duration.ofSeconds(5))
            .attemptTimeout(Duration.ofMillis(800))
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertTimeoutPreemptively(
          SAFETY,
          () ->
              assertThatThrownBy(() -> client.users().iterator().hasNext())
                  .isInstanceOf(TransportException.class)
                  .hasMessageContaining("POST /oauth/token")
                  .hasMessageContaining("attemptTimeout"));
    }
    assertThat(s.requests()).extracting(HostileServer.Request::path).containsOnly("/oauth/token");
  }

  @Test
  void retries_stopAtTheCallTimeout_thoughTheRetryPolicyAllowsMore() {
    HostileServer s =
        server(
            (r, out) ->
                HostileServer.write(
                    out, "HTTP/1.1 503 Busy\r\nRetry-After: 40\r\nContent-Length: 0\r\n\r\n"));
    OneRosterClient client =
        oauth1(s)
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(10)
                    .maxRetryAfter(Duration.ofMinutes(1))
                    .maxTotalTime(Duration.ofHours(1))
                    .build())
            .callTimeout(Duration.ofMinutes(2))
            .clock(clock)
            .sleeper(clock)
            .random(new FixedRandom(0.5))
            .build();
    try (client) {
      assertThatThrownBy(() -> client.user("u-1")).isInstanceOf(ServerException.class);
    }
    // attempts at 0, 40 and 80 s; one at 120 s would start when the call's time is up
    assertThat(s.requests()).hasSize(3);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(40), Duration.ofSeconds(40));
  }

  @Test
  void lastAttempt_getsOnlyWhatIsLeftOfTheCallTimeout() {
    HostileServer s =
        server(
            (r, out) -> {
              if (firstRequest()) {
                HostileServer.write(
                    out, "HTTP/1.1 503 Busy\r\nRetry-After: 50\r\nContent-Length: 0\r\n\r\n");
                return;
              }
              HostileServer.trickle(out, 50);
            });
    OneRosterClient client =
        oauth1(s)
            .attemptTimeout(Duration.ofMinutes(3))
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(5)
                    .maxRetryAfter(Duration.ofMinutes(1))
                    .maxTotalTime(Duration.ofHours(1))
                    .build())
            .callTimeout(Duration.ofMillis(50_600))
            .clock(clock)
            .sleeper(clock)
            .random(new FixedRandom(0.5))
            .build();
    try (client) {
      assertTimeoutPreemptively(
          SAFETY,
          () ->
              assertThatThrownBy(() -> client.user("u-1"))
                  .isInstanceOf(TransportException.class)
                  .hasMessageContaining("callTimeout"));
    }
    assertThat(s.requests()).hasSize(2);
  }

  private final java.util.concurrent.atomic.AtomicInteger seen =
      new java.util.concurrent.atomic.AtomicInteger();

  /** True for the first request only. */
  private boolean firstRequest() {
    return seen.getAndIncrement() == 0;
  }

  @Test
  void requestOptions_overrideTheClientsTimeouts_forOneCall() {
    HostileServer s = server((r, out) -> HostileServer.trickle(out, 50));
    try (OneRosterClient client = oauth1(s).attemptTimeout(Duration.ofMinutes(10)).build()) {
      OneRosterClient quick =
          client.with(RequestOptions.builder().attemptTimeout(Duration.ofMillis(500)).build());
      assertTimeoutPreemptively(
          SAFETY,
          () ->
              assertThatThrownBy(() -> quick.user("u-1"))
                  .isInstanceOf(TransportException.class)
                  .hasMessageContaining("attemptTimeout"));
    }
  }

  @Test
  void timeouts_mustBePositive() {
    assertThatThrownBy(() -> OneRosterClient.builder().attemptTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attemptTimeout");
    assertThatThrownBy(() -> RequestOptions.builder().callTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callTimeout");
  }
}
