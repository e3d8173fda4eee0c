package org.oneroster4j.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.RequestGate;
import org.oneroster4j.testkit.FakeSis;

/**
 * Two workers export the halves of one gradebook to one fake SIS at once, over real HTTP. With a
 * gate on a shared store (two real Hazelcast members; a real redis-server) the requests the SIS
 * received, in any one-second window, stay within its budget; with in-process gates, each worker
 * within the budget on its own, together they exceed it. The second case is what makes the first
 * mean something: the same measurement fails when the budget is not shared.
 */
class ClusterRateTest {
  /** The SIS's budget: at most this many requests in any one second. */
  static final int SIS_BUDGET_PER_SECOND = 25;

  /**
   * The gate's limit within that budget: at most 4 + 16 = 20 requests leave the workers in any
   * second, which leaves 5 for the way from the gate to the SIS (threads scheduled late on a busy
   * machine bunch requests up). Two workers on in-process gates send up to 2 × 20 = 40.
   */
  static final RateLimit LIMIT = RateLimit.perSecond(16).burst(4);

  FakeSis sis;

  @BeforeEach
  void start() {
    sis = FakeSis.builder().build().start();
  }

  @AfterEach
  void stop() {
    sis.close();
  }

  @Test
  void hazelcastCluster_twoMembersSharingTheBudget_stayWithinItTogether() throws Exception {
    try (HazelcastTestCluster cluster = HazelcastTestCluster.start(2)) {
      RequestGate first = gate(HazelcastBackend.of(cluster.member(0)));
      RequestGate second = gate(HazelcastBackend.of(cluster.member(1)));

      TwoWorkers.Run run = TwoWorkers.export(sis, first, second);

      report("hazelcast (2 members)", run);
      assertExported(sis, run);
      assertThat(run.peakPerSecond())
          .as("most requests the SIS received in any one second, two workers on one Hazelcast")
          .isLessThanOrEqualTo(SIS_BUDGET_PER_SECOND);
      // Each member's map holds the bucket the other one used: one entry, shared.
      assertThat(cluster.member(0).getMap(HazelcastBackend.DEFAULT_MAP).keySet())
          .singleElement()
          .asString()
          .startsWith("oneroster4j:gate:generic|127.0.0.1:");
    }
  }

  @Test
  void redis_twoWorkersSharingTheBudget_stayWithinItTogether() throws Exception {
    try (RedisServer redis = RedisServer.startOrSkip()) {
      RedisClient clientOfFirst = RedisClient.create(redis.uri());
      RedisClient clientOfSecond = RedisClient.create(redis.uri());
      try {
        RequestGate first = gate(RedisBackend.of(clientOfFirst));
        RequestGate second = gate(RedisBackend.of(clientOfSecond));

        TwoWorkers.Run run = TwoWorkers.export(sis, first, second);

        report("redis (2 connections)", run);
        assertExported(sis, run);
        assertThat(run.peakPerSecond())
            .as("most requests the SIS received in any one second, two workers on one Redis")
            .isLessThanOrEqualTo(SIS_BUDGET_PER_SECOND);
      } finally {
        clientOfFirst.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        clientOfSecond.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      }
    }
  }

  @Test
  void inProcessGates_eachWithinTheBudgetAlone_togetherExceedIt() throws Exception {
    RequestGate first = gate(GateBackend.inProcess());
    RequestGate second = gate(GateBackend.inProcess());

    TwoWorkers.Run run = TwoWorkers.export(sis, first, second);

    report("in-process (one gate per worker)", run);
    assertExported(sis, run);
    assertThat(run.peakPerSecond())
        .as("most requests the SIS received in any one second, each worker on its own gate")
        .isGreaterThan(SIS_BUDGET_PER_SECOND);
  }

  private static RequestGate gate(GateBackend backend) {
    return Bucket4jRequestGate.builder(backend).defaultLimit(LIMIT).build();
  }

  private static void assertExported(FakeSis sis, TwoWorkers.Run run) {
    var classes = sis.seed().classIds();
    assertThat(run.first().succeeded()).as("first worker: %s", run.first()).isTrue();
    assertThat(run.second().succeeded()).as("second worker: %s", run.second()).isTrue();
    assertThat(run.first().results().created())
        .isEqualTo(TwoWorkers.ASSIGNMENTS * sis.seed().studentIdsOf(classes.get(0)).size());
    assertThat(run.second().results().created())
        .isEqualTo(TwoWorkers.ASSIGNMENTS * sis.seed().studentIdsOf(classes.get(1)).size());
  }

  private static void report(String gates, TwoWorkers.Run run) {
    Duration span =
        Duration.between(run.received().get(0), run.received().get(run.received().size() - 1));
    System.out.printf(
        "%s: %d requests in %d ms; peak %d in any 1 s window (SIS budget %d, gate %s)%n",
        gates,
        run.received().size(),
        span.toMillis(),
        run.peakPerSecond(),
        SIS_BUDGET_PER_SECOND,
        LIMIT);
  }
}
