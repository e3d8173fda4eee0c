package org.oneroster4j.infinitecampus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.error.UnauthorizedException;

/**
 * The vendor through the real client against a loopback server shaped like Infinite Campus: the
 * token URL derived from the Base URL, the vendor header only on gradebook calls, and the 401
 * explanation in the exception.
 */
class InfiniteCampusClientTest {
  private static final String API = "/campus/api/oneroster/v1p1/test-app/ims/oneroster/v1p1";

  record Seen(String method, String path, String query, String vendorHeader) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private String baseUrl;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/campus/", this::handle);
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + API + "/";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String header = exchange.getRequestHeaders().getFirst("x-vendor-authorization");
    seen.add(
        new Seen(
            exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), header));
    exchange.getRequestBody().readAllBytes();
    if (path.equals("/campus/oauth2/token")) {
      respond(
          exchange,
          200,
          "{\"access_token\":\"tok\",\"token_type\":\"bearer\",\"expires_in\":3600}");
    } else if (path.contains("/lineItems") && header == null) {
      respond(exchange, 401, "{\"imsx_codeMajor\":\"failure\",\"imsx_description\":\"vendor\"}");
    } else if (path.endsWith("/teachers")) {
      respond(exchange, 200, "{\"users\":[]}");
    } else if (path.endsWith("/classes/c1/lineItems")) {
      respond(exchange, 200, "{\"lineItems\":[]}");
    } else if (exchange.getRequestMethod().equals("DELETE")) {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    } else {
      respond(exchange, 404, "{}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private OneRosterClient.Builder client() {
    return OneRosterClient.builder()
        .vendor("infinitecampus")
        .url(baseUrl)
        .credentials(Credentials.clientCredentials("district_key", "district-secret"))
        .allowInsecureHttp(true)
        .retryPolicy(RetryPolicy.none());
  }

  @Test
  void client_usesDerivedTokenUrl_andSendsVendorHeaderOnGradebookCallsOnly() {
    OneRosterClient sis = client().vendorCredentials("vk_test", "vs-secret").build();
    assertThat(sis.maxConcurrency()).isEqualTo(1);

    assertThat(sis.teachers().stream().toList()).isEmpty();
    assertThat(sis.lineItemsForClass("c1").stream().toList()).isEmpty();
    assertThat(sis.deleteLineItem("li-1").httpStatus()).isEqualTo(204);

    assertThat(seen)
        .extracting(Seen::method, Seen::path, Seen::vendorHeader)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("POST", "/campus/oauth2/token", null),
            org.assertj.core.groups.Tuple.tuple("GET", API + "/teachers", null),
            org.assertj.core.groups.Tuple.tuple(
                "GET", API + "/classes/c1/lineItems", "vk_test:vs-secret"),
            org.assertj.core.groups.Tuple.tuple(
                "DELETE", API + "/lineItems/li-1", "vk_test:vs-secret"));
    assertThat(seen.get(0).query()).isEqualTo("appName=test-app");
  }

  @Test
  void client_401OnGradebookWithoutVendorCredentials_explainsWhatToConfigure() {
    OneRosterClient sis = client().build();
    assertThatThrownBy(() -> sis.deleteLineItem("li-1"))
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining(
            "Infinite Campus answered 401 to DELETE /lineItems/li-1, a gradebook endpoint")
        .hasMessageContaining("with vendorCredentials(key, secret)");
  }
}
