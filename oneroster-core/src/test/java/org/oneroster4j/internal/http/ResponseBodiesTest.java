package org.oneroster4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The answer to a write, and a small page, is collected in a body subscriber the JDK client trusts:
 * with one of our own, the client hands each response to another of its threads before {@code send}
 * returns, one more task on its executor (and one more thread wake-up) per request than the JDK's
 * own byte-array handler needs. A page bigger than {@link IdleTimeoutBody#WHOLE_PAGE_BYTES} still
 * streams; a streamed body closed where its JSON ends, before the end of the HTTP body, keeps its
 * connection.
 */
class ResponseBodiesTest {
  private static final byte[] ANSWER =
      "{\"result\":{\"sourcedId\":\"r-1\",\"score\":91}}".getBytes(StandardCharsets.UTF_8);
  private static final int WRITES = 200;

  private ServerSocket server;
  private ExecutorService pool;
  private HttpClient http;
  private final AtomicInteger tasks = new AtomicInteger();

  /** {@code GET /big}: a page over the whole-page limit, its second half held until released. */
  private static final int BIG = (int) IdleTimeoutBody.WHOLE_PAGE_BYTES + 4096;

  private final CountDownLatch releaseBig = new CountDownLatch(1);

  /** Connections the server accepted. */
  private final AtomicInteger connections = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    pool = Executors.newCachedThreadPool();
    pool.execute(
        () -> {
          try {
            while (true) {
              Socket s = server.accept();
              connections.incrementAndGet();
              s.setTcpNoDelay(true);
              pool.execute(() -> answerEachRequest(s, releaseBig));
            }
          } catch (IOException e) {
            // closed by the test
          }
        });
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(
                task -> {
                  tasks.incrementAndGet();
                  pool.execute(task);
                })
            .build();
  }

  /**
   * A keep-alive connection that answers every request with {@link #ANSWER}, headers and body in
   * one write (the JDK's server writes them apart, which on loopback waits for a delayed ACK).
   */
  private static void answerEachRequest(Socket s, CountDownLatch releaseBig) {
    try (s;
        InputStream in = new BufferedInputStream(s.getInputStream());
        OutputStream out = s.getOutputStream()) {
      while (true) {
        long length = 0;
        String requestLine = null;
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
          if (b == '\n') {
            String header = line.toString().trim();
            if (header.isEmpty()) {
              break;
            }
            if (requestLine == null) {
              requestLine = header;
            } else if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
              length = Long.parseLong(header.substring("content-length:".length()).trim());
            }
            line.setLength(0);
          } else {
            line.append((char) b);
          }
        }
        if (b < 0) {
          return;
        }
        in.skipNBytes(length);
        if (requestLine.startsWith("GET /chunked ") || requestLine.startsWith("GET /endless ")) {
          // The document in one chunk; the empty chunk that ends the body comes a little later,
          // or, for /endless, never (the connection stays open until the test ends).
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked"
                      + "\r\n\r\n"
                      + Integer.toHexString(ANSWER.length)
                      + "\r\n")
                  .getBytes(StandardCharsets.UTF_8));
          out.write(ANSWER);
          out.write("\r\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          if (requestLine.startsWith("GET /endless ")) {
            new CountDownLatch(1).await();
          }
          Thread.sleep(5);
          out.write("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        } else if (requestLine.startsWith("GET /big ")) {
          out.write(headers(BIG));
          out.write(new byte[BIG / 2]);
          out.flush();
          releaseBig.await();
          out.write(new byte[BIG - BIG / 2]);
        } else {
          // Headers and body in one write, as said above.
          out.write(concat(headers(ANSWER.length), ANSWER));
        }
        out.flush();
      }
    } catch (IOException e) {
      // the client closed the connection
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static byte[] headers(int length) {
    return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + length
            + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    pool.shutdownNow();
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getLocalPort() + path))
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpResponse.BodyHandler<InputStream> forRead() {
    return IdleTimeoutBody.forRead(
        Duration.ofSeconds(10), 10_000_000, IdleTimeoutBody.Deadline.in(Duration.ofMinutes(1)));
  }

  private HttpRequest put() {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.getLocalPort() + "/results/r-1"))
        .timeout(Duration.ofSeconds(10))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(ANSWER))
        .build();
  }

  /**
   * The client executor's tasks for {@link #WRITES} sequential writes read with {@code handler}.
   */
  private <T> int tasksFor(HttpResponse.BodyHandler<T> handler) throws Exception {
    return tasksFor(put(), handler);
  }

  /** The client executor's tasks for {@link #WRITES} sequential {@code request}s. */
  private <T> int tasksFor(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws Exception {
    http.send(request, handler); // the connection is open before counting
    tasks.set(0);
    for (int i = 0; i < WRITES; i++) {
      HttpResponse<T> response = http.send(request, handler);
      assertThat(response.statusCode()).isEqualTo(200);
    }
    return tasks.get();
  }

  @Test
  void writeAnswers_costTheClientNoMoreHandOffsThanItsOwnByteArrayHandler() throws Exception {
    int own = tasksFor(HttpResponse.BodyHandlers.ofByteArray());
    int buffered =
        tasksFor(
            IdleTimeoutBody.buffered(
                Duration.ofSeconds(10),
                1_000_000,
                IdleTimeoutBody.Deadline.in(Duration.ofMinutes(1))));
    assertNoHandOffPerRequest(own, buffered);
  }

  @Test
  void writeAnswers_arriveWhole() throws Exception {
    HttpResponse<InputStream> response =
        http.send(
            put(),
            IdleTimeoutBody.buffered(
                Duration.ofSeconds(10),
                1_000_000,
                IdleTimeoutBody.Deadline.in(Duration.ofMinutes(1))));
    try (InputStream body = response.body()) {
      assertThat(body.readAllBytes()).isEqualTo(ANSWER);
    }
  }

  @Test
  void smallPages_costTheClientNoMoreHandOffsThanItsOwnByteArrayHandler() throws Exception {
    int own = tasksFor(get("/lineItems"), HttpResponse.BodyHandlers.ofByteArray());
    int read = tasksFor(get("/lineItems"), forRead());
    assertNoHandOffPerRequest(own, read);
  }

  /**
   * An untrusted subscriber costs one more task per request: {@link #WRITES} more in all (measured:
   * about 1,000 tasks against the byte-array handler's 790–820). Half of that is allowed for the
   * client's own timing-dependent scheduling, which in a loaded build moved a trusted handler's
   * count by up to 25 (a tenth, 20, was too tight).
   */
  private static void assertNoHandOffPerRequest(int own, int measured) {
    assertThat(measured).isLessThanOrEqualTo(own + WRITES / 2);
  }

  @Test
  void aPageOverTheWholePageLimit_streams_itsFirstBytesReadableBeforeTheRestIsSent()
      throws Exception {
    HttpResponse<InputStream> response = http.send(get("/big"), forRead());
    try (InputStream body = response.body()) {
      // Collected whole, send() would not have returned: the server holds the second half.
      assertThat(body.readNBytes(BIG / 4)).hasSize(BIG / 4);
      releaseBig.countDown();
      assertThat(body.readAllBytes()).hasSize(BIG - BIG / 4);
    }
  }

  /** Reads the JSON document of a {@code /chunked} or {@code /endless} answer, then closes. */
  private void readTheDocumentThenClose(String path) throws Exception {
    HttpResponse<InputStream> response =
        http.send(
            get(path),
            IdleTimeoutBody.ofInputStream(
                Duration.ofSeconds(10), IdleTimeoutBody.Deadline.in(Duration.ofMinutes(1))));
    try (InputStream body = response.body()) {
      assertThat(body.readNBytes(ANSWER.length)).isEqualTo(ANSWER);
    }
  }

  @Test
  void aStreamedBodyClosedWhereItsDocumentEnds_keepsItsConnection() throws Exception {
    for (int i = 0; i < 10; i++) {
      readTheDocumentThenClose("/chunked");
    }

    // Closed before the body's last chunk, each would cancel the transfer and its connection.
    assertThat(connections.get()).isEqualTo(1);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS) // a safety net: the drain must be cut short
  void aStreamedBodyThatNeverEnds_isClosedAfterTheDrain_andTheNextRequestGetsAConnection()
      throws Exception {
    readTheDocumentThenClose("/endless");
    readTheDocumentThenClose("/chunked");

    assertThat(connections.get()).isEqualTo(2);
  }
}
