package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.ForbiddenException;
import org.oneroster4j.error.UnauthorizedException;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.query.Filter;
import org.oneroster4j.query.Query;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.VendorConnection;
import org.oneroster4j.testsupport.FixedRandom;
import org.oneroster4j.testsupport.Json;
import org.oneroster4j.testsupport.StepClock;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Recorded;
import org.oneroster4j.testsupport.TestServer.Reply;

class VendorHooksAndRedactionTest {
  static final String CLIENT_SECRET = "Sup3r-Secret-Value";
  static final String VENDOR_SECRET = "Vend0r-Secret-Value";
  static final String TOKEN_PREFIX = "Tok3n-Value-";
  static final String COOKIE = "sessionCookieValue123";

  private final TestServer server = TestServer.start();
  private final StepClock clock = new StepClock(Instant.parse("2026-11-28T12:00:00Z"));

  @AfterEach
  void stop() {
    server.close();
  }

  /** A vendor exercising every hook of the SPI the client uses. */
  final class TestVendor implements SisVendor {
    @Override
    public String id() {
      return "testvendor";
    }

    @Override
    public String displayName() {
      return "Test Vendor";
    }

    @Override
    public PartnershipStatus status() {
      return PartnershipStatus.PILOT;
    }

    @Override
    public boolean detects(URI url) {
      return false;
    }

    @Override
    public VendorConnection connect(ConnectionRequest request) {
      String vendorKey = request.vendorKey();
      String vendorSecret = request.vendorSecret();
      return new VendorConnection() {
        @Override
        public URI baseUrl() {
          return URI.create(server.baseUrl());
        }

        @Override
        public Optional<URI> tokenUrl() {
          return Optional.of(server.uri("/auth/token"));
        }

        @Override
        public Map<String, String> headers(String method, String path) {
          return path.startsWith("/lineItems")
              ? Map.of("X-Vendor-Authorization", vendorKey + ":" + vendorSecret)
              : Map.of();
        }

        @Override
        public Map<String, String> tokenRequestParameters() {
          return Map.of("acr_values", "tenant:" + request.options().get("tenant"));
        }

        @Override
        public boolean keepsCookies() {
          return true;
        }

        @Override
        public Optional<String> scope() {
          return Optional.of("custom.scope");
        }
      };
    }

    @Override
    public LineItemRules lineItemRules() {
      return LineItemRules.specification();
    }

    @Override
    public int defaultConcurrency() {
      return 3;
    }

    @Override
    public int defaultPageSize() {
      return 7;
    }

    @Override
    public Optional<String> explainAuthFailure(
        int httpStatus, String method, String path, boolean vendorCredentialsConfigured) {
      return Optional.of(
          "TestVendor says: "
              + httpStatus
              + " on "
              + path
              + (vendorCredentialsConfigured ? " with" : " without")
              + " vendor credentials.");
    }
  }

  private OneRosterClient.Builder builder() {
    return OneRosterClient.builder()
        .vendor(new TestVendor())
        .url("https://ignored.example.org")
        .credentials(Credentials.clientCredentials("client-9", CLIENT_SECRET))
        .vendorCredentials("vkey", VENDOR_SECRET)
        .vendorOption("tenant", "t-42")
        .clock(clock)
        .sleeper(clock)
        .random(new FixedRandom(0.25));
  }

  private static boolean isToken(Recorded r) {
    return r.path().equals("/auth/token");
  }

  @Test
  void vendorHooks_reachTheWire() {
    server.handler(
        r ->
            isToken(r)
                ? Reply.json(200, "{\"access_token\":\"" + TOKEN_PREFIX + "1\",\"expires_in\":600}")
                    .header(
                        "Set-Cookie", COOKIE.substring(0, 7) + "=" + COOKIE + "; Path=/; HttpOnly")
                : Reply.json(
                    200, r.path().endsWith("/orgs") ? "{\"orgs\":[]}" : "{\"lineItems\":[]}"));
    OneRosterClient sis = builder().build();
    assertThat(sis.maxConcurrency()).isEqualTo(3);
    assertThat(sis.pageSize()).isEqualTo(7);
    sis.lineItems().stream().count();
    sis.orgs().stream().count();

    Recorded token = server.requests().get(0);
    String form = URLDecoder.decode(token.bodyText(), StandardCharsets.UTF_8);
    assertThat(form).contains("scope=custom.scope", "acr_values=tenant:t-42");
    Recorded lineItems = server.requests().get(1);
    assertThat(lineItems.header("X-Vendor-Authorization")).isEqualTo("vkey:" + VENDOR_SECRET);
    assertThat(lineItems.header("Cookie")).isEqualTo(COOKIE.substring(0, 7) + "=" + COOKIE);
    assertThat(lineItems.rawQuery()).contains("limit=7");
    assertThat(server.requests().get(2).header("X-Vendor-Authorization")).isNull();
  }

