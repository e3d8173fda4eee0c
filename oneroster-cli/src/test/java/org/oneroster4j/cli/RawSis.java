package org.oneroster4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server on a raw socket that answers each request with a script (for a SIS that
 * trickles, stays silent or sends what a real server would not). Daemon threads; closed by the
 * test.
 */
final class RawSis implements AutoCloseable {
  /** Writes the answer to one request (method and request target given). */
  interface Script {
    void answer(String method, String target, OutputStream out)
        throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  final List<String> requests = new CopyOnWriteArrayList<>();

  RawSis(Script script) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(() -> accept(script), "raw-sis");
    t.setDaemon(true);
    t.start();
  }

  String origin() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  String baseUrl() {
    return origin() + "/ims/oneroster/v1p1";
  }

  String tokenUrl() {
    return origin() + "/oauth/token";
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
  }

  private void accept(Script script) {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        sockets.add(s);
        Thread t = new Thread(() -> serve(s, script), "raw-sis-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s, Script script) {
    try (s) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      while (true) {
        String head = head(in);
        if (head == null) {
          return;
        }
        String[] line = head.substring(0, head.indexOf("\r\n")).split(" ");
        int length = 0;
        for (String h : head.split("\r\n")) {
          if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(h.substring(15).trim());
          }
        }
        in.readNBytes(length);
        requests.add(line[0] + " " + line[1]);
        script.answer(line[0], line[1], out);
        out.flush();
      }
    } catch (IOException e) {
      // closed
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int c = in.read();
      if (c < 0) {
        return null;
      }
      b.write(c);
      matched = (c == "\r\n\r\n".charAt(matched)) ? matched + 1 : (c == '\r' ? 1 : 0);
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  static void json(OutputStream out, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    out.write(
        ("HTTP/1.1 "
                + status
                + " X\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  static void token(OutputStream out) throws IOException {
    json(out, 200, "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":3600}");
  }

  /** Headers for a long body, then a byte every 50 ms until the connection closes. */
  static void trickle(OutputStream out) throws IOException, InterruptedException {
    out.write(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    while (true) {
      out.write(' ');
      out.flush();
      Thread.sleep(50);
    }
  }
}
