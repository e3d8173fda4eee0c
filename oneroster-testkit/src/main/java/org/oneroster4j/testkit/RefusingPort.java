package org.oneroster4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses every connection at once, as a SIS that is down does: for testing
 * what a client does when nothing answers.
 *
 * <p>The port is held by a bound socket that never listens, so connecting to it is refused, and no
 * other socket can take it while this is open (a port found free and let go could be taken by the
 * time the test connects to it). Close it when done.
 *
 * <pre>{@code
 * try (RefusingPort down = RefusingPort.open()) {
 *   OneRosterClient client = OneRosterClient.builder().url(down.origin() + "/ims/oneroster/v1p1")...;
 *   // every call ends in a TransportException that says it could not connect
 * }
 * }</pre>
 */
public final class RefusingPort implements AutoCloseable {
  private final Socket socket;

  private RefusingPort(Socket socket) {
    this.socket = socket;
  }

  /**
   * Takes a free loopback port and holds it.
   *
   * @return the open port
   * @throws UncheckedIOException if no port can be bound
   */
  public static RefusingPort open() {
    Socket socket = new Socket();
    try {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return new RefusingPort(socket);
    } catch (IOException e) {
      try {
        socket.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot bind a loopback port", e);
    }
  }

  /** {@return the port number} */
  public int port() {
    return socket.getLocalPort();
  }

  /** {@return {@code http://127.0.0.1:PORT}, without a trailing slash} */
  public String origin() {
    return "http://127.0.0.1:" + port();
  }

  /** Lets the port go. */
  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "RefusingPort[" + origin() + "]";
  }
}
