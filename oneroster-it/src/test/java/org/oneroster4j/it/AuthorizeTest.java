package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.export.ConnectionCheck;
import org.oneroster4j.export.Diagnosis;
import org.oneroster4j.export.Diagnosis.Problem;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RefusingPort;

/** The connection check names each cause of failure with its own message. */
class AuthorizeTest {
  private HttpServer html;

  @BeforeEach
  void startHtmlServer() throws IOException {
    // A web server that answers every path with a sign-in page, like a SIS's web front end.
    html = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    html.createContext(
        "/",
        exchange -> {
          byte[] page =
              "<!DOCTYPE html><html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    html.start();
  }

  @AfterEach
  void stopHtmlServer() {
    html.stop(0);
  }

  private static OneRosterClient.Builder quick(OneRosterClient.Builder b) {
    return b.retryPolicy(RetryPolicy.none()).connectTimeout(Duration.ofSeconds(5));
  }

  private static Diagnosis check(OneRosterClient client) {
    Diagnosis d = ConnectionCheck.of(client).run();
    assertThat(d.message().toLowerCase(Locale.ROOT)).doesNotContain("refresh");
    return d;
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  void check_ofAWorkingConnection_passesEveryStep(String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      Diagnosis d = check(Fixtures.client(sis));

      assertThat(d.ok()).as(d.message()).isTrue();
      assertThat(d.problem()).isEqualTo(Problem.NONE);
      assertThat(d.steps()).extracting(Diagnosis.Step::name).containsExactly("roster", "gradebook");
      assertThat(d.steps()).allMatch(Diagnosis.Step::passed);
    }
  }

  @Test
  void check_namesAnUnreachableHost() {
    Diagnosis d;
    try (RefusingPort down = RefusingPort.open()) {
      OneRosterClient client =
          quick(OneRosterClient.builder())
              .url(down.origin() + "/ims/oneroster/v1p1")
              .tokenUrl(down.origin() + "/oauth/token")
              .credentials(Credentials.clientCredentials("id", "secret"))
              .allowInsecureHttp(true)
              .build();

      d = check(client);
    }

    assertThat(d.problem()).isEqualTo(Problem.HOST_UNREACHABLE);
    assertThat(d.message()).contains("127.0.0.1").contains("firewall");
  }

  @Test
  void check_namesAHostThatDoesNotExist() {
    OneRosterClient client =
        quick(OneRosterClient.builder())
            .url("https://sis.does-not-exist.invalid/ims/oneroster/v1p1")
            .tokenUrl("https://sis.does-not-exist.invalid/oauth/token")
            .credentials(Credentials.clientCredentials("id", "secret"))
            .build();

    Diagnosis d = check(client);

    assertThat(d.problem()).isEqualTo(Problem.HOST_UNREACHABLE);
    assertThat(d.message()).contains("does not exist").contains("typos");
  }

  @Test
  void check_namesATlsFailure() throws Exception {
    // A server that answers a TLS handshake with plain text, as a misconfigured port does.
    try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread server =
          new Thread(
              () -> {
                while (!plain.isClosed()) {
                  try (Socket s = plain.accept()) {
                    s.getOutputStream()
                        .write(
                            "HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      server.setDaemon(true);
      server.start();
      String root = "https://127.0.0.1:" + plain.getLocalPort();
      OneRosterClient client =
          quick(OneRosterClient.builder())
              .url(root + "/ims/oneroster/v1p1")
              .tokenUrl(root + "/oauth/token")
              .credentials(Credentials.clientCredentials("id", "secret"))
              .build();

      Diagnosis d = check(client);

      assertThat(d.problem()).isEqualTo(Problem.TLS_FAILURE);
      assertThat(d.message()).contains("TLS").contains("certificate");
    }
  }

  @Test
  void check_namesAnHtmlPageInsteadOfOneRoster() {
    try (FakeSis sis = Fixtures.start("generic")) {
      String base = "http://127.0.0.1:" + html.getAddress().getPort() + "/ims/oneroster/v1p1";
      OneRosterClient client =
          quick(OneRosterClient.builder())
              .url(base)
              .tokenUrl(sis.tokenUrl())
              .credentials(Credentials.clientCredentials(sis.clientId(), sis.clientSecret()))
              .allowInsecureHttp(true)
              .build();

      Diagnosis d = check(client);

      assertThat(d.problem()).isEqualTo(Problem.NOT_ONEROSTER);
      assertThat(d.message())
          .contains("not like a OneRoster 1.1 API")
          .contains("/ims/oneroster/v1p1");
    }
  }

  @Test
  void check_namesAMissingApiInASkywardUrl() {
    try (FakeSis sis = Fixtures.start("skyward")) {
      // The full OneRoster URL typed without Skyward's /api.
      String withoutApi = sis.baseUrl().replace("/api/ims/", "/ims/");
      OneRosterClient client = quick(Fixtures.clientBuilder(sis)).url(withoutApi).build();

      Diagnosis d = check(client);

      assertThat(d.problem()).isEqualTo(Problem.NOT_ONEROSTER);
      assertThat(d.message())
          .contains("not like a OneRoster 1.1 API", "Skyward serves OneRoster under /api")
          .contains("/api/ims/oneroster/v1p1");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  void check_namesRejectedCredentials(String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      OneRosterClient client =
          quick(Fixtures.clientBuilder(sis))
              .credentials(Credentials.clientCredentials(sis.clientId(), "wrong-secret"))
              .build();

      Diagnosis d = check(client);

      assertThat(d.problem()).isEqualTo(Problem.CREDENTIALS_REJECTED);
      assertThat(d.httpStatus()).isIn(400, 401);
      assertThat(d.message()).doesNotContain("wrong-secret");
    }
  }

  @Test
  void check_namesAMissingGradebookPermission() {
    try (FakeSis sis = FakeSis.builder().scopes(Set.of("roster.readonly")).build().start()) {
      Diagnosis d = check(Fixtures.client(sis));

      assertThat(d.problem()).isEqualTo(Problem.PERMISSION_DENIED);
      assertThat(d.message())
          .contains("gradebook")
          .contains(
              "scopes https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly,"
                  + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.readonly,"
                  + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.createput,"
                  + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.delete.")
          .doesNotContain("Infinite Campus");
    }
  }

  @Test
  void check_namesAWrongTokenUrl() {
    try (FakeSis sis = Fixtures.start("generic")) {
      OneRosterClient client =
          quick(Fixtures.clientBuilder(sis))
              .tokenUrl(URI.create(sis.tokenUrl()).resolve("/no-token-here").toString())
              .build();

      Diagnosis d = check(client);

      assertThat(d.problem()).isEqualTo(Problem.TOKEN_URL_WRONG);
      assertThat(d.message())
          .contains("token URL", "It is the SIS's OAuth 2 token endpoint")
          .doesNotContain("Skyward");
    }
  }

  @Test
  void check_namesAWrongTokenUrl_inTheVendorsTerms() {
    try (FakeSis sis = Fixtures.start("skyward")) {
      OneRosterClient client =
          quick(Fixtures.clientBuilder(sis))
              .tokenUrl(URI.create(sis.tokenUrl()).resolve("/no-token-here").toString())
              .build();

      Diagnosis d = check(client);

      assertThat(d.problem()).isEqualTo(Problem.TOKEN_URL_WRONG);
      assertThat(d.message())
          .contains("For Skyward this is the Authentication URL")
          .doesNotContain("It is the SIS's OAuth 2 token endpoint");
    }
  }

  @Test
  void check_namesTheMissingInfiniteCampusVendorHeader() {
    try (FakeSis sis = Fixtures.start("infinitecampus")) {
      OneRosterClient client =
          quick(OneRosterClient.builder())
              .vendor("infinitecampus")
              .url(sis.adminUrl())
              .tokenUrl(sis.tokenUrl())
              .credentials(Credentials.clientCredentials(sis.clientId(), sis.clientSecret()))
              .allowInsecureHttp(true)
              .build();

      Diagnosis d = check(client);

      assertThat(d.problem()).isEqualTo(Problem.VENDOR_HEADER_MISSING);
      assertThat(d.steps()).extracting(Diagnosis.Step::passed).containsExactly(true, false);
      assertThat(d.message()).contains("x-vendor-authorization");
    }
  }
}
