package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ClassLinker;
import org.oneroster4j.export.ConnectionCheck;
import org.oneroster4j.export.Diagnosis;
import org.oneroster4j.export.ExportPlan;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.export.ItemKind;
import org.oneroster4j.export.StableIds;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.testsupport.Json;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Recorded;
import org.oneroster4j.testsupport.TestServer.Reply;

/**
 * A sourcedId {@code .} or {@code ..} that came from the SIS never reaches a request path: behind a
 * server that normalises paths, {@code /teachers/../classes} is every class of the district. The
 * client refuses it with a ProtocolException naming the id and where it came from.
 */
class DotSegmentIdsTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private OneRosterClient client(Function<Recorded, Reply> handler) {
    server.handler(handler);
    return OneRosterClient.builder()
        .url(server.baseUrl())
        .credentials(Credentials.oauth1("key", "secret"))
        .build();
  }

  private void assertNoDotSegmentSent() {
    for (Recorded r : server.requests()) {
      assertThat(("/" + r.relativePath() + "/").replace("//", "/"))
          .doesNotContain("/../")
          .doesNotContain("/./");
    }
  }

  private static Reply teachers(String id) {
    return Reply.json(200, "{\"users\":[" + Json.user(id, "teacher", "kim@example.org") + "]}");
  }

  private static String schoolClass(String id, String courseId, String termId) {
    return "{\"sourcedId\":\""
        + id
        + "\",\"status\":\"active\",\"title\":\"Class\",\"classType\":\"scheduled\","
        + "\"course\":{\"sourcedId\":\""
        + courseId
        + "\",\"type\":\"course\"},\"school\":{\"sourcedId\":\"s1\",\"type\":\"org\"},"
        + "\"terms\":[{\"sourcedId\":\""
        + termId
        + "\",\"type\":\"academicSession\"}]}";
  }

  @Test
  void teacherClasses_teacherIdDotDot_fromTheSis_isRefused_namingTheIdAndItsSource() {
    try (OneRosterClient client =
        client(r -> r.relativePath().equals("/teachers") ? teachers("..") : Reply.status(500))) {
      assertThatThrownBy(() -> client.teacherClasses("kim@example.org"))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("'..'")
          .hasMessageContaining("teacher")
          .hasMessageContaining("GET /teachers?filter=email");
    }
    assertThat(server.requests()).extracting(Recorded::relativePath).containsOnly("/teachers");
    assertNoDotSegmentSent();
  }

  @Test
  void linker_refusesADotTeacher_aDotClass_aDotCourse_andADotTerm() {
    for (String[] ids :
        List.of(
            new String[] {".", "c-1", "co-1", "t-1", "'.'", "GET /teachers?filter=email"},
            new String[] {"t-1", "..", "co-1", "t-1", "'..'", "GET /teachers/t-1/classes"},
            new String[] {"t-1", "c-1", "..", "t-1", "'..'", "class c-1"},
            new String[] {"t-1", "c-1", "co-1", ".", "'.'", "class c-1"})) {
      server.clear();
      try (OneRosterClient client =
          client(
              r ->
                  switch (r.relativePath()) {
                    case "/teachers" -> teachers(ids[0]);
                    case "/teachers/t-1/classes" ->
                        Reply.json(
                            200, "{\"classes\":[" + schoolClass(ids[1], ids[2], ids[3]) + "]}");
                    default -> Reply.status(404);
                  })) {
        assertThatThrownBy(() -> ClassLinker.of(client).linkableClasses("kim@example.org"))
            .isInstanceOf(ProtocolException.class)
            .hasMessageContaining(ids[4])
            .hasMessageContaining(ids[5]);
      }
      assertNoDotSegmentSent();
    }
  }

  @Test
  void connectionCheck_classIdDotDot_fromTheSis_isNeverRequested() {
    try (OneRosterClient client =
        client(
            r ->
                switch (r.relativePath()) {
                  case "/teachers" -> teachers("t-1");
                  case "/classes" ->
                      Reply.json(200, "{\"classes\":[" + schoolClass("..", "co", "t") + "]}");
                  default -> Reply.status(404);
                })) {
      Diagnosis d = ConnectionCheck.of(client).run();
      assertThat(d.ok()).isFalse();
      assertThat(d.message()).contains("'..'").contains("GET /classes?limit=1");
    }
    assertNoDotSegmentSent();
  }

  private static final StableIds IDS = StableIds.forNamespace("ns");

  @Test
  void export_resultIdDotDot_listedByTheSis_isNotDeleted_andIsReportedAsAFailure() {
    String lineItemId = IDS.lineItemId("c-1", "a1");
    String lineItem =
        "{\"sourcedId\":\""
            + lineItemId
            + "\",\"status\":\"active\",\"title\":\"Quiz\",\"class\":{\"sourcedId\":\"c-1\","
            + "\"type\":\"class\"},\"resultValueMin\":0,\"resultValueMax\":10}";
    String result =
        "{\"sourcedId\":\"..\",\"status\":\"active\",\"lineItem\":{\"sourcedId\":\""
            + lineItemId
            + "\",\"type\":\"lineItem\"},\"student\":{\"sourcedId\":\"s-1\",\"type\":\"user\"},"
            + "\"scoreStatus\":\"fully graded\",\"score\":5}";
    try (OneRosterClient client =
        client(
            r ->
                switch (r.relativePath()) {
                  case "/classes/c-1/lineItems" ->
                      Reply.json(200, "{\"lineItems\":[" + lineItem + "]}");
                  case "/classes/c-1/results" -> Reply.json(200, "{\"results\":[" + result + "]}");
                  case "/classes/c-1/students" -> Reply.json(200, Json.users(0, 0));
                  case "/classes/c-1/categories" -> Reply.json(200, "{\"categories\":[]}");
                  default -> Reply.status(204);
                })) {
      Gradebook gradebook =
          Gradebook.builder()
              .namespace("ns")
              .classes(
                  List.of(
                      GradebookClass.builder()
                          .classSourcedId("c-1")
                          .assignments(List.of(Assignment.builder().id("a1").deleted(true).build()))
                          .build()))
              .build();
      ExportReport report = GradeExporter.of(client).export(gradebook);

      assertThat(report.failures())
          .anySatisfy(
              f -> {
                assertThat(f.kind()).isEqualTo(ItemKind.RESULT);
                assertThat(f.message()).contains("'..'").contains("GET /classes/c-1/results");
              });
    }
    assertThat(server.requests()).noneMatch(r -> r.method().equals("DELETE"));
    assertNoDotSegmentSent();
  }

  @Test
  void export_termIdDotDot_ofTheClass_failsTheClass_beforeReadingItsGradingPeriods() {
    try (OneRosterClient client =
        client(
            r ->
                switch (r.relativePath()) {
                  case "/classes/c-1" ->
                      Reply.json(200, "{\"class\":" + schoolClass("c-1", "co", "..") + "}");
                  case "/classes/c-1/lineItems" -> Reply.json(200, "{\"lineItems\":[]}");
                  case "/classes/c-1/results" -> Reply.json(200, "{\"results\":[]}");
                  case "/classes/c-1/students" -> Reply.json(200, Json.users(0, 0));
                  default -> Reply.json(200, "{\"categories\":[]}");
                })) {
      Gradebook gradebook =
          Gradebook.builder()
              .classes(
                  List.of(
                      GradebookClass.builder()
                          .classSourcedId("c-1")
                          .assignments(List.of(Assignment.builder().id("a1").title("Q").build()))
                          .build()))
              .build();
      ExportPlan plan =
          GradeExporter.of(client)
              .lineItemRules(
                  LineItemRules.specification().toBuilder()
                      .gradingPeriodPolicy(GradingPeriodPolicy.PICK_BY_DUE_DATE)
                      .build())
              .plan(gradebook);
      assertThat(plan.failures())
          .anySatisfy(f -> assertThat(f.message()).contains("'..'").contains("class c-1"));
    }
    assertNoDotSegmentSent();
  }

  @Test
  void gradebookFile_withAClassIdDotDot_isRefusedBeforeAnyRequest() {
    String json =
        "{\"classes\":[{\"classSourcedId\":\"..\",\"assignments\":[{\"id\":\"a1\",\"title\":"
            + "\"Quiz\",\"dueDate\":\"2026-09-08T23:59:00Z\",\"maxPoints\":10}]}]}";
    assertThatThrownBy(
            () ->
                Gradebook.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("classes[0].classSourcedId")
        .hasMessageContaining("dot segment");
  }
}
