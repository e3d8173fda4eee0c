package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Reply;

/**
 * A client owns threads and connections, and {@link OneRosterClient#close()} ends them: the HTTP
 * client's own threads, the JDK's selector thread, and the SDK's body-timeout thread.
 */
class ClientLifecycleTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private OneRosterClient.Builder builder() {
    server.handler(
        r ->
            r.method().equals("GET")
                ? Reply.json(200, "{\"users\":[{\"sourcedId\":\"u-1\"}]}")
                : Reply.status(204));
    return OneRosterClient.builder()
        .url(server.baseUrl())
        .credentials(Credentials.oauth1("key", "secret"));
  }

  private static boolean sdkOrHttp(Thread t) {
    return t.getName().startsWith("oneroster4j-") || t.getName().startsWith("HttpClient-");
  }

  private static Set<Thread> sdkAndHttpThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(ClientLifecycleTest::sdkOrHttp)
        .collect(Collectors.toSet());
  }

  @Test
  void closedClient_leavesNoThreadBehind() throws InterruptedException {
    Set<Thread> before = sdkAndHttpThreads();
    OneRosterClient client = builder().build();
    assertThat(client.users().stream().toList()).hasSize(1);
    assertThat(client.deleteResult("r-1").httpStatus()).isEqualTo(204);
    assertThat(sdkAndHttpThreads())
        .as("the client runs on named daemon threads")
        .anyMatch(t -> t.getName().startsWith("oneroster4j-http-"))
        .allMatch(Thread::isDaemon);

    client.close();

    // The JDK 17 selector thread ends once the HTTP client is garbage; everything else at once.
    List<String> left = List.of();
    long until = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < until) {
      System.gc();
      left =
          sdkAndHttpThreads().stream()
              .filter(t -> !before.contains(t) || t.getName().equals("oneroster4j-body-timeout"))
              .map(Thread::getName)
              .toList();
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(left).as("threads still running after close()").isEmpty();
  }

  @Test
  void closedClient_refusesCalls_andSaysToBuildANewOne() {
    OneRosterClient client = builder().build();
    OneRosterClient view = client.with(RequestOptions.none());
    client.close();
    client.close(); // closing twice does nothing

    assertThatThrownBy(() -> client.users().iterator().hasNext())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed")
        .hasMessageContaining("OneRosterClient.builder()");
    assertThatThrownBy(() -> view.user("u-1")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(client::toBuilder).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void variant_sharingTheHttpClient_keepsWorking_afterTheOriginalCloses() {
    OneRosterClient original = builder().build();
    OneRosterClient variant = original.toBuilder().pageSize(7).build();
    original.close();

    assertThat(variant.users().stream().toList()).hasSize(1);
    variant.close();
    assertThatThrownBy(() -> variant.user("u-1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void httpClient_givenByTheCaller_isNotShutDown() throws Exception {
    HttpClient mine = HttpClient.newHttpClient();
    OneRosterClient client = builder().httpClient(mine).build();
    assertThat(client.users().stream().toList()).hasSize(1);
    client.close();

    HttpResponse<String> r =
        mine.send(
            HttpRequest.newBuilder(server.uri(TestServer.BASE_PATH + "/users"))
                .version(HttpClient.Version.HTTP_1_1)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
  }
}
