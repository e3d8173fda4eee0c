package org.oneroster4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.query.Page;
import org.oneroster4j.query.PagedIterable;

/**
 * Feeds the client thousands of random and mutated responses (truncated or mistyped JSON, HTML,
 * huge bodies, endless {@code next} links, bogus Retry-After and lengths) from a loopback server.
 * Whatever comes back, the client must either succeed or throw a typed {@link OneRosterException}:
 * never another exception, never a hang. Seeded, so a failure names the case that reproduces it.
 */
class ClientFuzzTest {
  private static final long SEED = 20261128L;
  private static final int CASES = 1200;
  private static final int MAX_RESPONSE_BYTES = 256 * 1024;

  private static HttpServer server;
  private static ExecutorService serverThreads;
  private static String root;

  /** One HTTP client for every case, as an application shares one (and to keep threads bounded). */
  private static final java.net.http.HttpClient HTTP =
      java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** What the server answers to the current case; set before each case, read by server threads. */
  private static volatile Responder responder;

  /** Responses served, over all cases. */
  private static final java.util.concurrent.atomic.AtomicInteger requests =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Thrown by a responder to make the JDK server drop the connection mid-response. */
  static final class HangUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HangUp() {
      super("hang up", null, false, false);
    }
  }

  interface Responder {
    void respond(HttpExchange exchange, int requestNumber) throws IOException;
  }

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    serverThreads = Executors.newCachedThreadPool();
    server.setExecutor(serverThreads);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            exchange.getRequestBody().readAllBytes();
            responder.respond(exchange, requests.incrementAndGet());
          } catch (HangUp e) {
            throw e; // the server then drops the connection
          } catch (IOException | RuntimeException e) {
            // The client may hang up mid-response (too large, timeout): not the server's concern.
          }
        });
    server.start();
    root = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  private static OneRosterClient oauth1;

  private static synchronized OneRosterClient oauth1Client(String root) {
    if (oauth1 == null) {
      oauth1 = client(root, false);
    }
    return oauth1;
  }

  private static OneRosterClient client(String root, boolean oauth2) {
    return OneRosterClient.builder()
        .url(root + "/ims/oneroster/v1p1")
        .tokenUrl(root + "/token")
        .credentials(
            oauth2
                ? Credentials.clientCredentials("id", "secret")
                : Credentials.oauth1("key", "secret"))
        .allowInsecureHttp(true)
        .httpClient(HTTP)
        .maxResponseBytes(MAX_RESPONSE_BYTES)
        .requestTimeout(Duration.ofMillis(750))
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(2)
                .baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(5))
                .maxRetryAfter(Duration.ofMillis(20))
                .maxTotalTime(Duration.ofSeconds(3))
                .build())
        .pageSize(50)
        .build();
  }

  @Test
  void mutatedResponses_yieldOnlyTypedOneRosterExceptions_andNeverHang() {
    Random random = new Random(SEED);
    List<String> outcomes = new ArrayList<>();
    int typed = 0;
    for (int n = 0; n < CASES; n++) {
      long caseSeed = random.nextLong();
      FuzzCase c = FuzzCase.of(caseSeed);
      responder = c::respond;
      String label = "case " + n + " (seed " + caseSeed + "): " + c;
      Throwable thrown =
          assertTimeoutPreemptively(Duration.ofSeconds(20), () -> c.run(root), label);
      if (thrown != null) {
        assertThat(thrown)
            .as(label + " threw " + thrown + " with cause " + thrown.getCause())
            .isInstanceOf(OneRosterException.class);
        typed++;
        assertThat(thrown.getMessage()).as(label).isNotBlank();
      }
      if (n < 3) {
        outcomes.add(label + " -> " + thrown);
      }
    }
    // Most mutations are broken responses: if nothing failed, the server was not reached.
    assertThat(typed)
        .as("typed failures among %d cases; e.g. %s", CASES, outcomes)
        .isGreaterThan(CASES / 4);
    // Retries, tokens and pages: more responses than cases.
    assertThat(requests.get()).isGreaterThan(CASES);
  }

  /** One generated case: an operation, and how the server answers every request of it. */
  record FuzzCase(
      long seed,
      String operation,
      int status,
      String contentType,
      String body,
      byte[] rawBody,
      int lengthMode,
      List<String[]> headers,
      boolean oauth2) {

    static FuzzCase of(long seed) {
      Random r = new Random(seed);
      String[] operations = {
        "users", "user", "putResult", "putLineItem", "deleteResult", "lineItems", "teacherByEmail"
      };
      String operation = operations[r.nextInt(operations.length)];
      int[] statuses = {200, 200, 200, 201, 204, 400, 401, 403, 404, 405, 408, 429, 500, 503};
      // (1xx would only make the JDK client wait for a final response: a timeout case, and the
      // stalled-body mode covers timeouts.)
      int status = r.nextInt(8) == 0 ? 200 + r.nextInt(400) : statuses[r.nextInt(statuses.length)];
      String[] types = {
        "application/json",
        "application/json",
        "text/html",
        "text/plain",
        null,
        "application/json; charset=ISO-8859-1",
        "garbage/\u0001"
      };
      String contentType = types[r.nextInt(types.length)];
      byte[] raw = Bodies.random(r, operation);
      List<String[]> headers = Headers.random(r);
      return new FuzzCase(
          seed,
          operation,
          status,
          contentType,
          preview(raw),
          raw,
          lengthMode(r),
          headers,
          r.nextInt(5) == 0);
    }

    /** 0 normal, 1 chunked, 2 hang up mid-body, 3 short Content-Length, 4 stall mid-body. */
    private static int lengthMode(Random r) {
      int x = r.nextInt(100);
      return x < 60 ? 0 : x < 75 ? 1 : x < 87 ? 2 : x < 99 ? 3 : 4;
    }

    private static String preview(byte[] raw) {
      String s = new String(raw, 0, Math.min(raw.length, 80), StandardCharsets.ISO_8859_1);
      return s.replaceAll("[^ -~]", "?") + (raw.length > 80 ? "…(" + raw.length + " bytes)" : "");
    }

    void respond(HttpExchange exchange, int requestNumber) throws IOException {
      String path = exchange.getRequestURI().getPath();
      if (oauth2 && path.endsWith("/token")) {
        // The token endpoint is fuzzed too, but usually works so the call gets through.
        if (Math.floorMod(seed, 3) == 0) {
          send(exchange, status, contentType, rawBody, lengthMode);
        } else {
          byte[] token =
              "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":3600}"
                  .getBytes(StandardCharsets.UTF_8);
          send(exchange, 200, "application/json", token, 0);
        }
        return;
      }
      for (String[] h : headers) {
        String value = h[1].replace("{root}", root).replace("{path}", path);
        exchange.getResponseHeaders().add(h[0], value);
      }
      send(exchange, status, contentType, rawBody, lengthMode);
    }

    private static void send(
        HttpExchange exchange, int status, String contentType, byte[] body, int lengthMode)
        throws IOException {
      if (contentType != null) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
      }
      if (status == 204 || status == 304 || status < 200) {
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      switch (lengthMode) {
        case 1 -> {
          // Chunked.
          exchange.sendResponseHeaders(status, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
        case 2 -> {
          // Announces more than it sends, then drops the connection.
          exchange.sendResponseHeaders(status, body.length + 10);
          OutputStream out = exchange.getResponseBody();
          out.write(body, 0, body.length / 2);
          out.flush();
          throw new HangUp();
        }
        case 4 -> {
          // Announces more than it sends and keeps the connection open: a stalled server.
          exchange.sendResponseHeaders(status, body.length + 10);
          OutputStream out = exchange.getResponseBody();
          out.write(body, 0, body.length / 2);
          out.flush();
        }
        case 3 -> {
          // Announces less than the body: only that much is sent.
          int len = body.length / 2;
          exchange.sendResponseHeaders(status, len == 0 ? -1 : len);
          if (len > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body, 0, len);
            }
          }
        }
        default -> {
          exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
          if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        }
      }
    }

    /** Runs the operation; returns what it threw, or null. */
    Throwable run(String root) {
      // OAuth 2 cases get a fresh client so the (fuzzed) token endpoint is asked again.
      OneRosterClient client = oauth2 ? client(root, true) : oauth1Client(root);
      try {
        switch (operation) {
          case "users" -> consume(client.users(), u -> {});
          case "lineItems" -> consume(client.lineItems(), li -> {});
          case "user" -> client.user("u-1");
          case "teacherByEmail" -> client.teacherByEmail("kim@example.org");
          case "putLineItem" ->
              client.putLineItem(
                  LineItem.builder()
                      .sourcedId("li-1")
                      .title("Quiz")
                      .schoolClass(GuidRef.of("c-1", GuidRefType.of("class")))
                      .category(GuidRef.of("cat-1", GuidRefType.of("category")))
                      .assignDate(java.time.Instant.parse("2026-09-01T00:00:00Z"))
                      .dueDate(java.time.Instant.parse("2026-09-08T00:00:00Z"))
                      .resultValueMin(0.0)
                      .resultValueMax(10.0)
                      .build());
          case "putResult" ->
              client.putResult(
                  Result.builder()
                      .sourcedId("r-1")
                      .lineItem(GuidRef.of("li-1", GuidRefType.of("lineItem")))
                      .student(GuidRef.of("u-1", GuidRefType.of("user")))
                      .scoreStatus(ScoreStatus.FULLY_GRADED)
                      .score(7.0)
                      .scoreDate(LocalDate.parse("2026-09-09"))
                      .build());
          case "deleteResult" -> client.deleteResult("r-1");
          default -> throw new IllegalStateException(operation);
        }
        return null;
      } catch (Throwable t) {
        return t;
      }
    }

    /**
     * Reads at most 40 pages: a server whose pages always say there is more is endless as far as
     * any client can tell (the client's own guard stops at 100,000 pages).
     */
    private static <T> void consume(PagedIterable<T> items, Consumer<T> each) {
      int pages = 0;
      for (Page<T> page : items.byPage()) {
        page.items().forEach(each);
        if (++pages >= 40) {
          return;
        }
      }
    }

    @Override
    public String toString() {
      return operation
          + " <- HTTP "
          + status
          + " "
          + contentType
          + " lengthMode="
          + lengthMode
          + " oauth2="
          + oauth2
          + " headers="
          + headers.stream().map(h -> h[0] + ": " + h[1]).toList()
          + " body="
          + body;
    }
  }
}
