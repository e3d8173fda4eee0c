package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.testkit.FakeSisV12Test.G;
import static org.oneroster4j.testkit.FakeSisV12Test.R;
import static org.oneroster4j.testkit.FakeSisV12Test.assertSingleStatusObject;
import static org.oneroster4j.testkit.TestHttp.j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneroster4j.OneRosterScopes;
import org.oneroster4j.OneRosterVersion;

/** The OneRoster 1.2 assessment profile of the generic fake SIS, checked with plain HTTP calls. */
class FakeSisV12AssessmentTest {
  static final String ASSESSMENT_SCOPES =
      OneRosterScopes.uri(OneRosterVersion.V1_2, "assessment.readonly")
          + " "
          + OneRosterScopes.uri(OneRosterVersion.V1_2, "assessment.createput")
          + " "
          + OneRosterScopes.uri(OneRosterVersion.V1_2, "assessment.delete");

  final MutableClock clock = new MutableClock(Instant.parse("2026-10-02T08:00:00Z"));
  FakeSis sis;
  TestHttp http;

  @BeforeEach
  void start() {
    sis = FakeSis.builder().version(OneRosterVersion.V1_2).clock(clock).build().start();
    http = TestHttp.withToken(sis, ASSESSMENT_SCOPES);
  }

  @AfterEach
  void stop() {
    sis.close();
  }

  static String item(String id, String title, String more) {
    return j(
        "{'assessmentLineItem':{'sourcedId':'" + id + "','title':'" + title + "'" + more + "}}");
  }

  static String result(String id, String itemId, String studentId, String more) {
    return j(
        "{'assessmentResult':{'sourcedId':'"
            + id
            + "','assessmentLineItem':{'sourcedId':'"
            + itemId
            + "'},'student':{'sourcedId':'"
            + studentId
            + "'},'scoreStatus':'fully graded','scoreDate':'2026-10-02'"
            + more
            + "}}");
  }

  private void seedOneOfEach() {
    assertThat(http.put(G + "/assessmentLineItems/ali-1", item("ali-1", "Benchmark", "")).status)
        .isEqualTo(201);
    assertThat(
            http.put(G + "/assessmentResults/ar-1", result("ar-1", "ali-1", "student-1", ""))
                .status)
        .isEqualTo(201);
  }

  // ---- reads -----------------------------------------------------------------------------

  @ParameterizedTest(name = "GET {0}")
  @CsvSource({
    "/assessmentLineItems, assessmentLineItems",
    "/assessmentLineItems/ali-1, assessmentLineItem",
    "/assessmentResults, assessmentResults",
    "/assessmentResults/ar-1, assessmentResult"
  })
  void get_answers200WithItsEnvelope(String path, String key) {
    seedOneOfEach();
    TestHttp.Response r = http.get(G + path);
    assertThat(r.status).as(r.body).isEqualTo(200);
    JsonNode value = r.json().get(key);
    assertThat(value).as(r.body).isNotNull();
    if (value.isArray()) {
      assertThat(value).hasSize(1);
      assertThat(r.header("X-Total-Count")).isEqualTo("1");
    } else {
      assertThat(value.get("sourcedId").asText()).isIn("ali-1", "ar-1");
    }
  }

  @Test
  void collections_filterSortFieldsAndPage_likeTheOthers() {
    for (String[] t : new String[][] {{"a-3", "Gamma"}, {"a-1", "Alpha"}, {"a-2", "Beta"}}) {
      http.put(G + "/assessmentLineItems/" + t[0], item(t[0], t[1], ",'resultValueMax':50"));
    }
    assertThat(
            http.get(G + "/assessmentLineItems" + TestHttp.filter("title='Beta'"))
                .ids("assessmentLineItems"))
        .containsExactly("a-2");
    assertThat(http.get(G + "/assessmentLineItems?sort=title").ids("assessmentLineItems"))
        .containsExactly("a-1", "a-2", "a-3");
    TestHttp.Response page = http.get(G + "/assessmentLineItems?sort=title&limit=1&offset=1");
    assertThat(page.ids("assessmentLineItems")).containsExactly("a-2");
    assertThat(page.header("X-Total-Count")).isEqualTo("3");
    assertThat(page.header("Link")).contains("offset=2>; rel=\"next\"");
    JsonNode projected =
        http.get(G + "/assessmentLineItems/a-1?fields=sourcedId,title")
            .json()
            .get("assessmentLineItem");
    assertThat(projected.properties())
        .extracting(e -> e.getKey())
        .containsExactly("sourcedId", "title");
    TestHttp.Response unknownField = http.get(G + "/assessmentLineItems?fields=nope");
    assertThat(unknownField.status).isEqualTo(400);
    assertSingleStatusObject(unknownField, "invalid_selection_field");
  }

