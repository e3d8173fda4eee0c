package org.oneroster4j.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.oneroster4j.internal.retry.Sleeper;

/** A clock that only moves when told, and a sleeper that records waits and moves the clock. */
public final class StepClock extends Clock implements Sleeper {
  private volatile Instant now;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  /** A clock at {@code start}. */
  public StepClock(Instant start) {
    this.now = start;
  }

  /** A clock at 2026-11-28T12:00:00Z. */
  public StepClock() {
    this(Instant.parse("2026-11-28T12:00:00Z"));
  }

  /** Moves the clock forward. */
  public void advance(Duration d) {
    now = now.plus(d);
  }

  /** Every wait asked of this sleeper, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
