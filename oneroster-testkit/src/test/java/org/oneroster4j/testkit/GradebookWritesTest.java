package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.testkit.TestHttp.j;
import static org.oneroster4j.testkit.TestHttp.lineItem;
import static org.oneroster4j.testkit.TestHttp.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT and DELETE of categories, lineItems and results. */
class GradebookWritesTest {
  final MutableClock clock = new MutableClock(Instant.parse("2026-09-10T08:00:00Z"));
  FakeSis sis;
  TestHttp http;

  @BeforeEach
  void start() {
    sis = FakeSis.builder().clock(clock).build().start();
    http = TestHttp.withToken(sis);
  }

  @AfterEach
  void stop() {
    sis.close();
  }

  @Test
  void putLineItem_createsWith201_updatesWith200_andEchoesTheBody() {
    TestHttp.Response created = http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    assertThat(created.status).isEqualTo(201);
    JsonNode echo = created.json().get("lineItem");
    assertThat(echo.get("sourcedId").asText()).isEqualTo("li-1");
    assertThat(echo.get("title").asText()).isEqualTo("Quiz");
    assertThat(echo.get("status").asText()).isEqualTo("active");
    assertThat(echo.get("dateLastModified").asText()).isEqualTo("2026-09-10T08:00:00.000Z");
    TestHttp.Response updated = http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz 2"));
    assertThat(updated.status).isEqualTo(200);
    assertThat(http.get("/lineItems/li-1").json().at("/lineItem/title").asText())
        .isEqualTo("Quiz 2");
    assertThat(http.get("/lineItems").ids("lineItems")).containsExactly("li-1");
  }

  @Test
  void collectionReads_showTheLatestPut_afterTheOldVersionWasServed() {
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    http.put(
        "/results/r-1",
        result("r-1", "li-1", "student-1", j("'score':1,'scoreStatus':'fully graded'")));
    // Served once: the store keeps the written JSON of these versions.
    assertThat(http.get("/classes/class-1/results").json().at("/results/0/score").asInt())
        .isEqualTo(1);
    assertThat(http.get("/lineItems").json().at("/lineItems/0/title").asText()).isEqualTo("Quiz");

    http.put(
        "/results/r-1",
        result("r-1", "li-1", "student-1", j("'score':2,'scoreStatus':'fully graded'")));
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz 2"));
    assertThat(http.get("/classes/class-1/results").json().at("/results/0/score").asInt())
        .isEqualTo(2);
    assertThat(http.get("/results").json().at("/results/0/score").asInt()).isEqualTo(2);
    assertThat(http.get("/lineItems").json().at("/lineItems/0/title").asText()).isEqualTo("Quiz 2");
    // A field selection is cut from the stored object, not the written JSON.
    JsonNode picked = http.get("/results?fields=sourcedId,score").json().at("/results/0");
    assertThat(picked.size()).isEqualTo(2);
    assertThat(picked.get("score").asInt()).isEqualTo(2);

    http.delete("/results/r-1");
    assertThat(http.get("/classes/class-1/results").ids("results")).isEmpty();
    sis.reset();
    assertThat(http.get("/lineItems").ids("lineItems")).isEmpty();
  }

  @Test
  void putLineItem_keepsUnknownFieldsAndMetadataAsSent() {
    String body =
        j(
            "{'lineItem':{'sourcedId':'li-m','title':'T','class':{'sourcedId':'class-1'},"
                + "'resultValueMax':10,'metadata':{'lms.id':'a1'},'vendorThing':[1,2]}}");
    assertThat(http.put("/lineItems/li-m", body).status).isEqualTo(201);
    JsonNode stored = http.get("/lineItems/li-m").json().get("lineItem");
    assertThat(stored.at("/metadata/lms.id").asText()).isEqualTo("a1");
    assertThat(stored.get("vendorThing")).hasSize(2);
    assertThat(stored.get("resultValueMax").isNumber()).isTrue();
  }

