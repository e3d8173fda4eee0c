package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.model.ScoreStatus;

class GradebookJsonTest {

  static final String DESIGN_EXAMPLE =
      """
      {"namespace": "my-lms",
       "classes": [{"classSourcedId": "cls-1",
         "assignments": [{"id": "a1", "title": "Quiz 1", "description": "…",
           "assignDate": "2026-09-01T00:00:00Z", "dueDate": "2026-09-08T23:59:00Z",
           "maxPoints": 100, "category": "Quizzes", "deleted": false,
           "grades": [{"studentSourcedId": "s-1", "score": 95, "status": "fully graded", "comment": "…"},
                      {"studentEmail": "kim@example.edu", "status": "exempt"},
                      {"studentSourcedId": "s-3", "deleted": true}]}]}]}
      """;

  private static Gradebook parse(String json) {
    return Gradebook.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fromJson_readsTheDesignExample() {
    Gradebook gb = parse(DESIGN_EXAMPLE);

    assertThat(gb.namespace()).isEqualTo("my-lms");
    assertThat(gb.classes()).hasSize(1);
    GradebookClass c = gb.classes().get(0);
    assertThat(c.classSourcedId()).isEqualTo("cls-1");
    Assignment a = c.assignments().get(0);
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.title()).isEqualTo("Quiz 1");
    assertThat(a.description()).isEqualTo("…");
    assertThat(a.assignDate()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
    assertThat(a.dueDate()).isEqualTo(Instant.parse("2026-09-08T23:59:00Z"));
    assertThat(a.maxPoints()).isEqualTo(100.0);
    assertThat(a.category()).isEqualTo("Quizzes");
    assertThat(a.deleted()).isFalse();
    assertThat(a.grades())
        .containsExactly(
            Grade.builder()
                .studentSourcedId("s-1")
                .score(95)
                .status(ScoreStatus.FULLY_GRADED)
                .comment("…")
                .build(),
            Grade.builder().studentEmail("kim@example.edu").status(ScoreStatus.EXEMPT).build(),
            Grade.builder().studentSourcedId("s-3").deleted(true).build());
  }

  @Test
  void fromJson_isLenientWithStringNumbersBooleansAndOffsets() {
    Gradebook gb =
        parse(
            """
            {"classes":[{"classSourcedId":12345,"assignments":[{"id":7,"title":"T",
              "maxPoints":"10.5","deleted":"false","dueDate":"2026-09-08T20:00:00-04:00",
              "grades":[{"studentSourcedId":"s","score":"9","status":"ext:late"}]}]}]}
            """);

    Assignment a = gb.classes().get(0).assignments().get(0);
    assertThat(gb.namespace()).isNull();
    assertThat(gb.classes().get(0).classSourcedId()).isEqualTo("12345");
    assertThat(a.id()).isEqualTo("7");
    assertThat(a.maxPoints()).isEqualTo(10.5);
    assertThat(a.dueDate()).isEqualTo(Instant.parse("2026-09-09T00:00:00Z"));
    assertThat(a.grades().get(0).score()).isEqualTo(9.0);
    assertThat(a.grades().get(0).status().value()).isEqualTo("ext:late");
    assertThat(a.grades().get(0).status().isKnown()).isFalse();
  }

  @Test
  void fromJson_listsEveryProblemWithItsJsonPath() {
    String json =
        """
        {"classes":[{"classSourcedId":"c","assignments":[
          {"id":"a0","maxPoints":1},
          {"id":"a1","maxPoints":1},
          {"id":"a2","maxPoints":"ten","dueDate":"next friday","deleted":"maybe",
           "grades":[{"score":1},{"studentSourcedId":"s","score":[1]}]}]},
         {"assignments":[]}]}
        """;

    assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(ValidationException.Violation::field)
                    .containsExactly(
                        "classes[0].assignments[2].grades[0]",
                        "classes[0].assignments[2].grades[1].score",
                        "classes[0].assignments[2].dueDate",
                        "classes[0].assignments[2].maxPoints",
                        "classes[0].assignments[2].deleted",
                        "classes[1].classSourcedId"))
        .hasMessageContaining("classes[0].assignments[2].maxPoints: expected a number, got \"ten\"")
        .hasMessageContaining("2026-09-08T23:59:00Z");
  }