  // ---- assessment line items --------------------------------------------------------------

  @Test
  void putAssessmentLineItem_creates201_updates200_storesThe12Shape() {
    TestHttp.Response created =
        http.put(
            G + "/assessmentLineItems/ali-0",
            item("ali-0", "Unit benchmarks", ",'class':{'sourcedId':'class-1'}"));
    assertThat(created.status).as(created.body).isEqualTo(201);
    assertThat(created.body).isEmpty();
    String child =
        item(
            "ali-1",
            "Benchmark 1",
            ",'description':'Linear equations','class':{'sourcedId':'class-1'},"
                + "'parentAssessmentLineItem':{'sourcedId':'ali-0'},"
                + "'scoreScale':{'sourcedId':'scale-class-1'},'resultValueMin':0,'resultValueMax':60,"
                + "'learningObjectiveSet':[{'source':'case','learningObjectiveIds':['lo-1']}]");
    assertThat(http.put(G + "/assessmentLineItems/ali-1", child).status).isEqualTo(201);
    assertThat(http.put(G + "/assessmentLineItems/ali-1", child).status).isEqualTo(200);

    JsonNode stored = http.get(G + "/assessmentLineItems/ali-1").json().get("assessmentLineItem");
    assertThat(stored.get("status").asText()).isEqualTo("active");
    assertThat(stored.get("dateLastModified").asText()).isEqualTo("2026-10-02T08:00:00.000Z");
    assertThat(stored.get("resultValueMax").asInt()).isEqualTo(60);
    assertRef(stored.get("class"), "class-1", "class", "/rostering/v1p2/classes/class-1");
    assertRef(
        stored.get("parentAssessmentLineItem"),
        "ali-0",
        "assessmentLineItem",
        "/gradebook/v1p2/assessmentLineItems/ali-0");
    assertRef(
        stored.get("scoreScale"),
        "scale-class-1",
        "scoreScale",
        "/gradebook/v1p2/scoreScales/scale-class-1");
    assertThat(stored.at("/learningObjectiveSet/0/learningObjectiveIds/0").asText())
        .isEqualTo("lo-1");
  }

  @Test
  void putAssessmentLineItem_withoutATitle_is422NamingIt() {
    TestHttp.Response r =
        http.put(
            G + "/assessmentLineItems/ali-1",
            j("{'assessmentLineItem':{'sourcedId':'ali-1','class':{'sourcedId':'class-1'}}}"));
    assertThat(r.status).as(r.body).isEqualTo(422);
    assertSingleStatusObject(r, "invaliddata");
    assertThat(r.description()).contains("title");
    assertThat(http.get(G + "/assessmentLineItems/ali-1").status).isEqualTo(404);
  }

  @Test
  void putAssessmentLineItem_unknownReferences_selfParent_andNonNumericRange_are422() {
    TestHttp.Response r =
        http.put(
            G + "/assessmentLineItems/ali-1",
            item(
                "ali-1",
                "Benchmark",
                ",'class':{'sourcedId':'nope'},'parentAssessmentLineItem':{'sourcedId':'gone'},"
                    + "'scoreScale':{'sourcedId':'none'},'resultValueMax':'60'"));
    assertThat(r.status).isEqualTo(422);
    assertThat(r.description())
        .contains("class 'nope' does not exist")
        .contains("parentAssessmentLineItem 'gone' does not exist")
        .contains("scoreScale 'none' does not exist")
        .contains("resultValueMax must be a JSON number");
    http.put(G + "/assessmentLineItems/ali-1", item("ali-1", "Benchmark", ""));
    TestHttp.Response self =
        http.put(
            G + "/assessmentLineItems/ali-1",
            item("ali-1", "Benchmark", ",'parentAssessmentLineItem':{'sourcedId':'ali-1'}"));
    assertThat(self.status).isEqualTo(422);
    assertThat(self.description()).contains("must not be the assessment line item itself");
  }

  // ---- assessment results -----------------------------------------------------------------

