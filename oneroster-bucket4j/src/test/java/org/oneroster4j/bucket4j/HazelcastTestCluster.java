package org.oneroster4j.bucket4j;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real Hazelcast members in this JVM: TCP/IP join on loopback, multicast off, a cluster name of
 * their own, free ports, short timeouts.
 */
final class HazelcastTestCluster implements AutoCloseable {
  private final List<HazelcastInstance> members = new ArrayList<>();

  private HazelcastTestCluster() {}

  /** Starts {@code size} members and waits until each sees all of them. */
  static HazelcastTestCluster start(int size) {
    String name = "oneroster4j-test-" + UUID.randomUUID();
    HazelcastTestCluster cluster = new HazelcastTestCluster();
    try {
      // Each member joins those already up, at the ports they actually bound: a port found free
      // can be taken by the time a member binds it, so each may move up to a free one.
      List<Integer> bound = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        HazelcastInstance m = Hazelcast.newHazelcastInstance(config(name, i, bound));
        cluster.members.add(m);
        bound.add(m.getCluster().getLocalMember().getAddress().getPort());
      }
      for (HazelcastInstance m : cluster.members) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (m.getCluster().getMembers().size() < size) {
          if (System.nanoTime() > until) {
            throw new IllegalStateException("Hazelcast members did not form one cluster in 30 s");
          }
          Thread.sleep(20);
        }
      }
      return cluster;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cluster.close();
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private static Config config(String clusterName, int index, List<Integer> others) {
    Config config = new Config();
    config.setClusterName(clusterName);
    config.setInstanceName(clusterName + "-" + index);
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.setProperty("hazelcast.partition.count", "31");
    config.setProperty("hazelcast.graceful.shutdown.max.wait", "5");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(freePort()).setPortAutoIncrement(true).setPortCount(20);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2);
    for (int p : others) {
      join.getTcpIpConfig().addMember("127.0.0.1:" + p);
    }
    return config;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HazelcastInstance member(int i) {
    return members.get(i);
  }

  @Override
  public void close() {
    shutDown();
  }

  /** Stops every member at once, as a crash would (idempotent). */
  void shutDown() {
    for (HazelcastInstance m : members) {
      try {
        m.getLifecycleService().terminate();
      } catch (RuntimeException e) {
        // already down
      }
    }
  }
}
