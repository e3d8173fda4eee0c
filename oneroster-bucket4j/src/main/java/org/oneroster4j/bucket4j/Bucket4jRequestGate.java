package org.oneroster4j.bucket4j;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.oneroster4j.RequestGate;
import org.oneroster4j.RequestGateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RequestGate} that holds every worker to one request budget per SIS: a token bucket per
 * {@link RequestGateKey} kept in a shared store ({@link HazelcastBackend}, {@link RedisBackend}, or
 * any Bucket4j {@code ProxyManager} through {@link GateBackend#of}). Give each worker's {@code
 * OneRosterClient} a gate on the same store, with the same limits:
 *
 * <pre>{@code
 * RequestGate gate = Bucket4jRequestGate.builder(HazelcastBackend.of(hazelcast))
 *     .defaultLimit(RateLimit.perSecond(10).burst(5))
 *     .vendorLimit("infinitecampus", RateLimit.perSecond(2))
 *     .build();
 * OneRosterClient sis = OneRosterClient.builder()....requestGate(gate).build();
 * }</pre>
 *
 * <p><b>Waiting.</b> Each attempt takes one token. When the bucket is empty the gate sleeps for as
 * long as Bucket4j says the next token needs (plus a little jitter, so waiting workers do not all
 * ask at once) and asks again; it never waits past the {@code maxWait} it was given, and answers
 * empty at once when the next token would come too late.
 *
 * <p><b>Requests in flight.</b> Within one process the gate also lets at most the client's {@code
 * maxConcurrency} (or {@link Builder#maxInFlight(int)}) requests per SIS be in flight, as {@link
 * RequestGate#local()} does. Across workers it limits the rate, not the number in flight: Bucket4j
 * has no distributed semaphore, Hazelcast's ({@code ISemaphore}) lives in its CP subsystem, which
 * the open-source jar does not implement, Redis has none, and a permit held by a worker that dies
 * would have to be reclaimed by a lease. The rate bounds the requests in flight all the same: at
 * most the rate times a request's duration, plus the burst.
 *
 * <p><b>When the backend fails</b> (an exception, or no answer within {@link
 * Builder#backendTimeout(Duration)}) the gate by default <em>fails closed</em>: the attempt is not
 * sent and the call fails with a {@link org.oneroster4j.error.TransportException} caused by a
 * {@link GateBackendException}. A SIS's budget is the district's, and going over it at peak hours
 * harms them, while an export that fails is simply run again later: ids are stable and writes
 * idempotent, so the next run writes only what is missing. {@link
 * Builder#fallBackToLocalLimit(int)} chooses the other way: each worker goes on alone with its
 * share of the budget. Either way the backend is asked again only after {@link
 * Builder#backendRetryAfter(Duration)}, so an outage costs one timeout per interval, not one per
 * request.
 *
 * <p>Thread-safe. Its {@code toString()} shows the backend's kind and the limits, no address,
 * password or client id.
 */
public final class Bucket4jRequestGate implements RequestGate {
  private static final Logger LOG = LoggerFactory.getLogger(Bucket4jRequestGate.class);

  /** What the gate does when its backend fails or does not answer in time. */
  public enum BackendFailureMode {
    /** Send nothing; the call fails with a {@link GateBackendException} as its cause. */
    FAIL_CLOSED,
    /** Go on with an in-process bucket holding this worker's share of the budget. */
    LOCAL_LIMIT
  }

  private final GateBackend backend;
  private final RateLimit defaultLimit;
  private final Map<String, RateLimit> vendorLimits;
  private final Map<RequestGateKey, RateLimit> keyLimits;
  private final BackendFailureMode failureMode;
  private final int fallbackWorkers;
  private final Duration backendTimeout;
  private final Duration backendRetryAfter;
  private final String keyPrefix;
  private final int maxInFlight;
  private final long limitsVersion;

  private final GateBackend local = GateBackend.inProcess();
  private final ConcurrentHashMap<RequestGateKey, Semaphore> inFlight = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<RequestGateKey, BucketConfiguration> configurations =
      new ConcurrentHashMap<>();
  private final ConcurrentHashMap<RequestGateKey, BucketConfiguration> fallbackConfigurations =
      new ConcurrentHashMap<>();

  /** 0 while the backend answers; else System.nanoTime() after which it is asked again. */
  private final AtomicLong backendDownUntil = new AtomicLong();

  private Bucket4jRequestGate(Builder b) {
    this.backend = b.backend;
    this.defaultLimit = b.defaultLimit;
    this.vendorLimits = Map.copyOf(b.vendorLimits);
    this.keyLimits = Map.copyOf(b.keyLimits);
    this.failureMode = b.failureMode;
    this.fallbackWorkers = b.fallbackWorkers;
    this.backendTimeout = b.backendTimeout;
    this.backendRetryAfter = b.backendRetryAfter;
    this.keyPrefix = b.keyPrefix;
    this.maxInFlight = b.maxInFlight;
    this.limitsVersion = b.limitsVersion;
  }

  /**
   * A builder for a gate on {@code backend}.
   *
   * @param backend where the buckets are kept
   * @return a new builder
   */
  public static Builder builder(GateBackend backend) {
    return new Builder(Objects.requireNonNull(backend, "backend"));
  }

  /**
   * Waits for one token of {@code key}'s budget, and for one of this process's slots for requests
   * in flight to that SIS, at most {@code maxWait} in all.
   *
   * @param key which SIS connection the attempt goes to
   * @param concurrency the client's {@code maxConcurrency}: this process's most requests in flight
   *     to the SIS, unless {@link Builder#maxInFlight(int)} was set
   * @param maxWait the longest the caller may wait
   * @return the permit, or empty if the budget could not be had within {@code maxWait}
   * @throws InterruptedException if the waiting thread is interrupted
   * @throws GateBackendException if the backend failed and the gate fails closed
   */
  @Override
  public Optional<Permit> acquire(RequestGateKey key, int concurrency, Duration maxWait)
      throws InterruptedException {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(maxWait, "maxWait");
    long start = System.nanoTime();
    long deadline = start + saturatedNanos(maxWait);
    Semaphore slots =
        inFlight.computeIfAbsent(
            key,
            k -> new Semaphore(maxInFlight > 0 ? maxInFlight : Math.max(1, concurrency), true));
    if (!slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      return Optional.empty();
    }
    boolean granted = false;
    try {
      granted = takeToken(key, deadline);
    } finally {
      if (!granted) {
        slots.release();
      }
    }
    if (!granted) {
      return Optional.empty();
    }
    AtomicBoolean released = new AtomicBoolean();
    return Optional.of(
        () -> {
          if (released.compareAndSet(false, true)) {
            slots.release();
          }
        });
  }

  /** The limit for {@code key}: its own, else its vendor's, else the default. */
  RateLimit limitFor(RequestGateKey key) {
    RateLimit limit = keyLimits.get(key);
    if (limit == null) {
      limit = vendorLimits.get(key.vendor());
    }
    return limit != null ? limit : defaultLimit;
  }

  private boolean takeToken(RequestGateKey key, long deadline) throws InterruptedException {
    while (true) {
      ConsumptionProbe probe = probe(key, deadline);
      if (probe == null) {
        return false;
      }
      if (probe.isConsumed()) {
        return true;
      }
      long wait = probe.getNanosToWaitForRefill();
      long left = deadline - System.nanoTime();
      if (wait > left) {
        return false;
      }
      // A little jitter, so that workers waiting for the same token do not all ask at once.
      long jitter = ThreadLocalRandom.current().nextLong(wait / 8 + 1_000_000L);
      TimeUnit.NANOSECONDS.sleep(Math.min(wait + jitter, left));
    }
  }

  /**
   * Asks the backend (or, when it is down and the gate falls back, the local bucket) for one token.
   * Null when {@code deadline} passed before the backend answered.
   */
  private ConsumptionProbe probe(RequestGateKey key, long deadline) throws InterruptedException {
    long down = backendDownUntil.get();
    if (down != 0) {
      long now = System.nanoTime();
      if (now - down < 0
          || !backendDownUntil.compareAndSet(down, now + saturatedNanos(backendRetryAfter))) {
        return whileDown(key, null);
      }
      // This thread asks the backend again; the others keep to the failure mode meanwhile.
    }
    String storeKey = keyPrefix + key.value();
    long left = deadline - System.nanoTime();
    long timeout = Math.min(saturatedNanos(backendTimeout), Math.max(0, left));
    CompletableFuture<ConsumptionProbe> future = null;
    try {
      future =
          backend.tryConsume(
              storeKey, configurations.computeIfAbsent(key, this::configuration), limitsVersion);
      ConsumptionProbe probe = future.get(timeout, TimeUnit.NANOSECONDS);
      if (down != 0 && backendDownUntil.compareAndSet(backendDownUntil.get(), 0)) {
        LOG.info("The request gate's {} backend answers again", backend);
      }
      return probe;
    } catch (TimeoutException e) {
      future.cancel(true);
      if (timeout < saturatedNanos(backendTimeout)) {
        return null; // the caller's time ran out, not the backend's
      }
      return failed(key, e);
    } catch (ExecutionException e) {
      return failed(key, e.getCause() != null ? e.getCause() : e);
    } catch (InterruptedException e) {
      if (future != null) {
        future.cancel(true);
      }
      throw e;
    } catch (RuntimeException e) {
      return failed(key, e);
    }
  }

  private ConsumptionProbe failed(RequestGateKey key, Throwable cause) throws InterruptedException {
    long now = System.nanoTime();
    long until = now + saturatedNanos(backendRetryAfter);
    boolean wasUp = backendDownUntil.getAndSet(until == 0 ? 1 : until) == 0;
    if (wasUp) {
      LOG.warn(
          "The request gate's {} backend failed ({}); {} until it answers again (asked again"
              + " every {})",
          backend,
          describe(cause),
          failureMode == BackendFailureMode.FAIL_CLOSED
              ? "requests are refused"
              : "each worker keeps to its share of the budget, 1/" + fallbackWorkers,
          backendRetryAfter);
    }
    return whileDown(key, cause);
  }

  private ConsumptionProbe whileDown(RequestGateKey key, Throwable cause)
      throws InterruptedException {
    if (failureMode == BackendFailureMode.FAIL_CLOSED) {
      throw new GateBackendException(
          "The request gate's "
              + backend
              + " backend "
              + (cause == null
                  ? "failed recently and is asked again every " + backendRetryAfter
                  : "failed (" + describe(cause) + ")")
              + "; nothing was sent to the SIS. Bring the backend back, or build the gate with"
              + " fallBackToLocalLimit(workers) to go on with a local share of the budget",
          cause);
    }
    try {
      return local
          .tryConsume(
              keyPrefix + key.value(),
              fallbackConfigurations.computeIfAbsent(
                  key, k -> bucketConfiguration(limitFor(k).share(fallbackWorkers))),
              limitsVersion)
          .get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("The in-process bucket failed", e.getCause());
    }
  }

  private BucketConfiguration configuration(RequestGateKey key) {
    return bucketConfiguration(limitFor(key));
  }

  private static BucketConfiguration bucketConfiguration(RateLimit limit) {
    return BucketConfiguration.builder()
        .addLimit(
            BandwidthBuilder.builder()
                .capacity(limit.burst())
                .refillGreedy(limit.requests(), limit.period())
                .build())
        .build();
  }

  private static String describe(Throwable cause) {
    // The class only: messages of store clients may hold addresses or user names.
    return cause instanceof TimeoutException ? "no answer in time" : cause.getClass().getName();
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }

  /** {@return where the buckets are kept} */
  public GateBackend backend() {
    return backend;
  }

  /** {@return what the gate does when its backend fails} */
  public BackendFailureMode backendFailureMode() {
    return failureMode;
  }

  @Override
  public String toString() {
    return "Bucket4jRequestGate{backend="
        + backend
        + ", default="
        + defaultLimit
        + (vendorLimits.isEmpty() ? "" : ", vendors=" + new TreeMap<>(vendorLimits))
        + (keyLimits.isEmpty() ? "" : ", connections with their own limit=" + keyLimits.size())
        + ", onBackendFailure="
        + (failureMode == BackendFailureMode.FAIL_CLOSED
            ? "FAIL_CLOSED"
            : "LOCAL_LIMIT (1/" + fallbackWorkers + " each)")
        + ", backendTimeout="
        + backendTimeout
        + "}";
  }

  /**
   * Builds a {@link Bucket4jRequestGate}. Only {@link #defaultLimit(RateLimit)} is required. Every
   * worker sharing a backend must be built with the same limits.
   */
  public static final class Builder {
    private final GateBackend backend;
    private RateLimit defaultLimit;
    private final Map<String, RateLimit> vendorLimits = new HashMap<>();
    private final Map<RequestGateKey, RateLimit> keyLimits = new HashMap<>();
    private BackendFailureMode failureMode = BackendFailureMode.FAIL_CLOSED;
    private int fallbackWorkers = 1;
    private Duration backendTimeout = Duration.ofSeconds(2);
    private Duration backendRetryAfter = Duration.ofSeconds(5);
    private String keyPrefix = "oneroster4j:gate:";
    private int maxInFlight;
    private long limitsVersion = 1;

    private Builder(GateBackend backend) {
      this.backend = backend;
    }

    /**
     * Sets the budget of every SIS that has no limit of its own or of its vendor. Required.
     *
     * @param limit the budget
     * @return this builder
     */
    public Builder defaultLimit(RateLimit limit) {
      this.defaultLimit = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /**
     * Sets the budget of every SIS of one vendor (unless the connection has its own).
     *
     * @param vendor the vendor id, for example {@code "infinitecampus"}
     * @param limit the budget
     * @return this builder
     */
    public Builder vendorLimit(String vendor, RateLimit limit) {
      Objects.requireNonNull(vendor, "vendor");
      vendorLimits.put(vendor.toLowerCase(Locale.ROOT), Objects.requireNonNull(limit, "limit"));
      return this;
    }

    /**
     * Sets the budget of one SIS connection, for example a district that agreed on its own.
     *
     * @param key the connection ({@code RequestGateKey.of(vendor, url, clientId)})
     * @param limit the budget
     * @return this builder
     */
    public Builder limit(RequestGateKey key, RateLimit limit) {
      keyLimits.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(limit, "limit"));
      return this;
    }

    /**
     * Fails closed when the backend fails or does not answer: nothing is sent and the call fails.
     * This is the default.
     *
     * @return this builder
     */
    public Builder failClosed() {
      this.failureMode = BackendFailureMode.FAIL_CLOSED;
      this.fallbackWorkers = 1;
      return this;
    }

    /**
     * Goes on when the backend fails or does not answer, each worker with an in-process bucket of
     * {@code 1/workers} of the budget (rate and burst, at least a burst of 1), so that {@code
     * workers} workers together stay within it.
     *
     * @param workers how many workers share the budget, at least 1
     * @return this builder
     */
    public Builder fallBackToLocalLimit(int workers) {
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be at least 1, got " + workers);
      }
      this.failureMode = BackendFailureMode.LOCAL_LIMIT;
      this.fallbackWorkers = workers;
      return this;
    }

    /**
     * Sets the longest one call to the backend may take before it counts as failed (default 2
     * seconds). A shorter wait asked for by the client is not a failure.
     *
     * @param backendTimeout the timeout, positive
     * @return this builder
     */
    public Builder backendTimeout(Duration backendTimeout) {
      this.backendTimeout = positive(backendTimeout, "backendTimeout");
      return this;
    }

    /**
     * Sets how long after a failure the backend is left alone before it is asked again (default 5
     * seconds); meanwhile the gate fails closed or uses its local limit at once.
     *
     * @param backendRetryAfter the interval, positive
     * @return this builder
     */
    public Builder backendRetryAfter(Duration backendRetryAfter) {
      this.backendRetryAfter = positive(backendRetryAfter, "backendRetryAfter");
      return this;
    }

    /**
     * Sets the prefix of the keys in the backend (default {@code "oneroster4j:gate:"}), followed by
     * {@link RequestGateKey#value()}.
     *
     * @param keyPrefix the prefix
     * @return this builder
     */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
      return this;
    }

    /**
     * Sets the most requests per SIS in flight at once from this process, whatever the clients' own
     * {@code maxConcurrency} (by default the first client's {@code maxConcurrency} for that SIS).
     *
     * @param maxInFlight the most requests in flight, at least 1
     * @return this builder
     */
    public Builder maxInFlight(int maxInFlight) {
      if (maxInFlight < 1) {
        throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
      }
      this.maxInFlight = maxInFlight;
      return this;
    }

    /**
     * Sets the version of the limits (default 1). A bucket in the backend keeps the limit it was
     * made with; when you change a limit, raise this number with it on every worker, and the
     * buckets take the new limit at their next use, keeping their share of tokens.
     *
     * @param limitsVersion the version, at least 1
     * @return this builder
     */
    public Builder limitsVersion(long limitsVersion) {
      if (limitsVersion < 1) {
        throw new IllegalArgumentException(
            "limitsVersion must be at least 1, got " + limitsVersion);
      }
      this.limitsVersion = limitsVersion;
      return this;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }

    /**
     * Builds the gate.
     *
     * @return the gate
     * @throws IllegalStateException if no default limit was set
     */
    public Bucket4jRequestGate build() {
      if (defaultLimit == null) {
        throw new IllegalStateException(
            "No default limit: call defaultLimit(RateLimit.perSecond(n)) with the budget of a SIS"
                + " that has no limit of its own (vendorLimit, limit)");
      }
      return new Bucket4jRequestGate(this);
    }
  }
}