  @Test
  void putLineItem_validationErrors_are4xxWithStatusInfo() {
    assertInvalid(
        http.put(
            "/lineItems/li-x",
            j("{'lineItem':{'sourcedId':'li-x','class':{'sourcedId':'class-1'}}}")),
        422,
        "title is required");
    assertInvalid(
        http.put("/lineItems/li-x", j("{'lineItem':{'sourcedId':'li-x','title':'T'}}")),
        422,
        "class is required");
    assertInvalid(
        http.put("/lineItems/li-x", lineItem("li-x", "class-999", "T")),
        422,
        "class 'class-999' does not exist");
    assertInvalid(
        http.put("/lineItems/li-x", lineItem("li-y", "class-1", "T")),
        422,
        "does not match the path id");
    assertInvalid(
        http.put(
            "/lineItems/li-x", j("{'lineItem':{'title':'T','class':{'sourcedId':'class-1'}}}")),
        422,
        "sourcedId is required");
    assertInvalid(
        http.put(
            "/lineItems/li-x",
            j(
                "{'lineItem':{'sourcedId':'li-x','title':'T','class':{'sourcedId':'class-1'},"
                    + "'resultValueMax':'a lot','dueDate':'next week'}}")),
        422,
        "resultValueMax must be a JSON number");
    assertInvalid(
        http.put(
            "/lineItems/li-x",
            j(
                "{'lineItem':{'sourcedId':'li-x','title':'T','class':{'sourcedId':'class-1'},"
                    + "'category':{'sourcedId':'cat-nope'}}}")),
        422,
        "category 'cat-nope' does not exist");
    assertInvalid(
        http.put(
            "/lineItems/li-x",
            j(
                "{'lineItem':{'sourcedId':'li-x','title':'T','class':{'sourcedId':'class-1'},"
                    + "'gradingPeriod':{'sourcedId':'term-1'}}}")),
        422,
        "is not a grading period");
    assertInvalid(http.put("/lineItems/li-x", "{not json"), 400, "not valid JSON");
    assertInvalid(
        http.put("/lineItems/li-x", j("{'result':{'sourcedId':'li-x'}}")), 400, "lineItem");
    assertThat(http.get("/lineItems").ids("lineItems")).isEmpty();
  }

  @Test
  void putLineItem_withGradingPeriodAndCategory_isStored() {
    String body =
        j(
            "{'lineItem':{'sourcedId':'li-g','title':'T','class':{'sourcedId':'class-1'},"
                + "'category':{'sourcedId':'cat-quizzes'},"
                + "'gradingPeriod':{'sourcedId':'gp-1','type':'academicSession'}}}");
    assertThat(http.put("/lineItems/li-g", body).status).isEqualTo(201);
  }

  @Test
  void putResult_validationErrors_are422() {
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    assertInvalid(
        http.put(
            "/results/r-1",
            result("r-1", "li-1", "student-999", j("'score':1,'scoreStatus':'fully graded'"))),
        422,
        "student 'student-999' does not exist");
    assertInvalid(
        http.put(
            "/results/r-1",
            result("r-1", "li-1", "teacher-1", j("'score':1,'scoreStatus':'fully graded'"))),
        422,
        "student 'teacher-1' does not exist");
    assertInvalid(
        http.put(
            "/results/r-1",
            result("r-1", "li-nope", "student-1", j("'score':1,'scoreStatus':'fully graded'"))),
        422,
        "lineItem 'li-nope' does not exist");
    assertInvalid(
        http.put(
            "/results/r-1",
            result("r-1", "li-1", "student-11", j("'score':1,'scoreStatus':'fully graded'"))),
        422,
        "not enrolled in class 'class-1'");
    assertInvalid(
        http.put(
            "/results/r-1",
            result("r-1", "li-1", "student-1", j("'score':'eighty','scoreStatus':'fully graded'"))),
        422,
        "score must be a JSON number");
    assertInvalid(
        http.put("/results/r-1", result("r-1", "li-1", "student-1", j("'score':1"))),
        422,
        "scoreStatus is required");
    assertInvalid(
        http.put(
            "/results/r-1",
            result("r-1", "li-1", "student-1", j("'score':1,'scoreStatus':'late'"))),
        422,
        "scoreStatus must be one of");
    assertThat(http.get("/results").ids("results")).isEmpty();
  }

  @Test
  void putResult_keepsScoreAboveMaxAndExemptAsSent() {
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    assertThat(
            http.put(
                    "/results/r-1",
                    result("r-1", "li-1", "student-1", j("'score':300.5,'scoreStatus':'exempt'")))
                .status)
        .isEqualTo(201);
    JsonNode stored = http.get("/results/r-1").json().get("result");
    assertThat(stored.get("score").isNumber()).isTrue();
    assertThat(stored.get("score").asDouble()).isEqualTo(300.5);
    assertThat(stored.get("scoreStatus").asText()).isEqualTo("exempt");
    assertThat(http.get("/classes/class-1/results").ids("results")).containsExactly("r-1");
    assertThat(http.get("/classes/class-1/students/student-1/results").ids("results"))
        .containsExactly("r-1");
    assertThat(http.get("/classes/class-1/students/student-2/results").ids("results")).isEmpty();
    assertThat(http.get("/classes/class-2/results").ids("results")).isEmpty();
  }

