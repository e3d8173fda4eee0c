package org.oneroster4j.bucket4j;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Objects;

/**
 * Keeps the gate's buckets in Redis through Lettuce, shared by every worker connected to the same
 * Redis. Needs {@code io.lettuce:lettuce-core} and {@code com.bucket4j:bucket4j_jdk17-lettuce} on
 * the class path (both optional dependencies of this module).
 *
 * <p>Buckets are updated by compare-and-swap with the worker's clock, so the workers' clocks must
 * agree (NTP) to well within a request's interval. A key expires once its bucket would be full
 * again, so an idle SIS costs no memory. A changed limit takes effect after such a quiet spell, or
 * at once when {@link Bucket4jRequestGate.Builder#limitsVersion(long)} is raised with it.
 *
 * <p>While Redis is unreachable Lettuce queues commands and sends them when it reconnects; a token
 * request the gate gave up on ({@link Bucket4jRequestGate.Builder#backendTimeout}) may so still
 * take a token later. That errs on the budget's side: fewer requests, never more.
 */
public final class RedisBackend {
  private RedisBackend() {}

  /**
   * Connects to Redis with {@code client} and keeps the buckets there. The connection is made now,
   * so Redis must be up when the gate is built; it is closed with the client ({@link
   * RedisClient#shutdown()}).
   *
   * @param client the Redis client, with its URI (and password, if any) set
   * @return the backend
   */
  public static GateBackend of(RedisClient client) {
    Objects.requireNonNull(client, "client");
    return of(client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)));
  }

  /**
   * Keeps the buckets in the Redis that {@code connection} reaches.
   *
   * @param connection a connection with {@code String} keys and {@code byte[]} values
   * @return the backend
   */
  public static GateBackend of(StatefulRedisConnection<String, byte[]> connection) {
    Objects.requireNonNull(connection, "connection");
    return GateBackend.of(
        Bucket4jLettuce.casBasedBuilder(connection)
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofSeconds(10)))
            .build(),
        "redis");
  }
}
