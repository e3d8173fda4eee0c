package org.oneroster4j;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries requests that failed for a reason that may pass: I/O errors and timeouts,
 * HTTP 408, 429 and 5xx. PUT and DELETE are idempotent in OneRoster, so writes are retried too.
 *
 * <p>The wait before a retry is the server's {@code Retry-After} (seconds or an HTTP date), capped
 * at {@link #maxRetryAfter()}; without one it is exponential backoff with full jitter: a random
 * duration between zero and {@code min(maxDelay, baseDelay * 2^(retry - 1))}. Retrying stops after
 * {@link #maxAttempts()} attempts or when the next wait would end after {@link #maxTotalTime()}.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder().maxAttempts(6).maxTotalTime(Duration.ofMinutes(5)).build();
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;
  private final Duration maxTotalTime;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxRetryAfter = b.maxRetryAfter;
    this.maxTotalTime = b.maxTotalTime;
  }

  /**
   * {@return the default policy: 4 attempts, base delay 500 ms, max delay 30 s, Retry-After
   * honoured up to 60 s, at most 2 minutes in all}
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a policy that never retries (one attempt)} */
  public static RetryPolicy none() {
    return NONE;
  }

  /** {@return a new builder holding the default values} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a new builder holding this policy's values, to derive a changed policy} */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .baseDelay(baseDelay)
        .maxDelay(maxDelay)
        .maxRetryAfter(maxRetryAfter)
        .maxTotalTime(maxTotalTime);
  }

  /** {@return the most attempts one request gets, the first included (1 means no retry)} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the backoff ceiling for the first retry; it doubles for each further retry} */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** {@return the largest backoff ceiling} */
  public Duration maxDelay() {
    return maxDelay;
  }

  /**
   * {@return the longest {@code Retry-After} wait honoured; longer requests are shortened to this}
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** {@return the longest time from the first attempt after which no retry starts} */
  public Duration maxTotalTime() {
    return maxTotalTime;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy p
        && p.maxAttempts == maxAttempts
        && p.baseDelay.equals(baseDelay)
        && p.maxDelay.equals(maxDelay)
        && p.maxRetryAfter.equals(maxRetryAfter)
        && p.maxTotalTime.equals(maxTotalTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, baseDelay, maxDelay, maxRetryAfter, maxTotalTime);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", maxTotalTime="
        + maxTotalTime
        + "]";
  }

  /** Builds a {@link RetryPolicy}; every value has a default. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(30);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration maxTotalTime = Duration.ofMinutes(2);

    private Builder() {}

    /**
     * The most attempts, the first included; at least 1.
     *
     * @param maxAttempts attempts per request, the first included; 1 turns retrying off
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The backoff ceiling of the first retry; not negative.
     *
     * @param baseDelay the ceiling of the random wait before the first retry, doubled for each
     *     further one up to {@link #maxDelay(Duration)}; not null
     * @return this builder
     * @throws IllegalArgumentException if {@code baseDelay} is negative
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /**
     * The largest backoff ceiling; not negative.
     *
     * @param maxDelay the cap on the doubling ceiling, so the longest backoff wait; not null
     * @return this builder
     * @throws IllegalArgumentException if {@code maxDelay} is negative
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /**
     * The longest Retry-After wait honoured; not negative.
     *
     * @param maxRetryAfter the cap on a server's {@code Retry-After}; a longer one is shortened to
     *     this; not null
     * @return this builder
     * @throws IllegalArgumentException if {@code maxRetryAfter} is negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * The time after the first attempt past which no retry starts; not negative.
     *
     * @param maxTotalTime the time, counted from the start of the call; a retry whose wait would
     *     end later is not made; not null
     * @return this builder
     * @throws IllegalArgumentException if {@code maxTotalTime} is negative
     */
    public Builder maxTotalTime(Duration maxTotalTime) {
      this.maxTotalTime = nonNegative(maxTotalTime, "maxTotalTime");
      return this;
    }

    /** {@return the policy holding this builder's values} */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
