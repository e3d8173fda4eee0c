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
import java.util.concurrent.CompletableFuture;
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
   */
  static BodyHandler<InputStream> buffered(Duration idle, long maxBytes, Deadline deadline) {
    long idleNanos = saturatedNanos(idle);
    return info -> new Buffering(idleNanos, maxBytes, deadline);
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

  private static final class Buffering implements BodySubscriber<InputStream>, Watchdog.Watched {
    private final CompletableFuture<InputStream> body = new CompletableFuture<>();
    private final long idleNanos;
    private final long keep;
    private final Deadline deadline;
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long size;
    private volatile long lastActivity = System.nanoTime();
    private volatile Flow.Subscription subscription;

    Buffering(long idleNanos, long maxBytes, Deadline deadline) {
      this.idleNanos = idleNanos;
      this.keep = maxBytes == Long.MAX_VALUE ? maxBytes : maxBytes + 1;
      this.deadline = deadline;
    }

    @Override
    public CompletionStage<InputStream> getBody() {
      return body;
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
      if (body.isDone()) {
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
        // Enough to know it is too large; stop the transfer.
        subscription.cancel();
        complete();
      }
    }

    @Override
    public void onError(Throwable throwable) {
      Watchdog.unwatch(this);
      body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      complete();
    }

    private void complete() {
      Watchdog.unwatch(this);
      if (body.isDone()) {
        return;
      }
      byte[] all = new byte[(int) Math.min(size, Integer.MAX_VALUE - 8)];
      int at = 0;
      for (ByteBuffer b : parts) {
        int n = Math.min(b.remaining(), all.length - at);
        b.get(all, at, n);
        at += n;
      }
      parts.clear();
      body.complete(new ByteArrayInputStream(all, 0, at));
    }

    @Override
    public long deadline(long now) {
      return body.isDone() ? now + idleNanos : deadline.min(lastActivity + idleNanos);
    }

    @Override
    public void expire(long now) {
      if (!body.isDone()) {
        body.completeExceptionally(
            stalled(subscription, now, lastActivity, deadline.passedAt(now)));
      }
    }
  }

  private static final class Subscriber implements BodySubscriber<InputStream>, Watchdog.Watched {
    private final BodySubscriber<InputStream> delegate = BodySubscribers.ofInputStream();
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
      return deadline.min(reading ? lastActivity + idleNanos : now + idleNanos);
    }

    @Override
    public void expire(long now) {
      if (finished) {
        return;
      }
      boolean late = deadline.passedAt(now);
      if (!reading && !late) {
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
        finish();
        super.close();
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
