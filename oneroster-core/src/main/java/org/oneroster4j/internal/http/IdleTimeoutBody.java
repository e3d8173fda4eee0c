package org.oneroster4j.internal.http;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * A streaming response body whose reads fail with {@link HttpTimeoutException} when the server
 * sends nothing for {@code idle} while the reader waits, or when the attempt's {@link Deadline}
 * passes. {@code HttpRequest.timeout} only covers the wait for the response headers: a server that
 * stalls mid-body would otherwise block the reading thread forever, and one that trickles a byte
 * now and then would never meet the idle timeout. Time the caller spends between reads does not
 * count as idle; it does count towards the deadline.
 */
final class IdleTimeoutBody {
  private IdleTimeoutBody() {}

  /**
   * The time by which a whole attempt must be over, headers and body, as a {@code
   * System.nanoTime()} value; it records whether it was the reason a body failed.
   */
  static final class Deadline {
    private final long end;
    private volatile boolean passed;

    private Deadline(long end) {
      this.end = end;
    }

    /** The deadline {@code budget} from now. */
    static Deadline in(Duration budget) {
      return new Deadline(System.nanoTime() + saturatedNanos(budget));
    }

    /** The {@code System.nanoTime()} of the deadline. */
    long end() {
      return end;
    }

    /** Whether a body failed because this deadline passed. */
    boolean passed() {
      return passed;
    }

    private boolean passedAt(long now) {
      if (now - end >= 0) {
        passed = true;
        return true;
      }
      return false;
    }

    private long min(long deadline) {
      return deadline - end < 0 ? deadline : end;
    }
  }