  @Test
  void putAssessmentResult_creates201_updates200_keepsTheDateAndStringFlags() {
    http.put(G + "/assessmentLineItems/ali-1", item("ali-1", "Benchmark", ""));
    String body =
        j(
            "{'assessmentResult':{'sourcedId':'ar-1','assessmentLineItem':{'sourcedId':'ali-1'},"
                + "'student':{'sourcedId':'student-1'},'score':52.5,'textScore':'Proficient',"
                + "'scoreDate':'2026-10-02T08:00:00.000Z','scorePercentile':87.5,"
                + "'scoreStatus':'ext:retake','late':true,'missing':'false'}}");
    TestHttp.Response created = http.put(G + "/assessmentResults/ar-1", body);
    assertThat(created.status).as(created.body).isEqualTo(201);
    assertThat(created.body).isEmpty();
    assertThat(http.put(G + "/assessmentResults/ar-1", body).status).isEqualTo(200);

    JsonNode stored = http.get(G + "/assessmentResults/ar-1").json().get("assessmentResult");
    assertThat(stored.get("scoreDate").asText()).isEqualTo("2026-10-02");
    assertThat(stored.get("score").isNumber()).isTrue();
    assertThat(stored.get("scorePercentile").asDouble()).isEqualTo(87.5);
    assertThat(stored.get("scoreStatus").asText()).isEqualTo("ext:retake");
    assertThat(stored.get("late").isTextual()).isTrue();
    assertThat(stored.get("late").asText()).isEqualTo("true");
    assertThat(stored.get("missing").asText()).isEqualTo("false");
    assertThat(stored.has("class")).as("AssessmentResultDType has no class").isFalse();
    assertRef(
        stored.get("assessmentLineItem"),
        "ali-1",
        "assessmentLineItem",
        "/gradebook/v1p2/assessmentLineItems/ali-1");
    assertRef(stored.get("student"), "student-1", "user", "/rostering/v1p2/users/student-1");
  }

  @ParameterizedTest(name = "without {0}")
  @CsvSource({"assessmentLineItem", "student", "scoreDate", "scoreStatus"})
  void putAssessmentResult_withoutARequiredField_is422NamingIt(String field) throws Exception {
    http.put(G + "/assessmentLineItems/ali-1", item("ali-1", "Benchmark", ""));
    ObjectNode body = (ObjectNode) TestHttp.JSON.readTree(result("ar-1", "ali-1", "student-1", ""));
    ((ObjectNode) body.get("assessmentResult")).remove(field);
    TestHttp.Response r = http.put(G + "/assessmentResults/ar-1", body.toString());
    assertThat(r.status).as(r.body).isEqualTo(422);
    assertSingleStatusObject(r, "invaliddata");
    assertThat(r.description()).contains(field);
    assertThat(http.get(G + "/assessmentResults/ar-1").status).isEqualTo(404);
  }

  @Test
  void putAssessmentResult_unknownItem_unenrolledStudent_badStatusOrPercentile_are422() {
    http.put(
        G + "/assessmentLineItems/ali-1",
        item("ali-1", "Benchmark", ",'class':{'sourcedId':'class-1'}"));
    assertThat(
            http.put(G + "/assessmentResults/ar-1", result("ar-1", "nope", "student-1", ""))
                .description())
        .contains("assessmentLineItem 'nope' does not exist");
    assertThat(
            http.put(G + "/assessmentResults/ar-1", result("ar-1", "ali-1", "student-11", ""))
                .description())
        .contains("student 'student-11' is not enrolled in class 'class-1'");
    TestHttp.Response bad =
        http.put(
            G + "/assessmentResults/ar-1",
            result("ar-1", "ali-1", "student-1", ",'scorePercentile':'high','late':'yes'")
                .replace("fully graded", "fullyGraded"));
    assertThat(bad.status).isEqualTo(422);
    assertThat(bad.description())
        .contains("scoreStatus must be one of")
        .contains("scorePercentile must be a JSON number")
        .contains("late must be \"true\" or \"false\"");
    // Without a class on the assessment line item, any student may be scored.
    http.put(G + "/assessmentLineItems/ali-2", item("ali-2", "District test", ""));
    assertThat(
            http.put(G + "/assessmentResults/ar-2", result("ar-2", "ali-2", "student-11", ""))
                .status)
        .isEqualTo(201);
  }

  // ---- deletes ---------------------------------------------------------------------------

