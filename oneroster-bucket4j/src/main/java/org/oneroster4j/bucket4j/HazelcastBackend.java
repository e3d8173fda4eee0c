package org.oneroster4j.bucket4j;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.util.Objects;

/**
 * Keeps the gate's buckets in a Hazelcast {@link IMap}, shared by every member and client of the
 * cluster. Needs {@code com.hazelcast:hazelcast} and {@code com.bucket4j:bucket4j_jdk17-hazelcast}
 * on the class path (both optional dependencies of this module).
 *
 * <p>Buckets are updated by compare-and-swap on the map's {@code byte[]} values, not by entry
 * processors: the cluster's members then need no Bucket4j classes and no serializer configuration,
 * so the same code works with an embedded member and with a client of a separate cluster.
 *
 * <p>Entries do not expire: Bucket4j's compare-and-swap proxy for Hazelcast has no expiry, so the
 * map keeps one small entry per SIS connection, and a changed limit takes effect when {@link
 * Bucket4jRequestGate.Builder#limitsVersion(long)} is raised with it. To let idle entries go, give
 * the map a {@code max-idle-seconds} in your Hazelcast configuration that is longer than the
 * slowest bucket takes to fill again ({@code burst × period / requests}): an entry removed earlier
 * would let a full burst through too soon.
 */
public final class HazelcastBackend {
  /** The map {@link #of(HazelcastInstance)} uses. */
  public static final String DEFAULT_MAP = "oneroster4j-request-gate";

  private HazelcastBackend() {}

  /**
   * A backend on the map {@value #DEFAULT_MAP} of {@code hazelcast} (a member or a client).
   *
   * @param hazelcast the Hazelcast instance
   * @return the backend
   */
  public static GateBackend of(HazelcastInstance hazelcast) {
    Objects.requireNonNull(hazelcast, "hazelcast");
    return of(hazelcast.getMap(DEFAULT_MAP));
  }

  /**
   * A backend on {@code map}.
   *
   * @param map the map holding one entry per SIS connection
   * @return the backend
   */
  public static GateBackend of(IMap<String, byte[]> map) {
    Objects.requireNonNull(map, "map");
    return GateBackend.of(Bucket4jHazelcast.casBasedBuilder(map).build(), "hazelcast");
  }
}
