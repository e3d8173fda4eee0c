package org.oneroster4j.bucket4j;

import java.time.Duration;
import java.util.Objects;

/**
 * A request budget for one SIS: {@link #requests()} per {@link #period()}, spread evenly, plus a
 * {@link #burst()} that may be spent at once after a quiet spell. It is a token bucket: in any span
 * of time {@code t}, at most {@code burst + requests × t / period} requests are let through, all
 * workers together.
 *
 * <p>For a SIS that asks for "at most N requests in any one second", choose {@code requests + burst
 * ≤ N}, leaving a little room for the time a request takes to reach the SIS:
 *
 * <pre>{@code
 * RateLimit.perSecond(4).burst(1)    // at most 5 in any one second, 4 per second in the long run
 * }</pre>
 *
 * <p>Immutable; {@link #burst(int)} returns a new value.
 */
public final class RateLimit {
  private final int requests;
  private final Duration period;
  private final int burst;

  private RateLimit(int requests, Duration period, int burst) {
    this.requests = requests;
    this.period = period;
    this.burst = burst;
  }

  /**
   * {@code requests} per second, with a burst of 1 (requests evenly spread, none saved up).
   *
   * @param requests requests per second, at least 1
   * @return the limit
   */
  public static RateLimit perSecond(int requests) {
    return of(requests, Duration.ofSeconds(1));
  }

  /**
   * {@code requests} per {@code period}, with a burst of 1. For example {@code RateLimit.of(30,
   * Duration.ofMinutes(1))} lets one request through every two seconds.
   *
   * @param requests requests per period, at least 1
   * @param period the period, at least one millisecond
   * @return the limit
   */
  public static RateLimit of(int requests, Duration period) {
    Objects.requireNonNull(period, "period");
    if (requests < 1) {
      throw new IllegalArgumentException("requests must be at least 1, got " + requests);
    }
    if (period.compareTo(Duration.ofMillis(1)) < 0) {
      throw new IllegalArgumentException("period must be at least 1 ms, got " + period);
    }
    return new RateLimit(requests, period, 1);
  }

  /**
   * The same rate with another burst: how many requests may go at once after a quiet spell.
   *
   * @param burst the most requests at once, at least 1
   * @return a new limit
   */
  public RateLimit burst(int burst) {
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1, got " + burst);
    }
    return new RateLimit(requests, period, burst);
  }

  /** {@return how many requests each {@link #period()} lets through in the long run} */
  public int requests() {
    return requests;
  }

  /** {@return the period over which {@link #requests()} are let through} */
  public Duration period() {
    return period;
  }

  /** {@return the most requests let through at once after a quiet spell} */
  public int burst() {
    return burst;
  }

  /**
   * The most requests this limit lets through in any span of {@code span}: {@code burst + requests
   * × span / period}, rounded down.
   *
   * @param span the span of time
   * @return the bound
   */
  public long maxRequestsIn(Duration span) {
    Objects.requireNonNull(span, "span");
    return burst
        + (long)
            Math.floor((double) requests * (double) span.toNanos() / (double) period.toNanos());
  }

  /**
   * This limit shared by {@code workers} workers that cannot reach each other: each gets a rate of
   * {@code requests / workers} and a burst of {@code max(1, burst / workers)}.
   */
  RateLimit share(int workers) {
    if (workers == 1) {
      return this;
    }
    return new RateLimit(requests, period.multipliedBy(workers), Math.max(1, burst / workers));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RateLimit r
        && r.requests == requests
        && r.burst == burst
        && r.period.equals(period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requests, period, burst);
  }

  @Override
  public String toString() {
    return requests + " per " + period + ", burst " + burst;
  }
}
