package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.testkit.TestHttp.lineItem;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scripted faults: status codes, Retry-After, delays, dropped connections, page-size caps. */
class FaultsTest {
  FakeSis sis;
  TestHttp http;

  @BeforeEach
  void start() {
    sis = FakeSis.startGeneric();
    http = TestHttp.withToken(sis);
  }

  @AfterEach
  void stop() {
    sis.close();
  }

  @Test
  void nextN_rateLimitsWithRetryAfter_thenRecovers() {
    sis.faults().next(2).rateLimit(Duration.ofMillis(1500));
    for (int i = 0; i < 2; i++) {
      TestHttp.Response r = http.get("/users");
      assertThat(r.status).isEqualTo(429);
      assertThat(r.header("Retry-After")).isEqualTo("2");
      assertThat(r.codeMinor()).isEqualTo("server_busy");
    }
    assertThat(http.get("/users").status).isEqualTo(200);
    assertThat(sis.faults().pending()).isZero();
  }

  @Test
  void faultedPut_storesNothing() {
    sis.faults().matching("/lineItems/").times(1).respond(503);
    TestHttp.Response faulted = http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T"));
    assertThat(faulted.status).isEqualTo(503);
    assertThat(faulted.codeMinor()).isEqualTo("internal_server_error");
    assertThat(http.get("/lineItems/li-1").status).isEqualTo(404);
    assertThat(http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T")).status).isEqualTo(201);
  }

  @Test
  void warn_storesTheWrite_andAddsAWarningToItsAnswer_once() {
    sis.faults().matching("/lineItems/").method("PUT").times(1).warn("rounded", "max rounded");

    TestHttp.Response warned = http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T"));
    TestHttp.Response plain = http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T2"));

    assertThat(warned.status).isEqualTo(201);
    assertThat(warned.json().path("lineItem").path("sourcedId").asText()).isEqualTo("li-1");
    assertThat(warned.json().path("statusInfoSet").get(0).path("imsx_severity").asText())
        .isEqualTo("warning");
    assertThat(warned.json().path("statusInfoSet").get(0).path("imsx_codeMajor").asText())
        .isEqualTo("success");
    assertThat(warned.codeMinor()).isEqualTo("rounded");
    assertThat(warned.json().path("statusInfoSet").get(0).path("imsx_description").asText())
        .isEqualTo("max rounded");
    assertThat(plain.status).isEqualTo(200);
    assertThat(plain.json().has("statusInfoSet")).isFalse();
    assertThat(http.get("/lineItems/li-1").json().path("lineItem").path("title").asText())
        .isEqualTo("T2");
  }

  @Test
  void warn_onAnEmptyAnswer_sendsTheStatusInfoAsTheBody_with200() {
    assertThat(http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T")).status).isEqualTo(201);
    sis.faults().matching("/lineItems/").method("DELETE").times(1).warn("gone", "was archived");

    TestHttp.Response deleted = http.delete("/lineItems/li-1");

    assertThat(deleted.status).isEqualTo(200);
    assertThat(deleted.codeMinor()).isEqualTo("gone");
    assertThat(deleted.json().path("imsx_severity").asText()).isEqualTo("warning");
    assertThat(http.get("/lineItems/li-1").status).isEqualTo(404);
  }

  @Test
  void pathRegex_onlyMatchingRequestsAreFaulted() {
    sis.faults().matching("/results").respond(500);
    assertThat(http.get("/users").status).isEqualTo(200);
    assertThat(http.get("/results").status).isEqualTo(500);
    assertThat(http.get("/results").status).isEqualTo(500);
    sis.faults().clear();
    assertThat(http.get("/results").status).isEqualTo(200);
  }

  @Test
  void methodFilter_faultsOnlyThatMethod() {
    sis.faults().next(1).method("PUT").respond(502);
    assertThat(http.get("/lineItems").status).isEqualTo(200);
    assertThat(http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T")).status).isEqualTo(502);
  }

  @Test
  void droppedConnection_closesWithoutAResponse_andIsRecordedWithStatus0() {
    // A PUT, because java.net.http silently retries a GET once on a closed pooled connection.
    sis.faults().next(1).dropConnection();
    assertThatThrownBy(() -> http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(http.get("/lineItems/li-1").status).isEqualTo(404);
    List<RecordedRequest> requests = sis.requests();
    assertThat(requests.get(requests.size() - 2).method()).isEqualTo("PUT");
    assertThat(requests.get(requests.size() - 2).status()).isZero();
  }

  @Test
  void delay_stillHandlesTheRequest() {
    sis.faults().next(1).delay(Duration.ofMillis(50));
    assertThat(http.get("/users").status).isEqualTo(200);
    assertThat(sis.faults().pending()).isZero();
  }

  @Test
  void randomRate_isReproducibleFromTheSeed() {
    List<Integer> first = randomRun(sis, http);
    assertThat(first).contains(200, 500);
    try (FakeSis other = FakeSis.startGeneric()) {
      assertThat(randomRun(other, TestHttp.withToken(other))).isEqualTo(first);
    }
  }

  private static List<Integer> randomRun(FakeSis server, TestHttp client) {
    server.faults().randomly(0.5, 42).respond(500);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      statuses.add(client.get("/orgs").status);
    }
    return statuses;
  }

  @Test
  void tokenEndpointFaults_leaveApiRequestsAlone() {
    sis.faults().next(1).onTokenEndpoint().respond(503);
    assertThat(http.get("/users").status).isEqualTo(200);
    assertThat(http.token("test-client", "test-secret", null).status).isEqualTo(503);
    assertThat(http.token("test-client", "test-secret", null).status).isEqualTo(200);
  }

  @Test
  void capPageSize_limitsPages_untilCleared() {
    sis.faults().capPageSize(3);
    TestHttp.Response r = http.get("/users?limit=100");
    assertThat(r.ids("users")).hasSize(3);
    assertThat(r.header("X-Total-Count")).isEqualTo("63");
    sis.faults().clear();
    assertThat(http.get("/users?limit=100").ids("users")).hasSize(63);
  }

  @Test
  void omittedPagingHeaders_areNotSent_untilCleared() {
    sis.faults().capPageSize(3);
    sis.faults().omitTotalCount();
    sis.faults().omitLinkHeader();
    TestHttp.Response r = http.get("/users?limit=100");
    assertThat(r.ids("users")).hasSize(3);
    assertThat(r.header("X-Total-Count")).isNull();
    assertThat(r.header("Link")).isNull();
    assertThat(http.get("/users?limit=3&offset=63").ids("users")).isEmpty();
    sis.faults().clear();
    TestHttp.Response back = http.get("/users?limit=100");
    assertThat(back.header("X-Total-Count")).isEqualTo("63");
    assertThat(back.header("Link")).contains("rel=\"first\"");
  }

  @Test
  void resetClearsFaults() {
    sis.faults().matching(".").respond(500);
    sis.reset();
    assertThat(http.get("/users").status).isEqualTo(200);
  }
}
