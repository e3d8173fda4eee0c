package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class RefusingPortTest {

  private static void connect(int port) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
    }
  }

  @Test
  void refusesConnections_andKeepsThePortFromOthers_untilClosed() throws IOException {
    int port;
    try (RefusingPort down = RefusingPort.open()) {
      port = down.port();

      assertThat(down.origin()).isEqualTo("http://127.0.0.1:" + port);
      assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
      assertThatThrownBy(() -> new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close())
          .isInstanceOf(BindException.class);
    }

    // Let go: the port can be bound again.
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }
}
