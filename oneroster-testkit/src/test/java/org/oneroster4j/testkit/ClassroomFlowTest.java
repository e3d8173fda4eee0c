package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.testkit.TestHttp.filter;
import static org.oneroster4j.testkit.TestHttp.j;
import static org.oneroster4j.testkit.TestHttp.lineItem;
import static org.oneroster4j.testkit.TestHttp.result;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Google Classroom 1.1 "basic grade sync" conformance flow, end to end over plain HTTP. */
class ClassroomFlowTest {
  static FakeSis sis;

  @BeforeAll
  static void start() {
    sis = FakeSis.builder().build().start();
  }

  @AfterAll
  static void stop() {
    sis.close();
  }

  @Test
  void classroomGradeSync_passesEveryStep() {
    TestHttp http = TestHttp.withToken(sis);

    // Find the teacher by email, page size 10,000.
    String email = sis.teacherEmail();
    TestHttp.Response teachers =
        http.get("/teachers" + filter("email='" + email + "'") + "&limit=10000");
    assertThat(teachers.status).isEqualTo(200);
    JsonNode users = teachers.json().get("users");
    assertThat(users).hasSize(1);
    assertThat(users.get(0).get("email").asText()).isEqualTo(email);
    String teacherId = users.get(0).get("sourcedId").asText();

    // The teacher's active classes.
    TestHttp.Response classes =
        http.get(
            "/teachers/" + teacherId + "/classes" + filter("status='active'") + "&limit=10000");
    assertThat(classes.status).isEqualTo(200);
    assertThat(classes.ids("classes")).isNotEmpty();
    classes
        .json()
        .get("classes")
        .forEach(c -> assertThat(c.get("status").asText()).isEqualTo("active"));
    String classId = classes.ids("classes").get(0);

    // The roster carries emails.
    TestHttp.Response students = http.get("/classes/" + classId + "/students?limit=10000");
    assertThat(students.status).isEqualTo(200);
    JsonNode roster = students.json().get("users");
    assertThat(roster).isNotEmpty();
    roster.forEach(
        u -> {
          assertThat(u.get("email").asText()).contains("@");
          assertThat(u.get("role").asText()).isEqualTo("student");
        });
    String studentId = roster.get(0).get("sourcedId").asText();

    // Create a lineItem (201), then edit it with a 112-character title (200).
    String lineItemId = "li-flow-1";
    assertThat(
            http.put("/lineItems/" + lineItemId, lineItem(lineItemId, classId, "New test item"))
                .status)
        .isEqualTo(201);
    String longTitle = "T".repeat(112);
    TestHttp.Response edit =
        http.put("/lineItems/" + lineItemId, lineItem(lineItemId, classId, longTitle));
    assertThat(edit.status).isEqualTo(200);
    assertThat(edit.json().get("lineItem").get("title").asText()).isEqualTo(longTitle);
    TestHttp.Response lineItems = http.get("/classes/" + classId + "/lineItems?limit=10000");
    assertThat(lineItems.ids("lineItems")).containsExactly(lineItemId);
    assertThat(lineItems.json().get("lineItems").get(0).get("title").asText()).hasSize(112);

    // A result, then extra credit, then exempt: each read back as sent.
    String resultId = "res-flow-1";
    String resultsPath = "/classes/" + classId + "/lineItems/" + lineItemId + "/results";
    TestHttp.Response created =
        http.put(
            "/results/" + resultId,
            result(resultId, lineItemId, studentId, j("'score':80,'scoreStatus':'fully graded'")));
    assertThat(created.status).isIn(200, 201);
    assertThat(readResult(http, resultsPath, resultId).get("score").isNumber()).isTrue();
    assertThat(readResult(http, resultsPath, resultId).get("score").asDouble()).isEqualTo(80);

    assertThat(
            http.put(
                    "/results/" + resultId,
                    result(
                        resultId,
                        lineItemId,
                        studentId,
                        j("'score':300,'scoreStatus':'fully graded'")))
                .status)
        .isEqualTo(200);
    JsonNode extraCredit = readResult(http, resultsPath, resultId);
    assertThat(extraCredit.get("score").isNumber()).isTrue();
    assertThat(extraCredit.get("score").asDouble()).isEqualTo(300);

    assertThat(
            http.put(
                    "/results/" + resultId,
                    result(resultId, lineItemId, studentId, j("'score':80,'scoreStatus':'exempt'")))
                .status)
        .isEqualTo(200);
    assertThat(readResult(http, resultsPath, resultId).get("scoreStatus").asText())
        .isEqualTo("exempt");

    // Delete the result: gone, not tobedeleted.
    assertThat(http.delete("/results/" + resultId).status).isIn(200, 204);
    assertThat(http.get(resultsPath).ids("results")).isEmpty();
    assertThat(http.get("/results/" + resultId).status).isEqualTo(404);

    // Delete the lineItem: gone.
    assertThat(http.delete("/lineItems/" + lineItemId).status).isIn(200, 204);
    assertThat(http.get("/classes/" + classId + "/lineItems").ids("lineItems")).isEmpty();
    assertThat(http.get("/lineItems").ids("lineItems")).doesNotContain(lineItemId);

    // Categories, then a lineItem with a category.
    TestHttp.Response categories = http.get("/categories?limit=10000");
    assertThat(categories.status).isEqualTo(200);
    String categoryId = categories.ids("categories").get(0);
    assertThat(http.get("/classes/" + classId + "/categories?limit=10000").ids("categories"))
        .contains(categoryId);
    String withCategory =
        j(
            "{'lineItem':{'sourcedId':'li-flow-2','title':'With category','resultValueMin':0,"
                + "'resultValueMax':100,'assignDate':'2026-09-01T10:00:00.000Z',"
                + "'dueDate':'2026-09-02T10:00:00.000Z','class':{'sourcedId':'"
                + classId
                + "'},'category':{'sourcedId':'"
                + categoryId
                + "'}}}");
    TestHttp.Response put = http.put("/lineItems/li-flow-2", withCategory);
    assertThat(put.status).isEqualTo(201);
    assertThat(put.json().at("/lineItem/category/sourcedId").asText()).isEqualTo(categoryId);

    // Grading periods through the class's first term.
    TestHttp.Response cls =
        http.get("/classes" + filter("sourcedId='" + classId + "'") + "&limit=10000");
    assertThat(cls.ids("classes")).containsExactly(classId);
    String termId = cls.json().at("/classes/0/terms/0/sourcedId").asText();
    TestHttp.Response periods = http.get("/terms/" + termId + "/gradingPeriods?limit=10000");
    assertThat(periods.status).isEqualTo(200);
    JsonNode sessions = periods.json().get("academicSessions");
    assertThat(sessions).isNotEmpty();
    sessions.forEach(
        gp -> {
          assertThat(gp.get("type").asText()).isEqualTo("gradingPeriod");
          assertThat(gp.get("title").asText()).isNotBlank();
          assertThat(gp.get("startDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
          assertThat(gp.get("endDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
          assertThat(gp.get("schoolYear").asText()).isEqualTo("2027");
          assertThat(gp.at("/parent/sourcedId").asText()).isEqualTo(termId);
        });
  }

  private static JsonNode readResult(TestHttp http, String path, String id) {
    TestHttp.Response r = http.get(path);
    assertThat(r.status).isEqualTo(200);
    for (JsonNode node : r.json().get("results")) {
      if (node.get("sourcedId").asText().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("result " + id + " not in " + r.body);
  }
}