  @Test
  void authFailures_carryTheVendorsExplanation() {
    server.handler(
        r ->
            isToken(r)
                ? Reply.json(200, "{\"access_token\":\"" + TOKEN_PREFIX + "1\"}")
                : Reply.status(r.path().endsWith("/orgs") ? 403 : 401));
    OneRosterClient sis = builder().build();
    Throwable forbidden = catchThrowable(() -> sis.orgs().stream().count());
    assertThat(forbidden)
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("TestVendor says: 403 on /orgs with vendor credentials.");
    Throwable unauthorized = catchThrowable(() -> sis.lineItem("x"));
    assertThat(unauthorized)
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("TestVendor says: 401 on /lineItems/x");
  }

  @Test
  void aFullRunLoggedAtTrace_neverShowsASecret() {
    AtomicInteger tokens = new AtomicInteger();
    AtomicInteger step = new AtomicInteger();
    server.handler(
        r -> {
          if (isToken(r)) {
            return Reply.json(
                    200,
                    "{\"access_token\":\""
                        + TOKEN_PREFIX
                        + tokens.incrementAndGet()
                        + "\",\"expires_in\":3600}")
                .header("Set-Cookie", "sid=" + COOKIE);
          }
          int n = step.incrementAndGet();
          if (n == 1) {
            return Reply.status(401); // forces a token refresh
          }
          if (n == 2) {
            return Reply.status(429).header("Retry-After", "1");
          }
          if (n == 3) {
            return Reply.of(502, "text/html", "<html>proxy error</html>");
          }
          String p = r.relativePath();
          if (p.equals("/teachers")) {
            return Reply.json(
                200, "{\"users\":[" + Json.user("t1", "teacher", "kim@example.org") + "]}");
          }
          if (p.startsWith("/teachers/t1/classes")) {
            return Reply.json(200, "{\"classes\":[" + Json.schoolClass("c1", "active") + "]}");
          }
          if (p.startsWith("/lineItems/missing")) {
            return Reply.status(404);
          }
          if (r.method().equals("PUT")) {
            return Reply.status(201);
          }
          if (r.method().equals("DELETE")) {
            return Reply.status(204);
          }
          return Reply.json(200, "{\"users\":[]}");
        });

    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<String> messages = new ArrayList<>();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      OneRosterClient sis = builder().build();
      sis.teacherClasses("kim@example.org");
      sis.users(Query.builder().filter(Filter.eq("email", "kim@example.org")).build()).stream()
          .count();
      sis.putCategory(Category.builder().sourcedId("cat-1").title("Quizzes").build());
      sis.putLineItem(
          LineItem.builder()
              .sourcedId("li-1")
              .title("Quiz")
              .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
              .dueDate(Instant.parse("2026-09-02T00:00:00Z"))
              .schoolClass(GuidRef.of("c1", GuidRefType.CLASS))
              .resultValueMin(0)
              .resultValueMax(10)
              .build());
      sis.deleteLineItem("li-1");
      messages.add(catchThrowable(() -> sis.lineItem("missing")).getMessage());
      // OAuth 1 as well
      OneRosterClient oauth1 =
          builder().credentials(Credentials.oauth1("consumer-key", CLIENT_SECRET)).build();
      oauth1.users().stream().count();
      // a token endpoint that rejects the client
      server.handler(r -> Reply.json(401, "{\"error\":\"invalid_client\"}"));
      messages.add(catchThrowable(() -> builder().build().orgs().stream().count()).getMessage());
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    // the capture works: the SDK's DEBUG lines are there
    assertThat(log).contains("GET /teachers", "PUT /lineItems/li-1", "Retrying", "401");
    String basic =
        Base64.getEncoder()
            .encodeToString(("client-9:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    for (String text : List.of(log, String.join("\n", messages))) {
      assertThat(text)
          .doesNotContain(CLIENT_SECRET)
          .doesNotContain(VENDOR_SECRET)
          .doesNotContain(TOKEN_PREFIX)
          .doesNotContain(COOKIE)
          .doesNotContain(basic)
          .doesNotContain("Bearer")
          .doesNotContain("oauth_signature")
          .doesNotContain("oauth_nonce")
          .doesNotContain("kim@example.org");
    }
  }
}
