package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.testkit.TestHttp.j;
import static org.oneroster4j.testkit.TestHttp.lineItem;
import static org.oneroster4j.testkit.TestHttp.result;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.ScoreStatus;

/** Recorded requests and the gradebook view as model types. */
class InspectionTest {
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
  void requests_carryTheTimeTheyWereReceived_byTheFakeSisClock() {
    MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
    try (FakeSis timed = FakeSis.builder().clock(clock).build().start()) {
      TestHttp timedHttp = TestHttp.withToken(timed);
      clock.advance(Duration.ofMillis(1500));
      timedHttp.get("/users?limit=1");

      List<RecordedRequest> requests = timed.requests();
      assertThat(requests).hasSize(2);
      assertThat(requests.get(0).receivedAt()).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
      assertThat(requests.get(1).receivedAt()).isEqualTo(Instant.parse("2026-09-01T08:00:01.5Z"));
    }
  }

  @Test
  void requests_onTheSystemClock_areStampedInOrderWithinTheTest() {
    Instant before = Instant.now();
    http.get("/users?limit=1");
    http.get("/users?limit=2");
    Instant after = Instant.now();

    List<RecordedRequest> requests = sis.requests();
    assertThat(requests).hasSize(3);
    assertThat(requests)
        .extracting(RecordedRequest::receivedAt)
        .allSatisfy(t -> assertThat(t).isBetween(before.minusSeconds(60), after))
        .isSorted();
    assertThat(requests.get(2).receivedAt()).isAfterOrEqualTo(before);
  }

  @Test
  void recordedRequest_theConstructorWithoutATime_keepsWorking_withEpoch() {
    RecordedRequest r = new RecordedRequest("GET", "/users", null, Map.of(), "", 200);

    assertThat(r.receivedAt()).isEqualTo(Instant.EPOCH);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r).isEqualTo(new RecordedRequest("GET", "/users", null, Map.of(), "", 200));
  }

  @Test
  void requests_areRecordedWithSecretsRedacted() {
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    http.get("/users?limit=2");
    List<RecordedRequest> requests = sis.requests();
    assertThat(requests).hasSize(3);
    RecordedRequest token = requests.get(0);
    assertThat(token.method()).isEqualTo("POST");
    assertThat(token.path()).isEqualTo("/oauth/token");
    assertThat(token.header("Authorization")).isEqualTo("<redacted>");
    assertThat(token.status()).isEqualTo(200);
    RecordedRequest put = requests.get(1);
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.path()).isEqualTo("/ims/oneroster/v1p1/lineItems/li-1");
    assertThat(put.body()).contains("\"title\":\"Quiz\"");
    assertThat(put.status()).isEqualTo(201);
    assertThat(put.header("authorization")).isEqualTo("<redacted>");
    assertThat(put.toString()).doesNotContain(http.token);
    RecordedRequest get = requests.get(2);
    assertThat(get.query()).isEqualTo("limit=2");
    assertThat(get.body()).isEmpty();
    sis.clearRequests();
    assertThat(sis.requests()).isEmpty();
  }

  @Test
  void gradebook_exposesStoredItemsAsModelTypes() {
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    http.put(
        "/results/r-1",
        result("r-1", "li-1", "student-1", j("'score':300,'scoreStatus':'exempt'")));
    GradebookState gradebook = sis.gradebook();
    LineItem li = gradebook.lineItem("li-1").orElseThrow();
    assertThat(li.title()).isEqualTo("Quiz");
    assertThat(li.schoolClass().sourcedId()).isEqualTo("class-1");
    assertThat(li.resultValueMax()).isEqualTo(100.0);
    Result r = gradebook.result("r-1").orElseThrow();
    assertThat(r.score()).isEqualTo(300.0);
    assertThat(r.scoreStatus()).isEqualTo(ScoreStatus.EXEMPT);
    assertThat(gradebook.resultsFor("li-1")).containsExactly(r);
    assertThat(gradebook.resultsForClass("class-1")).containsExactly(r);
    assertThat(gradebook.lineItemsFor("class-1")).containsExactly(li);
    assertThat(gradebook.lineItemCountsByClass())
        .containsExactly(java.util.Map.entry("class-1", 1));
    assertThat(gradebook.lineItemCount("class-2")).isZero();
    assertThat(gradebook.resultCount("li-1")).isEqualTo(1);
    assertThat(gradebook.categories()).extracting(Category::title).contains("Homework");
    assertThat(gradebook.resultJson("r-1").orElseThrow()).contains("\"score\":300");
    assertThat(gradebook.lineItemJson("nope")).isEmpty();
    gradebook
        .assertNoDuplicateLineItems()
        .assertNoDuplicateResults()
        .assertLineItemCount("class-1", 1);
  }

  @Test
  void duplicateAssertions_failWithTheDuplicates() {
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    http.put("/lineItems/li-2", lineItem("li-2", "class-1", "Quiz"));
    assertThatThrownBy(() -> sis.gradebook().assertNoDuplicateLineItems())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("li-1")
        .hasMessageContaining("li-2");
    http.put("/results/r-1", result("r-1", "li-1", "student-1", j("'scoreStatus':'submitted'")));
    http.put("/results/r-2", result("r-2", "li-1", "student-1", j("'scoreStatus':'submitted'")));
    assertThatThrownBy(() -> sis.gradebook().assertNoDuplicateResults())
        .hasMessageContaining("r-1")
        .hasMessageContaining("r-2");
    assertThatThrownBy(() -> sis.gradebook().assertLineItemCount("class-1", 1))
        .hasMessageContaining("Quiz");
  }

  @Test
  void gradebook_seedsItemsTheSisAlreadyHas_untilReset() {
    sis.gradebook()
        .put(Category.builder().sourcedId("cat-x").title("Projects").build())
        .put(
            LineItem.builder()
                .sourcedId("li-old")
                .title("Teacher-made")
                .schoolClass(GuidRef.of("class-1", GuidRefType.CLASS))
                .resultValueMax(10.0)
                .build())
        .put(
            Result.builder()
                .sourcedId("r-old")
                .lineItem(GuidRef.of("li-old", GuidRefType.LINE_ITEM))
                .student(GuidRef.of("student-1", GuidRefType.STUDENT))
                .scoreStatus(ScoreStatus.FULLY_GRADED)
                .score(9.0)
                .build());
    assertThat(http.get("/classes/class-1/lineItems").ids("lineItems")).containsExactly("li-old");
    assertThat(
            http.get("/classes/class-1/lineItems/li-old/results")
                .json()
                .at("/results/0/score")
                .asDouble())
        .isEqualTo(9.0);
    assertThat(http.get("/categories/cat-x").status).isEqualTo(200);
    sis.reset();
    assertThat(http.get("/lineItems").ids("lineItems")).isEmpty();
    assertThat(http.get("/categories/cat-x").status).isEqualTo(404);
  }
}
