package org.oneroster4j.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A streaming response body whose reads fail with {@link HttpTimeoutException} when the server
 * sends nothing for {@code idle} while the reader waits. {@code HttpRequest.timeout} only covers
 * the wait for the response headers: a server that stalls mid-body would otherwise block the
 * reading thread forever. Time the caller spends between reads does not count.
 */
final class IdleTimeoutBody {
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "oneroster4j-body-timeout");
            t.setDaemon(true);
            return t;
          });

  private IdleTimeoutBody() {}

  /** Like {@code BodyHandlers.ofInputStream()}, with the idle timeout. */
  static BodyHandler<InputStream> ofInputStream(Duration idle) {
    long idleNanos = idle.toNanos();
    return info -> new Subscriber(idleNanos);
  }

  private static final class Subscriber implements BodySubscriber<InputStream> {
    private final BodySubscriber<InputStream> delegate = BodySubscribers.ofInputStream();
    private final long idleNanos;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean reading;
    private volatile boolean finished;
    private volatile Flow.Subscription subscription;
    private volatile ScheduledFuture<?> check;

    Subscriber(long idleNanos) {
      this.idleNanos = idleNanos;
    }

    @Override
    public CompletionStage<InputStream> getBody() {
      return delegate.getBody().thenApply(Watched::new);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      delegate.onSubscribe(s);
      schedule(idleNanos);
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
      ScheduledFuture<?> c = check;
      if (c != null) {
        c.cancel(false);
      }
    }

    private void schedule(long delayNanos) {
      if (!finished) {
        check = TIMER.schedule(this::check, Math.max(1, delayNanos), TimeUnit.NANOSECONDS);
      }
    }

    private void check() {
      if (finished) {
        return;
      }
      long idle = System.nanoTime() - lastActivity;
      if (!reading || idle < idleNanos) {
        // Nobody waits (the caller is busy between reads), or data came recently.
        schedule(reading ? idleNanos - idle : idleNanos);
        return;
      }
      finished = true;
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      delegate.onError(
          new HttpTimeoutException(
              "no response data for " + TimeUnit.NANOSECONDS.toMillis(idle) + " ms"));
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
