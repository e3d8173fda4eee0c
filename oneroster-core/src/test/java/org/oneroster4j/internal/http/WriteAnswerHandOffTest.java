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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answer to a write is collected in a body subscriber the JDK client trusts: with one of our
 * own, the client hands each response to another of its threads before {@code send} returns, one
 * more task on its executor (and one more thread wake-up) per write than the JDK's own byte-array
 * handler needs.
 */
class WriteAnswerHandOffTest {
  private static final byte[] ANSWER =
      "{\"result\":{\"sourcedId\":\"r-1\",\"score\":91}}".getBytes(StandardCharsets.UTF_8);
  private static final int WRITES = 200;

  private ServerSocket server;
  private ExecutorService pool;
  private HttpClient http;
  private final AtomicInteger tasks = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    pool = Executors.newCachedThreadPool();
    pool.execute(
        () -> {
          try {
            while (true) {
              Socket s = server.accept();
              s.setTcpNoDelay(true);
              pool.execute(() -> answerEachRequest(s));
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
  private static void answerEachRequest(Socket s) {
    byte[] response =
        ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + ANSWER.length
                + "\r\n\r\n"
                + new String(ANSWER, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    try (s;
        InputStream in = new BufferedInputStream(s.getInputStream());
        OutputStream out = s.getOutputStream()) {
      while (true) {
        long length = 0;
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
          if (b == '\n') {
            String header = line.toString().trim();
            if (header.isEmpty()) {
              break;
            }
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
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
        out.write(response);
        out.flush();
      }
    } catch (IOException e) {
      // the client closed the connection
    }
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    pool.shutdownNow();
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
    http.send(put(), handler); // the connection is open before counting
    tasks.set(0);
    for (int i = 0; i < WRITES; i++) {
      HttpResponse<T> response = http.send(put(), handler);
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
    // An untrusted subscriber costs one more task per write (WRITES more in all); allow a tenth
    // of that for the client's own timing-dependent scheduling.
    assertThat(buffered).isLessThanOrEqualTo(own + WRITES / 10);
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
}
