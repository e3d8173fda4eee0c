package org.oneroster4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.error.TransportException;

/**
 * A server that sends the headers and part of the body, then stalls with the connection open:
 * {@code HttpRequest.timeout} covers only the wait for the headers, so without a body timeout the
 * client waited forever (found by the benchmarks module's client fuzz test).
 */
class StalledBodyTest {
  private final List<Socket> held = new ArrayList<>();
  private ServerSocket server;

  @AfterEach
  void close() throws IOException {
    for (Socket s : held) {
      s.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Answers every request with {@code head} and then never sends another byte. */
  private String stallingServer(String head) throws IOException {
    server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  Socket s = server.accept();
                  synchronized (held) {
                    held.add(s);
                  }
                  InputStream in = s.getInputStream();
                  // Skip the request head.
                  int state = 0;
                  while (state < 4) {
                    int b = in.read();
                    if (b < 0) {
                      break;
                    }
                    state = (b == '\r' || b == '\n') ? state + 1 : 0;
                  }
                  OutputStream out = s.getOutputStream();
                  out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                  out.flush();
                }
              } catch (IOException e) {
                // closed by the test
              }
            },
            "stalling-server");
    acceptor.setDaemon(true);
    acceptor.start();
    return "http://127.0.0.1:" + server.getLocalPort() + "/ims/oneroster/v1p1";
  }

  private static OneRosterClient client(String base) {
    return OneRosterClient.builder()
        .url(base)
        .credentials(Credentials.oauth1("key", "secret"))
        .allowInsecureHttp(true)
        .requestTimeout(Duration.ofMillis(500))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Test
  void page_whoseBodyStallsMidway_failsWithTransportException_insteadOfHanging()
      throws IOException {
    String base =
        stallingServer(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                + "{\"users\":[{\"sourcedId\":\"u-1\"},");
    OneRosterClient client = client(base);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> client.users().iterator().hasNext())
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("timed out"));
  }

  @Test
  void errorBody_thatStalls_failsWithTransportException_insteadOfHanging() throws IOException {
    String base =
        stallingServer(
            "HTTP/1.1 500 Server Error\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n"
                + "<html>");
    OneRosterClient client = client(base);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> assertThatThrownBy(() -> client.user("u-1")).isInstanceOf(TransportException.class));
  }

  @Test
  void writeAnswer_thatStallsMidway_failsWithTransportException_insteadOfHanging()
      throws IOException {
    // The answer to a write is read whole by the HTTP client, not streamed: same timeout.
    String base =
        stallingServer(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                + "{\"result\":{\"sourcedId\":\"r-1\",");
    OneRosterClient client = client(base);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> client.deleteResult("r-1"))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("timed out"));
  }

  @Test
  void writeAnswer_largerThanTheLimit_failsWithProtocolException_withoutReadingItAll()
      throws IOException {
    // Announces 100 MB, sends 64 KiB and stalls: the limit is hit before the stall matters.
    String base =
        stallingServer(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000"
                + "\r\n\r\n{\"x\":\""
                + "a".repeat(65_536));
    OneRosterClient client =
        OneRosterClient.builder()
            .url(base)
            .credentials(Credentials.oauth1("key", "secret"))
            .allowInsecureHttp(true)
            .requestTimeout(Duration.ofSeconds(30))
            .maxResponseBytes(10_000)
            .retryPolicy(RetryPolicy.none())
            .build();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> client.deleteResult("r-1"))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("larger than the limit of 10000 bytes"));
  }

  @Test
  void bodiesThatEnd_areNoLongerWatched() throws IOException {
    // This server answers once per connection; "Connection: close" makes the client reconnect.
    String base =
        stallingServer(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Content-Length: 31\r\n\r\n{\"users\":[{\"sourcedId\":\"u-1\"}]}");
    OneRosterClient client = client(base);
    for (int i = 0; i < 20; i++) {
      assertThat(client.users().stream().toList()).hasSize(1);
      assertThat(client.deleteResult("r-" + i).httpStatus()).isEqualTo(200);
    }
    assertThat(Watchdog.watching()).isZero();
  }

  @Test
  void completeBody_readsNormally_withTheSameShortTimeout() throws IOException {
    // X-Total-Count ends paging after this page: without it the client asks for the next page
    // (a short page no longer ends paging), which this one-answer server never sends.
    String base =
        stallingServer(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Total-Count: 1\r\n"
                + "Content-Length: 31\r\n\r\n"
                + "{\"users\":[{\"sourcedId\":\"u-1\"}]}");
    OneRosterClient client = client(base);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertThat(client.users().stream().toList()).hasSize(1));
  }
}