  @Test
  void delete_removesFromEveryRead_andUnknownIs404() {
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    http.put(
        "/results/r-1",
        result("r-1", "li-1", "student-1", j("'score':1,'scoreStatus':'fully graded'")));
    TestHttp.Response deleted = http.delete("/results/r-1");
    assertThat(deleted.status).isEqualTo(204);
    assertThat(deleted.body).isEmpty();
    assertThat(http.get("/results/r-1").status).isEqualTo(404);
    assertThat(http.get("/results").ids("results")).isEmpty();
    assertThat(http.get("/classes/class-1/results").ids("results")).isEmpty();
    assertThat(http.get("/classes/class-1/lineItems/li-1/results").ids("results")).isEmpty();
    TestHttp.Response again = http.delete("/results/r-1");
    assertThat(again.status).isEqualTo(404);
    assertThat(again.codeMinor()).isEqualTo("unknownobject");
    assertThat(http.delete("/lineItems/nope").status).isEqualTo(404);
    assertThat(http.delete("/categories/nope").status).isEqualTo(404);
  }

  @Test
  void deleteLineItem_alsoDeletesItsResults() {
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    http.put(
        "/results/r-1",
        result("r-1", "li-1", "student-1", j("'score':1,'scoreStatus':'fully graded'")));
    assertThat(http.delete("/lineItems/li-1").status).isEqualTo(204);
    assertThat(http.get("/lineItems/li-1").status).isEqualTo(404);
    assertThat(http.get("/results").ids("results")).isEmpty();
    assertThat(http.get("/classes/class-1/lineItems").ids("lineItems")).isEmpty();
  }

  @Test
  void movingALineItemToAnotherClass_updatesClassReads() {
    http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz"));
    http.put("/lineItems/li-1", lineItem("li-1", "class-2", "Quiz"));
    assertThat(http.get("/classes/class-1/lineItems").ids("lineItems")).isEmpty();
    assertThat(http.get("/classes/class-2/lineItems").ids("lineItems")).containsExactly("li-1");
  }

  @Test
  void putCategory_createsUpdatesScopesAndDeletes() {
    String global = j("{'category':{'sourcedId':'cat-x','title':'Projects'}}");
    assertThat(http.put("/categories/cat-x", global).status).isEqualTo(201);
    assertThat(http.put("/categories/cat-x", global).status).isEqualTo(200);
    String scoped =
        j("{'category':{'sourcedId':'cat-c1','title':'Labs','metadata':{'classId':'class-1'}}}");
    assertThat(http.put("/categories/cat-c1", scoped).status).isEqualTo(201);
    assertThat(http.get("/categories").ids("categories")).contains("cat-x", "cat-c1");
    assertThat(http.get("/classes/class-1/categories").ids("categories"))
        .contains("cat-x", "cat-c1");
    assertThat(http.get("/classes/class-2/categories").ids("categories"))
        .contains("cat-x")
        .doesNotContain("cat-c1");
    assertInvalid(
        http.put("/categories/cat-y", j("{'category':{'sourcedId':'cat-y'}}")),
        422,
        "title is required");
    assertThat(http.delete("/categories/cat-x").status).isEqualTo(204);
    assertThat(http.get("/categories/cat-x").status).isEqualTo(404);
  }

  @Test
  void filterAndSort_workOnGradebookCollections() {
    http.put("/lineItems/li-a", lineItem("li-a", "class-1", "Alpha"));
    http.put(
        "/lineItems/li-b",
        j(
            "{'lineItem':{'sourcedId':'li-b','title':'Beta','class':{'sourcedId':'class-1'},"
                + "'resultValueMax':20}}"));
    assertThat(http.get("/lineItems" + TestHttp.filter("resultValueMax>'50'")).ids("lineItems"))
        .containsExactly("li-a");
    assertThat(http.get("/lineItems?sort=title&orderBy=desc").ids("lineItems"))
        .containsExactly("li-b", "li-a");
  }

  @Test
  void concurrentWrites_areAllStored_andEachIdIsCreatedOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String id = "li-" + (i % 50);
        String classId = "class-" + (1 + i % 6);
        tasks.add(() -> http.put("/lineItems/" + id, lineItem(id, classId, "T")).status);
      }
      int created = 0;
      for (Future<Integer> f : pool.invokeAll(tasks)) {
        int status = f.get();
        assertThat(status).isIn(200, 201);
        if (status == 201) {
          created++;
        }
      }
      assertThat(created).isEqualTo(50);
      assertThat(http.get("/lineItems?limit=1000").ids("lineItems"))
          .hasSize(50)
          .doesNotHaveDuplicates();
      int perClass = 0;
      for (int c = 1; c <= 6; c++) {
        perClass += http.get("/classes/class-" + c + "/lineItems").ids("lineItems").size();
      }
      assertThat(perClass).isEqualTo(50);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertInvalid(TestHttp.Response r, int status, String descriptionPart) {
    assertThat(r.status).as(r.body).isEqualTo(status);
    assertThat(r.codeMinor()).isEqualTo("invaliddata");
    assertThat(r.json().at("/statusInfoSet/0/imsx_codeMajor").asText()).isEqualTo("failure");
    assertThat(r.description()).contains(descriptionPart);
  }
}
