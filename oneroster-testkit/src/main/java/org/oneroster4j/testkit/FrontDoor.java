package org.oneroster4j.testkit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake SIS's public port: relays every connection to the JDK HTTP server behind it, reading
 * each request head on the way. The JDK server answers a request target it cannot parse ({@code
 * /users/%ZZ}, {@code ?filter=%ZZ}) or a {@code Content-Length} that is not a number with its own
 * {@code text/html} page, before any handler runs; a real SIS answers with its error JSON. So the
 * front door rewrites such a request to {@link #MALFORMED_PATH}, carrying the original target, and
 * the handler answers it as the SIS would. Everything else passes through byte for byte, and a
 * connection the server drops or resets is dropped towards the client the same way.
 */
final class FrontDoor implements Closeable {
  /** Where a request with a malformed target is sent instead; {@code t} holds the target. */
  static final String MALFORMED_PATH = "/.fake-sis/malformed-request";

  private static final int MAX_HEAD = 64 * 1024;
  private static final int BUFFER = 64 * 1024;

  private final ServerSocket server;
  private final InetSocketAddress backend;
  private final ExecutorService threads;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  FrontDoor(int port, InetSocketAddress backend) throws IOException {
    this.server = new ServerSocket(port, 256, InetAddress.getLoopbackAddress());
    this.backend = backend;
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-sis-front-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    threads.execute(this::accept);
  }

  /** The public port. */
  int port() {
    return server.getLocalPort();
  }

  /** The original request target of a rewritten malformed request, from its query. */
  static String originalTarget(String rawQuery) {
    if (rawQuery == null || !rawQuery.startsWith("t=")) {
      return "";
    }
    try {
      return new String(
          Base64.getUrlDecoder().decode(rawQuery.substring(2)), StandardCharsets.ISO_8859_1);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
    threads.shutdownNow();
  }

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return;
      }
      Socket upstream = new Socket();
      try {
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        upstream.connect(backend);
      } catch (IOException e) {
        closeQuietly(client);
        closeQuietly(upstream);
        continue;
      }
      open.add(client);
      open.add(upstream);
      try {
        threads.execute(() -> requests(client, upstream));
        threads.execute(() -> responses(upstream, client));
      } catch (java.util.concurrent.RejectedExecutionException e) {
        closeQuietly(client);
        closeQuietly(upstream);
        return;
      }
    }
  }

  /** Client to server: request by request, rewriting a target the JDK server would refuse. */
  private void requests(Socket client, Socket upstream) {
    try {
      InputStream in = new BufferedInputStream(client.getInputStream(), BUFFER);
      OutputStream out = new BufferedOutputStream(upstream.getOutputStream(), BUFFER);
      while (true) {
        byte[] head = readHead(in);
        if (head == null) {
          break;
        }
        if (head.length > MAX_HEAD) {
          // Too large to look at: the server judges it, and the rest of the connection as is.
          out.write(head);
          in.transferTo(out);
          break;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int lineEnd = text.indexOf("\r\n");
        String[] line = text.substring(0, lineEnd < 0 ? text.length() : lineEnd).split(" ", 3);
        Long length = contentLength(text);
        boolean chunked = text.toLowerCase(Locale.ROOT).contains("\ntransfer-encoding: chunked");
        if (line.length != 3 || !parses(line[1]) || length == null) {
          // Answered by the handler as a 400, and the connection ends after the answer. The body
          // is read first where it can be framed, so the client is not reset while sending it.
          if (length != null) {
            OutputStream discard = OutputStream.nullOutputStream();
            if (chunked) {
              copyChunked(in, discard);
            } else {
              copy(in, discard, length);
            }
          }
          out.write(malformed(line[0], line.length > 1 ? line[1] : ""));
          out.flush();
          break;
        }
        out.write(head);
        if (chunked) {
          copyChunked(in, out);
        } else {
          copy(in, out, length);
        }
        out.flush();
      }
      upstream.shutdownOutput();
    } catch (IOException e) {
      closeQuietly(upstream);
      closeQuietly(client);
    }
  }

  /** Server to client, as it comes; a reset server resets the client connection too. */
  private void responses(Socket upstream, Socket client) {
    byte[] buf = new byte[BUFFER];
    try {
      InputStream in = upstream.getInputStream();
      OutputStream out = client.getOutputStream();
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        out.flush();
      }
      closeQuietly(client);
    } catch (IOException e) {
      reset(client);
    } finally {
      closeQuietly(upstream);
      open.remove(upstream);
      open.remove(client);
    }
  }

  private static byte[] malformed(String method, String target) {
    String encoded =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(target.getBytes(StandardCharsets.ISO_8859_1));
    String safeMethod = method.matches("[A-Z]{1,16}") ? method : "GET";
    return (safeMethod
            + " "
            + MALFORMED_PATH
            + "?t="
            + encoded
            + " HTTP/1.1\r\nHost: fake-sis\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Whether the JDK server can parse {@code target} (it calls {@code new URI} on it). */
  private static boolean parses(String target) {
    try {
      new URI(target);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The Content-Length (0 when absent), or null when it is not a number. */
  private static Long contentLength(String head) {
    for (String h : head.split("\r\n")) {
      int colon = h.indexOf(':');
      if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
        try {
          long n = Long.parseLong(h.substring(colon + 1).trim());
          return n < 0 ? null : n;
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return 0L;
  }

  /** The head up to and including the blank line; null at the end of the stream. */
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        if (head.size() == 0) {
          return null;
        }
        throw new IOException("connection ended inside a request head");
      }
      head.write(b);
      if (head.size() > MAX_HEAD) {
        return head.toByteArray();
      }
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toByteArray();
  }

  private static void copy(InputStream in, OutputStream out, long length) throws IOException {
    byte[] buf = new byte[(int) Math.min(BUFFER, Math.max(1, length))];
    long left = length;
    while (left > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (n < 0) {
        throw new IOException("connection ended inside a request body");
      }
      out.write(buf, 0, n);
      left -= n;
    }
  }

  private static void copyChunked(InputStream in, OutputStream out) throws IOException {
    while (true) {
      String sizeLine = line(in);
      out.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      int semi = sizeLine.indexOf(';');
      long size;
      try {
        size = Long.parseLong((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size");
      }
      if (size == 0) {
        // trailers, then the blank line
        String trailer;
        do {
          trailer = line(in);
          out.write((trailer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        } while (!trailer.isEmpty());
        return;
      }
      copy(in, out, size + 2); // the data and its CRLF
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("connection ended inside a chunked body");
      }
      if (c == '\n') {
        int end = b.length();
        return end > 0 && b.charAt(end - 1) == '\r' ? b.substring(0, end - 1) : b.toString();
      }
      if (b.length() > 8192) {
        throw new IOException("chunk line too long");
      }
      b.append((char) c);
    }
  }

  private static void reset(Socket s) {
    try {
      s.setSoLinger(true, 0);
    } catch (IOException e) {
      // closing anyway
    }
    closeQuietly(s);
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
