package org.oneroster4j.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that fails response bodies the server stopped sending. Each body in flight
 * registers while it transfers; the thread sleeps until the earliest deadline among them. One
 * thread rather than a scheduled check per response, whose scheduling and cancelling would cost
 * more CPU per write than serializing the write's body.
 */
final class Watchdog {
  /** A body in flight. */
  interface Watched {
    /** The {@code System.nanoTime()} by which it must have had news, given the time now. */
    long deadline(long now);

    /** Called once, by the watchdog, when {@code deadline} passed; the body fails. */
    void expire(long now);
  }

  private static final Set<Watched> BODIES = ConcurrentHashMap.newKeySet();

  /**
   * When the thread will next look; {@code Long.MIN_VALUE} while it looks, so that a body added
   * meanwhile (which the look may miss) always wakes it for another look.
   */
  private static volatile long nextLook = Long.MIN_VALUE;

  /** Whether the thread sleeps until woken, having nothing to watch (written before nextLook). */
  private static volatile boolean sleepsUntilWoken;

  private static final Thread THREAD = start();

  private Watchdog() {}

  private static Thread start() {
    Thread t = new Thread(Watchdog::run, "oneroster4j-body-timeout");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Starts watching {@code body}. */
  static void watch(Watched body) {
    BODIES.add(body);
    long look = nextLook;
    if (look == Long.MIN_VALUE || sleepsUntilWoken || body.deadline(System.nanoTime()) - look < 0) {
      LockSupport.unpark(THREAD);
    }
  }

  /** Stops watching {@code body} (it completed or failed on its own). */
  static void release(Watched body) {
    BODIES.remove(body);
  }

  /** How many bodies are watched now (for tests). */
  static int watching() {
    return BODIES.size();
  }

  private static void run() {
    while (true) {
      nextLook = Long.MIN_VALUE;
      long now = System.nanoTime();
      long next = now;
      boolean any = false;
      for (Watched body : BODIES) {
        long deadline = body.deadline(now);
        if (deadline - now <= 0) {
          BODIES.remove(body);
          try {
            body.expire(now);
          } catch (RuntimeException e) {
            // a failing body must not stop the watch of the others
          }
        } else if (!any || deadline - next < 0) {
          next = deadline;
          any = true;
        }
      }
      sleepsUntilWoken = !any;
      nextLook = next;
      // A body added since the look began saw MIN_VALUE and unparked this thread: park returns
      // at once and the next look sees it.
      if (any) {
        LockSupport.parkNanos(next - now);
      } else {
        LockSupport.park();
      }
    }
  }
}
