package org.oneroster4j.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RequestGate;
import org.oneroster4j.RequestGateKey;
import org.oneroster4j.error.TransportException;
import org.oneroster4j.testkit.FakeSis;

/**
 * A backend that is down: a Hazelcast member shut down, a redis-server stopped. Failing closed
 * sends nothing; falling back keeps each worker to its share of the budget.
 */
class BackendDownTest {
  static final RequestGateKey KEY =
      RequestGateKey.of("skyward", URI.create("https://sis.example.org/api"), "client-1");

  @Test
  void hazelcastDown_failClosed_theCallFailsAndNothingReachesTheSis() {
    try (FakeSis sis = FakeSis.builder().build().start();
        HazelcastTestCluster cluster = HazelcastTestCluster.start(1)) {
      Bucket4jRequestGate gate =
          Bucket4jRequestGate.builder(HazelcastBackend.of(cluster.member(0)))
              .defaultLimit(RateLimit.perSecond(100))
              .build();
      assertThat(gate.backendFailureMode())
          .isEqualTo(Bucket4jRequestGate.BackendFailureMode.FAIL_CLOSED);
      cluster.shutDown();

      try (OneRosterClient client = sis.clientBuilder().requestGate(gate).build()) {
        assertThatThrownBy(() -> client.teacherClasses(sis.teacherEmail()).stream().count())
            .isInstanceOf(TransportException.class)
            .hasMessageContaining("Bucket4jRequestGate")
            .hasMessageContaining("nothing was sent")
            .hasRootCauseInstanceOf(com.hazelcast.core.HazelcastInstanceNotActiveException.class)
            .cause()
            .isInstanceOf(GateBackendException.class)
            .hasMessageContaining("hazelcast backend failed");
      }
      assertThat(sis.requests()).as("requests the SIS received").isEmpty();
    }
  }

  @Test
  void hazelcastDown_fallBackToLocalLimit_goesOnWithThisWorkersShare() throws Exception {
    try (FakeSis sis = FakeSis.builder().build().start();
        HazelcastTestCluster cluster = HazelcastTestCluster.start(1)) {
      Bucket4jRequestGate gate =
          Bucket4jRequestGate.builder(HazelcastBackend.of(cluster.member(0)))
              .defaultLimit(RateLimit.of(100, Duration.ofHours(1)).burst(6))
              .fallBackToLocalLimit(2)
              .build();
      cluster.shutDown();

      // This worker's share of a burst of 6 between 2 workers is 3: a token request and two reads.
      try (OneRosterClient client =
          sis.clientBuilder().requestGate(gate).callTimeout(Duration.ofSeconds(10)).build()) {
        assertThat(client.teacherClasses(sis.teacherEmail()).stream().count()).isPositive();
      }
      assertThat(sis.requests()).hasSize(3);
      // Another connection, the same share: three permits, then none for ~72 s.
      for (int i = 0; i < 3; i++) {
        gate.acquire(KEY, 10, Duration.ZERO).orElseThrow().close();
      }
      assertThat(gate.acquire(KEY, 10, Duration.ofMillis(100)))
          .as("a fourth permit: the local share's burst is spent, the next token is ~72 s away")
          .isEmpty();
    }
  }

  @Test
  void redisDown_failClosed_refusesWithinTheBackendTimeout_andFallBack_goesOn() throws Exception {
    RedisClient client;
    Bucket4jRequestGate closed;
    Bucket4jRequestGate open;
    try (RedisServer redis = RedisServer.startOrSkip()) {
      client = RedisClient.create(redis.uri());
      closed =
          Bucket4jRequestGate.builder(RedisBackend.of(client))
              .defaultLimit(RateLimit.perSecond(100))
              .backendTimeout(Duration.ofMillis(500))
              .build();
      open =
          Bucket4jRequestGate.builder(RedisBackend.of(client))
              .defaultLimit(RateLimit.perSecond(100))
              .backendTimeout(Duration.ofMillis(500))
              .fallBackToLocalLimit(3)
              .build();
      closed.acquire(KEY, 10, Duration.ofSeconds(5)).orElseThrow().close();
    }
    try {
      assertThatThrownBy(() -> closed.acquire(KEY, 10, Duration.ofSeconds(30)))
          .isInstanceOf(GateBackendException.class)
          .hasMessageContaining("redis backend failed")
          .hasMessageNotContaining("127.0.0.1");
      // Within backendRetryAfter the backend is not asked again: refused at once.
      assertThatThrownBy(() -> closed.acquire(KEY, 10, Duration.ofSeconds(30)))
          .isInstanceOf(GateBackendException.class)
          .hasMessageContaining("asked again every PT5S");

      Optional<RequestGate.Permit> permit = open.acquire(KEY, 10, Duration.ofSeconds(30));
      assertThat(permit).isPresent();
      permit.get().close();
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  @Test
  void redisBack_afterBackendRetryAfter_theGateUsesItAgain() throws Exception {
    RedisServer first = RedisServer.startOrSkip();
    RedisClient client = RedisClient.create(first.uri());
    try {
      Bucket4jRequestGate gate =
          Bucket4jRequestGate.builder(RedisBackend.of(client))
              .defaultLimit(RateLimit.of(1, Duration.ofHours(1)).burst(3))
              .backendTimeout(Duration.ofMillis(500))
              .backendRetryAfter(Duration.ofMillis(200))
              .build();
      gate.acquire(KEY, 10, Duration.ofSeconds(5)).orElseThrow().close();
      first.close();
      assertThatThrownBy(() -> gate.acquire(KEY, 10, Duration.ofSeconds(30)))
          .isInstanceOf(GateBackendException.class);

      try (RedisServer second = RedisServer.startOrSkip(first.port())) {
        assertThat(second.port()).isEqualTo(first.port());
        int granted = 0;
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (granted == 0 && System.nanoTime() < until) {
          try {
            Optional<RequestGate.Permit> permit = gate.acquire(KEY, 10, Duration.ofSeconds(2));
            if (permit.isPresent()) {
              permit.get().close();
              granted++;
            }
          } catch (GateBackendException e) {
            Thread.sleep(100); // within backendRetryAfter, or Lettuce still reconnecting
          }
        }
        assertThat(granted).as("a permit from the Redis that came back").isEqualTo(1);
        Optional<RequestGate.Permit> more;
        while ((more = gate.acquire(KEY, 10, Duration.ofSeconds(2))).isPresent() && granted < 10) {
          more.get().close();
          granted++;
        }
        // The new server's bucket began full (burst 3); a command Lettuce queued while Redis was
        // down may have been replayed on reconnect and taken one: never more than the burst.
        assertThat(granted).as("permits from the new bucket").isBetween(2, 3);
      }
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }
}