  /** {@code d} in nanoseconds, at most about 292 years instead of overflowing. */
  static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 2;
    }
  }

  /**
   * The largest body a read takes whole ({@link #buffered}) rather than streamed: one class's
   * results, a roster of a few hundred users. Bigger pages, and pages of unknown length, stream.
   */
  static final long WHOLE_PAGE_BYTES = 256 * 1024;

  /**
   * For a read: a body the server announces at {@link #WHOLE_PAGE_BYTES} or less is collected whole
   * by the client ({@link #buffered}), sparing the hand-off to another of its threads that a
   * streamed body costs; a bigger one, or one of unknown length, is streamed ({@link
   * #ofInputStream}), so that a page's memory is not held twice. Both keep the idle timeout and the
   * deadline.
   */
  static BodyHandler<InputStream> forRead(Duration idle, long maxBytes, Deadline deadline) {
    return info -> {
      long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      BodyHandler<InputStream> chosen =
          length >= 0 && length <= WHOLE_PAGE_BYTES
              ? buffered(idle, maxBytes, deadline)
              : ofInputStream(idle, deadline);
      return chosen.apply(info);
    };
  }

  /** Like {@code BodyHandlers.ofInputStream()}, with the idle timeout and the deadline. */
  static BodyHandler<InputStream> ofInputStream(Duration idle, Deadline deadline) {
    long idleNanos = saturatedNanos(idle);
    return info -> new Subscriber(idleNanos, deadline);
  }

  /**
   * The whole body, read into memory by the HTTP client (at most {@code maxBytes} + 1 bytes, so a
   * size check downstream still sees that it was larger) and handed over as a stream once complete:
   * for the small answers to writes, where a reading thread waiting for each part would cost more
   * than the body. Fails with {@link HttpTimeoutException} when the server sends nothing for {@code
   * idle}, or when the deadline passes.
   *
   * <p>The collector runs inside {@link BodySubscribers#fromSubscriber}, which the JDK client
   * trusts to complete without blocking: a body subscriber of our own would make the client hand
   * every response over to another of its threads before {@code send} returns, one more thread
   * wake-up per write (measured: about a tenth more CPU in the client's threads per write).
   */
  static BodyHandler<InputStream> buffered(Duration idle, long maxBytes, Deadline deadline) {
    long idleNanos = saturatedNanos(idle);
    return info -> {
      Buffering collector = new Buffering(idleNanos, maxBytes, deadline);
      BodySubscriber<InputStream> body = BodySubscribers.fromSubscriber(collector, Buffering::body);
      collector.downstream = body;
      return body;
    };
  }

  /**
   * Stops the transfer of a body that went silent or outlived its deadline; returns the error its
   * reader gets.
   */
  private static HttpTimeoutException stalled(
      Flow.Subscription subscription, long now, long lastActivity, boolean deadlinePassed) {
    if (subscription != null) {
      subscription.cancel();
    }
    return new HttpTimeoutException(
        deadlinePassed
            ? "the response took longer than the attempt's deadline"
            : "no response data for " + TimeUnit.NANOSECONDS.toMillis(now - lastActivity) + " ms");
  }

  /**
   * A body collected whole: read at once, it hands over its array instead of a copy (nothing else
   * holds it), which spares a copy of every write's answer.
   */
  private static final class WholeBody extends ByteArrayInputStream {
    WholeBody(byte[] buf, int length) {
      super(buf, 0, length);
    }

    @Override
    public synchronized byte[] readAllBytes() {
      if (pos == 0 && count == buf.length) {
        pos = count;
        return buf;
      }
      return super.readAllBytes();
    }
  }

  /**
   * Collects a write's answer. It completes on its own (the JDK adapter calls {@link #body} after
   * {@link #onComplete}); when it stops the transfer itself, too large or timed out, it completes
   * the adapter ({@link #downstream}) directly, since a cancelled transfer may never call back.
   */
  private static final class Buffering
      implements Flow.Subscriber<List<ByteBuffer>>, Watchdog.Watched {
    private final long idleNanos;
    private final long keep;
    private final Deadline deadline;
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long size;
    private volatile long lastActivity = System.nanoTime();
    private volatile Flow.Subscription subscription;
    private volatile boolean done;
    private InputStream result; // guarded by this

    /** The adapter this collects for; set before the client subscribes. */
    volatile BodySubscriber<InputStream> downstream;

    Buffering(long idleNanos, long maxBytes, Deadline deadline) {
      this.idleNanos = idleNanos;
      this.keep = maxBytes == Long.MAX_VALUE ? maxBytes : maxBytes + 1;
      this.deadline = deadline;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      Watchdog.watch(this);
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      lastActivity = System.nanoTime();
      if (done) {
        return;
      }
      // The client hands the buffers over (its own byte-array subscriber keeps them too).
      for (ByteBuffer b : item) {
        int n = (int) Math.min(b.remaining(), keep - size);
        if (n > 0) {
          parts.add(b.limit(b.position() + n));
          size += n;
        }
      }
      if (size >= keep) {
        // Enough to know it is too large; stop the transfer and hand over what came.
        subscription.cancel();
        downstream.onComplete();
      }
    }

    @Override
    public void onError(Throwable throwable) {
      done = true;
      Watchdog.unwatch(this);
    }

    /**
     * The body arrived whole (or, cut short, all of it that is kept). A timeout that fired at the
     * same moment may already have failed the adapter; then this result is simply not used.
     */
    @Override
    public synchronized void onComplete() {
      done = true;
      Watchdog.unwatch(this);
      if (result == null) {
        result = join();
      }
    }

    /** The finisher: the collected body, once complete. */
    synchronized InputStream body() {
      return result != null ? result : new ByteArrayInputStream(new byte[0]);
    }

    private InputStream join() {
      byte[] all = new byte[(int) Math.min(size, Integer.MAX_VALUE - 8)];
      int at = 0;
      for (ByteBuffer b : parts) {
        int n = Math.min(b.remaining(), all.length - at);
        b.get(all, at, n);
        at += n;
      }
      parts.clear();
      return new WholeBody(all, at);
    }

    @Override
    public long deadline(long now) {
      return done ? now + idleNanos : deadline.min(lastActivity + idleNanos);
    }

    @Override
    public void expire(long now) {
      if (!done) {
        downstream.onError(stalled(subscription, now, lastActivity, deadline.passedAt(now)));
      }
    }
  }

  /**
   * What a streamed body closed before its end may still read, so that its connection goes back to
   * the pool: a parser stops at the end of the JSON document, often before the client has seen the
   * end of the HTTP body (the last, empty chunk), and closing then would cancel the transfer and
   * close the connection (measured against the fake SIS: about one small page in fifteen), so the
   * next request would open a new connection, and against a real SIS a new TLS session.
   */
  static final int DRAIN_BYTES = 64 * 1024;

  /** How long a streamed body closed before its end waits for the rest ({@link #DRAIN_BYTES}). */
  static final long DRAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private static final class Subscriber implements BodySubscriber<InputStream>, Watchdog.Watched {
    private final BodySubscriber<InputStream> delegate = BodySubscribers.ofInputStream();

    /** While a closed body drains, the {@code System.nanoTime()} by which it must end; else 0. */
    private volatile long drainUntil;

    private final long idleNanos;
    private final Deadline deadline;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean reading;
    private volatile boolean finished;
    private volatile Flow.Subscription subscription;

    Subscriber(long idleNanos, Deadline deadline) {
      this.idleNanos = idleNanos;
      this.deadline = deadline;
    }

    @Override
    public CompletionStage<InputStream> getBody() {
      return delegate.getBody().thenApply(Watched::new);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      delegate.onSubscribe(s);
      Watchdog.watch(this);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      lastActivity = System.nanoTime();
      delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      finish();
      delegate.onError(throwable);
    }

    @Override
    public void onComplete() {
      finish();
      delegate.onComplete();
    }

    private void finish() {
      finished = true;
      Watchdog.unwatch(this);
    }

    @Override
    public long deadline(long now) {
      // Only time a reader spends waiting for the server counts as idle; a body nobody reads (the
      // caller is busy between reads) is looked at again later, or at the deadline.
      if (finished) {
        return now + idleNanos;
      }
      long due = deadline.min(reading ? lastActivity + idleNanos : now + idleNanos);
      long drain = drainUntil;
      return drain != 0 && drain - due < 0 ? drain : due;
    }

    @Override
    public void expire(long now) {
      if (finished) {
        return;
      }
      boolean late = deadline.passedAt(now);
      long drain = drainUntil;
      boolean drained = drain != 0 && now - drain >= 0;
      if (!reading && !late && !drained) {
        // The reader left between the look and now: keep watching.
        Watchdog.watch(this);
        return;
      }
      finished = true;
      delegate.onError(stalled(subscription, now, lastActivity, late));
    }

    /** Marks the time a read waits, so only waiting for the server counts as idle. */
    private final class Watched extends FilterInputStream {
      Watched(InputStream in) {
        super(in);
      }

      @Override
      public int read() throws IOException {
        enter();
        try {
          return super.read();
        } finally {
          leave();
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        enter();
        try {
          return super.read(b, off, len);
        } finally {
          leave();
        }
      }

      @Override
      public long skip(long n) throws IOException {
        enter();
        try {
          return super.skip(n);
        } finally {
          leave();
        }
      }

      @Override
      public void close() throws IOException {
        if (!finished) {
          drain();
        }
        finish();
        super.close();
      }

      /**
       * Reads what is left of the body, at most {@link #DRAIN_BYTES} and for at most {@link
       * #DRAIN_NANOS}; a body that ends in that time keeps its connection. Failures are the
       * caller's no longer: the read it wanted is over.
       */
      private void drain() {
        drainUntil = System.nanoTime() + DRAIN_NANOS;
        Watchdog.watch(Subscriber.this);
        byte[] skipped = new byte[4096];
        int left = DRAIN_BYTES;
        try {
          while (left > 0) {
            int n = read(skipped, 0, Math.min(skipped.length, left));
            if (n < 0) {
              return;
            }
            left -= n;
          }
        } catch (IOException e) {
          // Cut short by the watchdog, or the server failed: the connection closes, as it would
          // have without the drain.
        }
      }

      // One thread reads a response body at a time.
      private void enter() {
        lastActivity = System.nanoTime();
        reading = true;
      }

      private void leave() {
        reading = false;
        lastActivity = System.nanoTime();
      }
    }
  }
}
