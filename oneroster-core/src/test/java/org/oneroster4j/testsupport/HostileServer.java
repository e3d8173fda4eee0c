package org.oneroster4j.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server on a raw {@link ServerSocket} that misbehaves on purpose: it reads each request
 * (head and {@code Content-Length} body) and hands it to a script that writes whatever bytes it
 * likes, as slowly as it likes. Every thread is a daemon and ends when the server is closed.
 */
public final class HostileServer implements AutoCloseable {
  /** One request as read. */
  public record Request(String method, String target, String head, byte[] body) {
    /** The path of the request target, without the query. */
    public String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }
  }

  /** Writes the answer to one request; returning normally keeps the connection open. */
  @FunctionalInterface
  public interface Script {
    /**
     * Answers {@code request} on {@code out}.
     *
     * @throws IOException to close the connection
     */
    void answer(Request request, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private HostileServer(Script script) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = daemon(() -> accept(script), "hostile-server-accept");
    acceptor.start();
  }

  /** Starts a server that answers every request with {@code script}. */
  public static HostileServer start(Script script) {
    try {
      return new HostileServer(script);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code http://127.0.0.1:port}. */
  public String origin() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** The OneRoster 1.1 base URL on this server. */
  public String baseUrl() {
    return origin() + "/ims/oneroster/v1p1";
  }

  /** The requests read so far. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    for (Thread t : threads) {
      t.interrupt();
    }
  }

  private Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    threads.add(t);
    return t;
  }

  private void accept(Script script) {
    while (!closed) {
      Socket s;
      try {
        s = server.accept();
      } catch (IOException e) {
        return;
      }
      sockets.add(s);
      daemon(() -> serve(s, script), "hostile-server-conn").start();
    }
  }

  private void serve(Socket s, Script script) {
    try (s) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      while (!closed) {
        Request r = read(in);
        if (r == null) {
          return;
        }
        requests.add(r);
        script.answer(r, out);
        out.flush();
      }
    } catch (SocketException e) {
      // the client or the test closed the connection
    } catch (IOException e) {
      // the script closed the connection
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Request read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      boolean expected = (state % 2 == 0) ? b == '\r' : b == '\n';
      state = expected ? state + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r\n");
    String[] requestLine = lines[0].split(" ");
    int length = 0;
    List<String> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      headers.add(lines[i]);
      String lower = lines[i].toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lines[i].substring("content-length:".length()).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    return new Request(requestLine[0], requestLine.length > 1 ? requestLine[1] : "", text, body);
  }

  /** Writes {@code text} (ISO-8859-1) and flushes. */
  public static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** A complete JSON answer with a {@code Content-Length}. */
  public static void json(OutputStream out, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    write(
        out,
        "HTTP/1.1 "
            + status
            + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + bytes.length
            + "\r\n\r\n");
    out.write(bytes);
    out.flush();
  }

  /**
   * Sends headers announcing a long body, then one byte every {@code everyMillis} until the
   * connection closes: never silent long enough for an idle timeout, never finished.
   */
  public static void trickle(OutputStream out, long everyMillis)
      throws IOException, InterruptedException {
    write(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n");
    while (true) {
      out.write(' ');
      out.flush();
      Thread.sleep(everyMillis);
    }
  }

  /** Sends nothing at all until the connection closes. */
  public static void silence() throws InterruptedException {
    Thread.sleep(Long.MAX_VALUE);
  }
}
