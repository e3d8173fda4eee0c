package org.oneroster4j.internal.retry;

import java.time.Duration;

/** Waits between retries; tests inject one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** The real sleeper, {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  /** Waits {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
