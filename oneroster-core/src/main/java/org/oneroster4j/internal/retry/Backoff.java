package org.oneroster4j.internal.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Retry waits: {@code Retry-After} parsing and exponential backoff with full jitter. */
public final class Backoff {
  private Backoff() {}

  /**
   * The full-jitter backoff before retry number {@code retry} (1 for the first retry): a random
   * duration in {@code [0, min(maxDelay, baseDelay * 2^(retry-1)))}.
   */
  public static Duration fullJitter(
      int retry, Duration baseDelay, Duration maxDelay, RandomGenerator random) {
    long base = baseDelay.toMillis();
    long ceiling = maxDelay.toMillis();
    int shift = Math.min(Math.max(retry - 1, 0), 30);
    long exp = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
    long bound = Math.min(ceiling, exp);
    return Duration.ofMillis((long) Math.floor(random.nextDouble() * bound));
  }

  /**
   * Parses a {@code Retry-After} header: delta-seconds or an HTTP date (relative to {@code clock});
   * empty when absent or unparseable. A date in the past gives zero.
   */
  public static Optional<Duration> parseRetryAfter(String header, Clock clock) {
    if (header == null) {
      return Optional.empty();
    }
    String v = header.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1000));
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
