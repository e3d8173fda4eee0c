package org.oneroster4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The body-timeout thread is a named daemon that ends when interrupted (a launcher such as {@code
 * mvn exec:java} interrupts every thread at the end of a run) instead of spinning on {@code park()}
 * with its interrupt flag set, and a new one starts with the next body to watch.
 */
class WatchdogTest {

  /** A body that expires {@code inMillis} after it is watched. */
  private static final class Body implements Watchdog.Watched {
    final long deadline;
    final CountDownLatch expired = new CountDownLatch(1);

    Body(long inMillis) {
      this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(inMillis);
    }

    @Override
    public long deadline(long now) {
      return deadline;
    }

    @Override
    public void expire(long now) {
      expired.countDown();
    }
  }

  private static Thread watchdogThread() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(Watchdog.THREAD_NAME) && t.isAlive())
        .findFirst()
        .orElse(null);
  }

  @Test
  void interruptedWatchdog_ends_andTheNextBodyStartsANewOne() throws InterruptedException {
    Body far = new Body(60_000);
    Watchdog.watch(far);
    Thread t = watchdogThread();
    assertThat(t).isNotNull();
    assertThat(t.isDaemon()).isTrue();

    t.interrupt();
    t.join(10_000);
    assertThat(t.isAlive()).as("the interrupted watchdog ended instead of spinning").isFalse();

    Watchdog.unwatch(far);
    Body soon = new Body(50);
    Watchdog.watch(soon);
    assertThat(soon.expired.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void watchdog_withNothingToWatchAndNoOpenClient_ends() throws InterruptedException {
    Body soon = new Body(10);
    Watchdog.watch(soon);
    assertThat(soon.expired.await(10, TimeUnit.SECONDS)).isTrue();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (Watchdog.running() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(Watchdog.running()).isFalse();
  }
}
