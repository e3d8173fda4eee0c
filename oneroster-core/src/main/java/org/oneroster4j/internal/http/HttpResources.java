package org.oneroster4j.internal.http;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP client of one or more OneRoster clients (a client and the variants built from it with
 * {@code toBuilder()} share it), with the threads it owns: counted, and ended when the last of them
 * is closed. A client made here runs on daemon threads named {@code oneroster4j-http-N-M}, ended on
 * close; an HTTP client the caller gave is the caller's to close.
 */
public final class HttpResources {
  private static final AtomicInteger POOLS = new AtomicInteger();
  private static final long CLOSE_WAIT_MILLIS = 2_000;

  private volatile HttpClient client;
  private final ExecutorService executor;
  private final AtomicInteger users = new AtomicInteger(1);

  private HttpResources(HttpClient client, ExecutorService executor) {
    this.client = client;
    this.executor = executor;
    Watchdog.retain();
  }

  /** A new HTTP client that never follows redirects, on its own daemon threads. */
  public static HttpResources create(Duration connectTimeout) {
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "oneroster4j-http-" + pool + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            // never follow redirects: credentials must never be sent to another address
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
    return new HttpResources(client, executor);
  }

  /** The caller's HTTP client, which closing never shuts down. */
  public static HttpResources external(HttpClient client) {
    return new HttpResources(Objects.requireNonNull(client, "client"), null);
  }

  /**
   * The HTTP client.
   *
   * @throws IllegalStateException when every user closed
   */
  public HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      throw new IllegalStateException(
          "This OneRosterClient was closed; build a new one (OneRosterClient.builder()) to go on");
    }
    return c;
  }

  /** One more client shares these resources; false when they were already ended. */
  public boolean retain() {
    while (true) {
      int n = users.get();
      if (n <= 0) {
        return false;
      }
      if (users.compareAndSet(n, n + 1)) {
        Watchdog.retain();
        return true;
      }
    }
  }

  /**
   * One client closed. The last one shuts down the executor (waiting a little for its threads to
   * end) and, from Java 21 on, the HTTP client; on Java 17 to 20, which have no way to close an
   * HTTP client, its selector thread ends within seconds once it is garbage, so every reference to
   * it is dropped here.
   */
  public void release() {
    int left = users.decrementAndGet();
    if (left == 0) {
      HttpClient c = client;
      client = null;
      if (executor != null) {
        shutdownNow(c);
        executor.shutdownNow();
        try {
          executor.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    if (left >= 0) {
      Watchdog.releaseOwner(CLOSE_WAIT_MILLIS);
    }
  }

  /** {@code HttpClient.shutdownNow()}, which exists from Java 21 on. */
  private static void shutdownNow(HttpClient c) {
    if (c == null) {
      return;
    }
    try {
      Method m = HttpClient.class.getMethod("shutdownNow");
      m.invoke(c);
    } catch (NoSuchMethodException e) {
      // Java 17 to 20: the client ends once unreachable
    } catch (IllegalAccessException | InvocationTargetException e) {
      // nothing more can be done; the references are dropped all the same
    }
  }
}
