package org.oneroster4j.bucket4j;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a {@link Bucket4jRequestGate} keeps its token buckets: a store every worker reaches
 * (Hazelcast, Redis, or any Bucket4j {@link ProxyManager}) or this process only.
 *
 * <p>Make one with {@link HazelcastBackend}, {@link RedisBackend}, {@link #of(ProxyManager,
 * String)} or {@link #inProcess()}. Its {@code toString()} names the kind of store, never an
 * address or a password.
 */
public abstract class GateBackend {
  private final String name;

  GateBackend(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * A backend on any Bucket4j {@link ProxyManager} with {@code String} keys (JDBC, Infinispan, …).
   * Where the proxy manager supports asynchronous calls the gate uses them, so a backend that does
   * not answer costs no more than {@link Bucket4jRequestGate.Builder#backendTimeout}; otherwise a
   * call is bounded only by the proxy manager's own request timeout.
   *
   * @param proxyManager the proxy manager
   * @param name what {@code toString()} calls it, for example {@code "postgresql"}; no secrets
   * @return the backend
   */
  public static GateBackend of(ProxyManager<String> proxyManager, String name) {
    return new Distributed(Objects.requireNonNull(proxyManager, "proxyManager"), name);
  }

  /**
   * Buckets in this process only: a rate limit per SIS for the clients of one process, shared by
   * nothing else. Useful with one worker, and as the control in tests.
   *
   * @return a new backend with its own buckets
   */
  public static GateBackend inProcess() {
    return new InProcess();
  }

  /** Whether the buckets are shared beyond this process. */
  abstract boolean distributed();

  /**
   * Takes one token from the bucket {@code key} if it has one, answering how long until it will.
   */
  abstract CompletableFuture<ConsumptionProbe> tryConsume(
      String key, BucketConfiguration configuration, long configurationVersion);

  @Override
  public String toString() {
    return name;
  }

  private static final class Distributed extends GateBackend {
    private final ProxyManager<String> proxyManager;
    private final AsyncProxyManager<String> async;
    private final ConcurrentHashMap<String, AsyncBucketProxy> asyncBuckets =
        new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, BucketProxy> buckets = new ConcurrentHashMap<>();

    Distributed(ProxyManager<String> proxyManager, String name) {
      super(name);
      this.proxyManager = proxyManager;
      this.async = proxyManager.isAsyncModeSupported() ? proxyManager.asAsync() : null;
    }

    @Override
    boolean distributed() {
      return true;
    }

    @Override
    CompletableFuture<ConsumptionProbe> tryConsume(
        String key, BucketConfiguration configuration, long configurationVersion) {
      if (async != null) {
        AsyncBucketProxy bucket =
            asyncBuckets.computeIfAbsent(
                key,
                k ->
                    async
                        .builder()
                        .withImplicitConfigurationReplacement(
                            configurationVersion, TokensInheritanceStrategy.PROPORTIONALLY)
                        .build(k, () -> CompletableFuture.completedFuture(configuration)));
        return bucket.tryConsumeAndReturnRemaining(1);
      }
      BucketProxy bucket =
          buckets.computeIfAbsent(
              key,
              k ->
                  proxyManager
                      .builder()
                      .withImplicitConfigurationReplacement(
                          configurationVersion, TokensInheritanceStrategy.PROPORTIONALLY)
                      .build(k, () -> configuration));
      return CompletableFuture.completedFuture(bucket.tryConsumeAndReturnRemaining(1));
    }
  }

  private static final class InProcess extends GateBackend {
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    InProcess() {
      super("in-process");
    }

    @Override
    boolean distributed() {
      return false;
    }

    @Override
    CompletableFuture<ConsumptionProbe> tryConsume(
        String key, BucketConfiguration configuration, long configurationVersion) {
      Bucket bucket =
          buckets.computeIfAbsent(
              key,
              k -> {
                var b = Bucket.builder();
                for (var bandwidth : configuration.getBandwidths()) {
                  b.addLimit(bandwidth);
                }
                return b.build();
              });
      return CompletableFuture.completedFuture(bucket.tryConsumeAndReturnRemaining(1));
    }
  }
}
