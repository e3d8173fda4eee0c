package org.oneroster4j;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The in-process {@link RequestGate}: one fair semaphore per key. */
final class LocalRequestGate implements RequestGate {
  private final int fixed;
  private final ConcurrentHashMap<RequestGateKey, Semaphore> semaphores = new ConcurrentHashMap<>();

  LocalRequestGate(int fixed) {
    this.fixed = fixed;
  }

  @Override
  public Optional<Permit> acquire(RequestGateKey key, int concurrency, Duration maxWait)
      throws InterruptedException {
    Semaphore s =
        semaphores.computeIfAbsent(
            key, k -> new Semaphore(fixed > 0 ? fixed : Math.max(1, concurrency), true));
    // tryAcquire(0) would ignore fairness; a timed wait keeps the queue's order.
    if (!s.tryAcquire(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS)) {
      return Optional.empty();
    }
    AtomicBoolean released = new AtomicBoolean();
    return Optional.of(
        () -> {
          if (released.compareAndSet(false, true)) {
            s.release();
          }
        });
  }

  @Override
  public String toString() {
    return fixed > 0 ? "RequestGate.local(" + fixed + ")" : "RequestGate.local()";
  }
}
