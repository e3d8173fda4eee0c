package org.oneroster4j.examples;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RequestGate;
import org.oneroster4j.bucket4j.Bucket4jRequestGate;
import org.oneroster4j.bucket4j.HazelcastBackend;
import org.oneroster4j.bucket4j.RateLimit;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;

/**
 * Two workers in one process share one SIS's request budget through Hazelcast: each is a Hazelcast
 * member with its own {@link OneRosterClient} and {@link Bucket4jRequestGate}, and they export the
 * two halves of a gradebook to an embedded fake SIS at the same time. It then prints the requests
 * the SIS received in each second, both workers together.
 *
 * <p>Always runs against an embedded fake SIS (it writes made-up grades), whatever {@code
 * ONEROSTER_URL} says. Two real workers would each run one member (or a Hazelcast client) and one
 * client; the gate is built the same way.
 */
public final class SharedBudget {
  /** What the SIS allows: at most this many requests in any one second. */
  static final int SIS_BUDGET = 12;

  /**
   * The gates' limit within it, both workers together: 8 requests per second, 2 at once after a
   * quiet spell, so at most 10 leave the workers in any second; the rest is room for the way to the
   * SIS.
   */
  static final RateLimit BUDGET = RateLimit.perSecond(8).burst(2);

  private SharedBudget() {}

  /**
   * Runs the example.
   *
   * @param args none
   * @throws Exception if an export fails to complete
   */
  public static void main(String[] args) throws Exception {
    if (System.getProperty("hazelcast.logging.type") == null) {
      // Through slf4j from the first line on (some are logged before a member reads its config).
      System.setProperty("hazelcast.logging.type", "slf4j");
    }
    String cluster = "shared-budget-" + UUID.randomUUID();
    // The second member joins the first at the port the first actually bound: a port found free
    // can be taken by the time a member binds it, so each may move up to a free one.
    HazelcastInstance first = Hazelcast.newHazelcastInstance(config(cluster, List.of()));
    HazelcastInstance second =
        Hazelcast.newHazelcastInstance(config(cluster, List.of(portOf(first))));
    ExecutorService workers = Executors.newFixedThreadPool(2);
    try (FakeSis sis = FakeSis.builder().build().start()) {
      System.out.println(
          "Hazelcast cluster of "
              + first.getCluster().getMembers().size()
              + " members; budget "
              + BUDGET);
      List<String> classes = sis.seed().classIds();
      CompletableFuture<ExportReport> a =
          CompletableFuture.supplyAsync(() -> worker(sis, first, classes.get(0)), workers);
      CompletableFuture<ExportReport> b =
          CompletableFuture.supplyAsync(() -> worker(sis, second, classes.get(1)), workers);
      ExportReport ra = a.get();
      ExportReport rb = b.get();
      System.out.println(
          "Worker 1: " + ra.writes() + " writes; worker 2: " + rb.writes() + " writes");
      printRate(sis.requests());
    } finally {
      workers.shutdownNow();
      second.getLifecycleService().terminate();
      first.getLifecycleService().terminate();
    }
  }

  /** One worker: its own client, gated by the budget kept in its Hazelcast member. */
  private static ExportReport worker(FakeSis sis, HazelcastInstance member, String classId) {
    RequestGate gate =
        Bucket4jRequestGate.builder(HazelcastBackend.of(member)).defaultLimit(BUDGET).build();
    try (OneRosterClient client = sis.clientBuilder().requestGate(gate).maxConcurrency(4).build()) {
      return GradeExporter.of(client)
          .namespace("shared-budget")
          .concurrency(4)
          .export(half(sis, classId));
    }
  }

  /** Two assignments for one class, every student graded. */
  private static Gradebook half(FakeSis sis, String classId) {
    GradebookClass.Builder c = GradebookClass.builder().classSourcedId(classId);
    for (int a = 1; a <= 2; a++) {
      Assignment.Builder assignment =
          Assignment.builder()
              .id("essay-" + a)
              .title("Essay " + a)
              .assignDate(Instant.parse("2026-09-01T08:00:00Z"))
              .dueDate(Instant.parse("2026-09-15T23:59:00Z"))
              .maxPoints(10);
      for (String student : sis.seed().studentIdsOf(classId)) {
        assignment.grade(Grade.builder().studentSourcedId(student).score(7).build());
      }
      c.assignment(assignment.build());
    }
    return Gradebook.builder().namespace("shared-budget").addClass(c.build()).build();
  }

  /** Requests per second since the first, then the most in any one-second window. */
  private static void printRate(List<RecordedRequest> requests) {
    List<Instant> times = requests.stream().map(RecordedRequest::receivedAt).sorted().toList();
    Instant start = times.get(0);
    Map<Long, Integer> perSecond = new TreeMap<>();
    for (Instant t : times) {
      perSecond.merge(Duration.between(start, t).toSeconds(), 1, Integer::sum);
    }
    System.out.println("Requests the SIS received, both workers together:");
    perSecond.forEach((s, n) -> System.out.printf("  second %d: %d%n", s + 1, n));
    int peak = 0;
    for (int i = 0, j = 0; i < times.size(); i++) {
      Instant end = times.get(i).plusSeconds(1);
      while (j < times.size() && times.get(j).isBefore(end)) {
        j++;
      }
      peak = Math.max(peak, j - i);
    }
    System.out.println(
        times.size()
            + " requests; at most "
            + peak
            + " in any one second (the gates let "
            + BUDGET.maxRequestsIn(Duration.ofSeconds(1))
            + " leave, the SIS allows "
            + SIS_BUDGET
            + "): "
            + (peak <= SIS_BUDGET ? "within the SIS's budget" : "OVER the SIS's budget"));
  }

  /**
   * A member that joins {@code others} by TCP/IP on loopback: no multicast, its own cluster name,
   * the first free port from a free one up.
   */
  private static Config config(String cluster, List<Integer> others) {
    Config config = new Config();
    config.setClusterName(cluster);
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.socket.bind.any", "false");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(freePort()).setPortAutoIncrement(true).setPortCount(20);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    others.forEach(p -> join.getTcpIpConfig().addMember("127.0.0.1:" + p));
    return config;
  }

  private static int portOf(HazelcastInstance member) {
    return member.getCluster().getLocalMember().getAddress().getPort();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