  @Test
  void fromJson_reportsMalformedJsonWithLineAndColumn() {
    assertThatThrownBy(() -> parse("{\"classes\": [\n  {\"classSourcedId\": }]}"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("line 2, column 22: not valid JSON: expected a value, found '}'");
  }

  @Test
  void fromJson_describesMalformedJsonInPlainWords_neverWithTheParsersText() {
    String[][] cases = {
      {"{\"classes\": [", "line 1, column 14", "the file ends before the JSON is complete"},
      {"{\"classes\": [],}", "line 1", "expected a key in double quotes, found '}'"},
      {"{\"classes\": [] \"namespace\": \"x\"}", "line 1", "expected a comma or } after a value"},
      {"{\"classes\": [1 2]}", "line 1", "expected a comma or ] after a value, found '2'"},
      {"{\"classes\" []}", "line 1", "expected a colon after the key, found '['"},
      {"{'classes': []}", "line 1, column 2", "found ' where JSON needs double quotes"},
      {"{\"namespace\": lms, \"classes\": []}", "line 1", "unexpected word lms"},
      {"{\"classes\": [], \"classes\": []}", "line 1", "the key \"classes\" appears twice"},
      {"{\"classes\": []} {}", "line 1", "more text after the end of the gradebook object"},
      {"{\"classes\": [], \"namespace\": \"a\nb\"}", "line 1", "a control character"},
      {"", "$", "the file is empty"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> parse(c[0]))
          .as(c[0])
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining(c[1])
          .hasMessageContaining(c[2])
          .hasMessageNotContainingAny(
              "Unexpected character", "(code ", "Source", "REDACTED", "was expecting", "token");
    }
  }

  @Test
  void fromJson_refusesUnknownKeysByNameWithTheirPath() {
    String json =
        """
        {"namespace": "lms", "clases": [],
         "classes": [{"classSourcedId": "c", "assignment": [],
           "assignments": [{"id": "a1", "title": "Quiz", "maxPoint": 10,
             "grades": [{"studentSourcedId": "s", "Score": 9, "extraCredit": true}]}]}]}
        """;

    assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(ValidationException.Violation::field)
                    .containsExactlyInAnyOrder(
                        "clases",
                        "classes[0].assignment",
                        "classes[0].assignments[0].maxPoint",
                        "classes[0].assignments[0].grades[0].Score",
                        "classes[0].assignments[0].grades[0].extraCredit"))
        .hasMessageContaining(
            "classes[0].assignments[0].maxPoint: unknown key; did you mean \"maxPoints\"?")
        .hasMessageContaining("clases: unknown key; did you mean \"classes\"?")
        .hasMessageContaining("grades[0].Score: unknown key; did you mean \"score\"?")
        .hasMessageContaining(
            "extraCredit: unknown key. Keys here: comment, deleted, score, status, studentEmail,"
                + " studentSourcedId");
  }

  @Test
  void theJsonSchema_namesExactlyTheKeysTheReaderAccepts() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Gradebook.jsonSchema());

    assertThat(keys(schema)).isEqualTo(GradebookJson.ROOT_KEYS);
    assertThat(keys(schema.at("/$defs/class"))).isEqualTo(GradebookJson.CLASS_KEYS);
    assertThat(keys(schema.at("/$defs/assignment"))).isEqualTo(GradebookJson.ASSIGNMENT_KEYS);
    assertThat(keys(schema.at("/$defs/grade"))).isEqualTo(GradebookJson.GRADE_KEYS);
    for (String object : new String[] {"", "/$defs/class", "/$defs/assignment", "/$defs/grade"}) {
      assertThat(schema.at(object + "/additionalProperties").asBoolean(true))
          .as("%s refuses unknown keys", object)
          .isFalse();
    }
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void fromJson_acceptsASchemaReference() {
    assertThat(parse("{\"$schema\": \"./gradebook.schema.json\", \"classes\": []}").classes())
        .isEmpty();
  }

  @Test
  void fromJson_requiresClasses() {
    assertThatThrownBy(() -> parse("{\"namespace\":\"x\"}"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("classes: missing");
    assertThatThrownBy(() -> parse("[1]"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("expected a JSON object");
  }

  @Test
  void fromJson_readsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gradebook.json");
    Files.writeString(file, DESIGN_EXAMPLE);
    assertThat(Gradebook.fromJson(file).assignmentCount()).isEqualTo(1);
  }

  @Test
  void grade_toStringHidesStudentData() {
    Grade g = Grade.builder().studentEmail("kim@example.edu").score(42).comment("weak").build();
    assertThat(g.toString()).doesNotContain("kim", "42", "weak");
  }
}
