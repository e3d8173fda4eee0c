package org.oneroster4j.bucket4j;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A redis-server the test starts on a free loopback port, without persistence. Required when the
 * environment variable {@code CI} is {@code true} (CI installs it); elsewhere a test that needs it
 * is skipped, saying why, when the binary is not on the {@code PATH}.
 */
final class RedisServer implements AutoCloseable {
  private final Process process;
  private final int port;

  private RedisServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts one, or skips (fails on CI) the calling test when there is no redis-server. */
  static RedisServer startOrSkip() {
    // A port found free can be taken before redis binds it: then it exits, and a fresh port helps.
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return startOrSkip(freePort());
      } catch (IllegalStateException e) {
        last = e;
      }
    }
    throw last;
  }

  /** Starts one on {@code port}, or skips (fails on CI) when there is no redis-server. */
  static RedisServer startOrSkip(int port) {
    Optional<Path> binary = binary();
    if (binary.isEmpty()) {
      String why =
          "redis-server is not on the PATH; install it (Debian: apt-get install redis-server) to"
              + " run the Redis tests";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(why + ". CI must run them: .ci/run installs it");
      }
      Assumptions.abort(why);
    }
    try {
      Process p =
          new ProcessBuilder(
                  List.of(
                      binary.get().toString(),
                      "--port",
                      String.valueOf(port),
                      "--bind",
                      "127.0.0.1",
                      "--save",
                      "",
                      "--appendonly",
                      "no",
                      "--daemonize",
                      "no"))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      RedisServer server = new RedisServer(p, port);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (!server.accepts()) {
        if (!p.isAlive() || System.nanoTime() > until) {
          server.close();
          throw new IllegalStateException("redis-server did not start on port " + port);
        }
        Thread.sleep(20);
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private boolean accepts() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<Path> binary() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, "redis-server");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the port it listens on} */
  int port() {
    return port;
  }

  /** {@return a redis URI for this server} */
  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
