package org.oneroster4j.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A scriptable loopback HTTP server on the JDK's HttpServer that records every request. */
public final class TestServer implements AutoCloseable {
  /** The OneRoster base path. */
  public static final String BASE_PATH = "/ims/oneroster/v1p1";

  /** A recorded request. */
  public record Recorded(
      String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The path relative to the OneRoster base. */
    public String relativePath() {
      return path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path;
    }
  }

  /** A scripted reply. */
  public record Reply(int status, Map<String, List<String>> headers, byte[] body, long delayMs) {
    /** A JSON reply. */
    public static Reply json(int status, String json) {
      return new Reply(
          status,
          Map.of("Content-Type", List.of("application/json")),
          json.getBytes(StandardCharsets.UTF_8),
          0);
    }

    /** A reply with a content type and body. */
    public static Reply of(int status, String contentType, String body) {
      return new Reply(
          status,
          contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType)),
          body.getBytes(StandardCharsets.UTF_8),
          0);
    }

    /** An empty reply. */
    public static Reply status(int status) {
      return new Reply(status, Map.of(), new byte[0], 0);
    }

    /** This reply with one more header. */
    public Reply header(String name, String value) {
      Map<String, List<String>> h = new LinkedHashMap<>(headers);
      List<String> values = new ArrayList<>(h.getOrDefault(name, List.of()));
      values.add(value);
      h.put(name, values);
      return new Reply(status, h, body, delayMs);
    }

    /** This reply sent after a delay. */
    public Reply delayed(long ms) {
      return new Reply(status, headers, body, ms);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile Function<Recorded, Reply> handler = r -> Reply.status(404);

  private TestServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on a free loopback port. */
  public static TestServer start() {
    try {
      HttpServer s =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService ex = Executors.newCachedThreadPool();
      TestServer ts = new TestServer(s, ex);
      s.createContext("/", ts::handle);
      s.setExecutor(ex);
      s.start();
      return ts;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets the reply function. */
  public TestServer handler(Function<Recorded, Reply> handler) {
    this.handler = handler;
    return this;
  }

  /** Replies with {@code replies} in order, repeating the last one. */
  public TestServer sequence(Reply... replies) {
    List<Reply> list = java.util.Arrays.asList(replies);
    int[] i = {0};
    return handler(
        r -> {
          synchronized (i) {
            Reply reply = list.get(Math.min(i[0], list.size() - 1));
            i[0]++;
            return reply;
          }
        });
  }

  /** {@code http://127.0.0.1:port}. */
  public String origin() {
    return "http://"
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort();
  }

  /** The OneRoster base URL on this server. */
  public String baseUrl() {
    return origin() + BASE_PATH;
  }

  /** A URI on this server. */
  public URI uri(String pathAndQuery) {
    return URI.create(origin() + pathAndQuery);
  }

  /** Every request received so far. */
  public List<Recorded> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Forgets the recorded requests. */
  public void clear() {
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, List<String>> headers = new LinkedHashMap<>();
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
      Recorded rec =
          new Recorded(
              ex.getRequestMethod(),
              ex.getRequestURI().getRawPath(),
              ex.getRequestURI().getRawQuery(),
              headers,
              body);
      requests.add(rec);
      Reply reply;
      try {
        reply = handler.apply(rec);
      } catch (RuntimeException e) {
        reply = Reply.of(500, "text/plain", "test handler failed: " + e);
      }
      if (reply == null) {
        // drop the connection without an answer
        throw new IOException("dropped");
      }
      if (reply.delayMs() > 0) {
        try {
          Thread.sleep(reply.delayMs());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().put(k, new ArrayList<>(v)));
      boolean noBody = reply.body().length == 0;
      ex.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
      if (!noBody) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(reply.body());
        }
      }
    }
  }
}