  @Test
  void delete_is204_thenGone_andAnItemTakesItsResultsWithIt() {
    seedOneOfEach();
    http.put(G + "/assessmentResults/ar-2", result("ar-2", "ali-1", "student-2", ""));
    assertThat(http.delete(G + "/assessmentResults/ar-2").status).isEqualTo(204);
    assertThat(http.get(G + "/assessmentResults/ar-2").status).isEqualTo(404);
    assertThat(http.delete(G + "/assessmentLineItems/ali-1").status).isEqualTo(204);
    assertThat(http.get(G + "/assessmentLineItems").ids("assessmentLineItems")).isEmpty();
    assertThat(http.get(G + "/assessmentResults").ids("assessmentResults")).isEmpty();
    TestHttp.Response again = http.delete(G + "/assessmentResults/ar-1");
    assertThat(again.status).isEqualTo(404);
    assertSingleStatusObject(again, "unknownobject");
  }

  @Test
  void reset_dropsTheAssessmentProfile() {
    seedOneOfEach();
    sis.reset();
    assertThat(http.get(G + "/assessmentLineItems").ids("assessmentLineItems")).isEmpty();
    assertThat(http.get(G + "/assessmentResults").ids("assessmentResults")).isEmpty();
  }

  // ---- scopes and services ---------------------------------------------------------------

  @Test
  void scopes_areTheAssessmentOnes_perMethod_asTheOpenApiDeclares() {
    seedOneOfEach();
    TestHttp gradebookOnly = TestHttp.withToken(sis);
    TestHttp.Response read = gradebookOnly.get(G + "/assessmentLineItems");
    assertThat(read.status).isEqualTo(403);
    assertSingleStatusObject(read, "forbidden");
    assertThat(read.description())
        .contains("https://purl.imsglobal.org/spec/or/v1p2/scope/assessment.readonly");
    assertThat(gradebookOnly.put(G + "/assessmentLineItems/x", item("x", "t", "")).description())
        .contains("assessment.createput");
    assertThat(gradebookOnly.delete(G + "/assessmentResults/ar-1").description())
        .contains("assessment.delete");

    TestHttp readOnly =
        TestHttp.withToken(sis, OneRosterScopes.uri(OneRosterVersion.V1_2, "assessment.readonly"));
    assertThat(readOnly.get(G + "/assessmentResults/ar-1").status).isEqualTo(200);
    assertThat(readOnly.put(G + "/assessmentLineItems/x", item("x", "t", "")).status)
        .isEqualTo(403);
    assertThat(readOnly.delete(G + "/assessmentLineItems/ali-1").status).isEqualTo(403);
    // The assessment scopes do not open the rest of the gradebook.
    assertThat(readOnly.get(G + "/lineItems").status).isEqualTo(403);
    assertThat(http.get(G + "/assessmentLineItems/ali-1").status).isEqualTo(200);
  }

  @Test
  void tokenEndpoint_grantsTheAssessmentScopesIn12() {
    TestHttp.Response ok =
        new TestHttp(sis).token(sis.clientId(), sis.clientSecret(), ASSESSMENT_SCOPES);
    assertThat(ok.status).isEqualTo(200);
    assertThat(ok.json().get("scope").asText())
        .contains("/v1p2/scope/assessment.readonly")
        .contains("/v1p2/scope/assessment.createput")
        .contains("/v1p2/scope/assessment.delete");
  }

  @Test
  void assessmentPaths_belongToTheGradebookService() {
    TestHttp.Response wrong = http.get(R + "/assessmentLineItems");
    assertThat(wrong.status).isEqualTo(404);
    assertThat(wrong.description()).contains("gradebook");
    TestHttp.Response nested = http.get(G + "/assessmentLineItems/ali-1/results");
    assertThat(nested.status).isEqualTo(404);
  }

  @Test
  void oneRoster11_servesNoAssessmentProfile() {
    try (FakeSis v11 = FakeSis.builder().build().start()) {
      TestHttp old = TestHttp.withToken(v11);
      assertThat(old.get("/assessmentLineItems").status).isEqualTo(404);
      assertThat(old.put("/assessmentResults/ar-1", result("ar-1", "a", "student-1", "")).status)
          .isEqualTo(405);
      TestHttp.Response scope =
          new TestHttp(v11)
              .token(
                  v11.clientId(),
                  v11.clientSecret(),
                  OneRosterScopes.uri(OneRosterVersion.V1_1, "assessment.readonly"));
      assertThat(scope.status).isEqualTo(400);
      assertThat(scope.json().get("error").asText()).isEqualTo("invalid_scope");
    }
  }

  private void assertRef(JsonNode ref, String id, String type, String hrefPath) {
    assertThat(ref.get("sourcedId").asText()).isEqualTo(id);
    assertThat(ref.get("type").asText()).isEqualTo(type);
    assertThat(ref.get("href").asText()).isEqualTo(sis.rootUrl() + hrefPath);
  }
}
