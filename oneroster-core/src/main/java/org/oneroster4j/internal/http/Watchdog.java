package org.oneroster4j.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that fails response bodies the server stopped sending, or that outlive their
 * attempt's deadline. Each body in flight registers while it transfers; the thread sleeps until the
 * earliest deadline among them. One thread rather than a scheduled check per response, whose
 * scheduling and cancelling would cost more CPU per write than serializing the write's body.
 *
 * <p>The thread starts with the first body to watch and ends when nothing is watched and either no
 * open client owns it ({@link #retain()}, {@link #releaseOwner()}) or it has had nothing to watch
 * for {@link #LINGER_NANOS}; the next body starts a new one. It also ends when interrupted (a
 * launcher such as {@code mvn exec:java} interrupts every thread at the end of a run): parking
 * again with the interrupt flag set would return at once, over and over, and spin a core.
 */
final class Watchdog {
  /** A body in flight. */
  interface Watched {
    /** The {@code System.nanoTime()} by which it must have had news, given the time now. */
    long deadline(long now);

    /** Called once, by the watchdog, when {@code deadline} passed; the body fails. */
    void expire(long now);
  }

  /** The name of the thread. */
  static final String THREAD_NAME = "oneroster4j-body-timeout";

  /**
   * How long the thread stays without anything to watch while clients are open: long enough not to
   * restart between the requests of a busy client, short enough that an idle client that is never
   * closed keeps no thread for long.
   */
  static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(5);

  private static final Set<Watched> BODIES = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger OWNERS = new AtomicInteger();
  private static final Object LOCK = new Object();

  /** The running thread, or null; written under {@link #LOCK}. */
  private static volatile Thread thread;

  /**
   * When the thread will next look; {@code Long.MIN_VALUE} while it looks, so that a body added
   * meanwhile (which the look may miss) always wakes it for another look.
   */
  private static volatile long nextLook = Long.MIN_VALUE;

  /** Whether the thread waits with nothing to watch (written before nextLook). */
  private static volatile boolean sleepsUntilWoken;

  private Watchdog() {}

  /** An open client now relies on the watchdog. */
  static void retain() {
    OWNERS.incrementAndGet();
  }

  /**
   * A client closed. When it was the last one and nothing is watched, the thread ends; this waits
   * for that (at most {@code maxWaitMillis}) so that a closed client leaves no thread behind.
   * Otherwise the thread ends once it has had nothing to watch for {@link #LINGER_NANOS}.
   */
  static void releaseOwner(long maxWaitMillis) {
    boolean last = OWNERS.decrementAndGet() <= 0;
    Thread t = thread;
    if (t == null) {
      return;
    }
    // Wake it to look again: it may sleep until the deadline of a body that has since ended, and
    // with nothing left to watch it ends now (last client) or after LINGER_NANOS.
    LockSupport.unpark(t);
    if (last && BODIES.isEmpty() && t != Thread.currentThread()) {
      try {
        t.join(maxWaitMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Starts watching {@code body}. */
  static void watch(Watched body) {
    BODIES.add(body);
    Thread t = thread;
    if (t == null) {
      synchronized (LOCK) {
        t = thread;
        if (t == null) {
          t = new Thread(Watchdog::run, THREAD_NAME);
          t.setDaemon(true);
          thread = t;
          t.start();
          return;
        }
      }
    }
    long look = nextLook;
    if (look == Long.MIN_VALUE || sleepsUntilWoken || body.deadline(System.nanoTime()) - look < 0) {
      LockSupport.unpark(t);
    }
  }

  /** Stops watching {@code body} (it completed or failed on its own). */
  static void unwatch(Watched body) {
    BODIES.remove(body);
  }

  /** How many bodies are watched now (for tests). */
  static int watching() {
    return BODIES.size();
  }

  /** Whether the thread runs now (for tests). */
  static boolean running() {
    Thread t = thread;
    return t != null && t.isAlive();
  }

  private static void run() {
    Thread self = Thread.currentThread();
    long idleSince = System.nanoTime();
    try {
      while (!self.isInterrupted()) {
        nextLook = Long.MIN_VALUE;
        long now = System.nanoTime();
        long next = now;
        boolean any = false;
        for (Watched body : BODIES) {
          long deadline = body.deadline(now);
          if (deadline - now <= 0) {
            if (BODIES.remove(body)) {
              try {
                body.expire(now);
              } catch (RuntimeException e) {
                // a failing body must not stop the watch of the others
              }
            }
          } else if (!any || deadline - next < 0) {
            next = deadline;
            any = true;
          }
        }
        if (any) {
          idleSince = now;
          sleepsUntilWoken = false;
          nextLook = next;
          // A body added since the look began saw MIN_VALUE and unparked this thread: park
          // returns at once and the next look sees it.
          LockSupport.parkNanos(next - now);
          continue;
        }
        if ((OWNERS.get() <= 0 || now - idleSince >= LINGER_NANOS) && exit(self)) {
          return;
        }
        sleepsUntilWoken = true;
        nextLook = now + LINGER_NANOS;
        LockSupport.parkNanos(Math.max(1, idleSince + LINGER_NANOS - now));
      }
    } finally {
      synchronized (LOCK) {
        if (thread == self) {
          thread = null;
        }
      }
    }
  }

  /**
   * Ends the thread unless a body arrived meanwhile. A {@link #watch} that saw this thread still
   * set added its body before this looks at the bodies, so the body is never left unwatched.
   */
  private static boolean exit(Thread self) {
    synchronized (LOCK) {
      thread = null;
      if (BODIES.isEmpty()) {
        return true;
      }
      thread = self;
      return false;
    }
  }
}
