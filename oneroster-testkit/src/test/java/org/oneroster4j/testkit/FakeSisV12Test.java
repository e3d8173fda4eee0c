package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.testkit.TestHttp.j;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneroster4j.OneRosterScopes;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;

/** The generic fake SIS speaking OneRoster 1.2, checked with plain HTTP calls. */
class FakeSisV12Test {
  static final String R = "/rostering/v1p2";
  static final String G = "/gradebook/v1p2";
  static final String CLASS = "class-1";
  static final String SCHOOL = "school-1";

  final MutableClock clock = new MutableClock(Instant.parse("2026-09-10T08:00:00Z"));
  FakeSis sis;
  TestHttp http;

  @BeforeEach
  void start() {
    sis = FakeSis.builder().version(OneRosterVersion.V1_2).clock(clock).build().start();
    http = TestHttp.withToken(sis);
  }

  @AfterEach
  void stop() {
    sis.close();
  }

  static String lineItem(String id, String title) {
    return j(
        "{'lineItem':{'sourcedId':'"
            + id
            + "','title':'"
            + title
            + "','description':'Test Line Item','resultValueMin':0,'resultValueMax':100,"
            + "'assignDate':'2026-09-10T08:00:00.000Z','dueDate':'2026-09-10T08:01:00.000Z',"
            + "'class':{'sourcedId':'class-1'},'category':{'sourcedId':'cat-class-1-homework'},"
            + "'school':{'sourcedId':'school-1'}}}");
  }

  static String result(String id, String lineItemId, String scoreAndStatus) {
    return j(
        "{'result':{'sourcedId':'"
            + id
            + "',"
            + scoreAndStatus
            + ",'comment':'','scoreDate':'2026-09-10T08:00:00.000Z',"
            + "'lineItem':{'sourcedId':'"
            + lineItemId
            + "'},'student':{'sourcedId':'student-1'}}}");
  }

  // ---- addresses -------------------------------------------------------------------------

  @Test
  void urls_rootEndsInImsOneroster_servicesBelowIt() {
    String origin = "http://127.0.0.1:" + sis.port();
    assertThat(sis.version()).isEqualTo(OneRosterVersion.V1_2);
    assertThat(sis.rootUrl()).isEqualTo(origin + "/ims/oneroster");
    assertThat(sis.baseUrl()).isEqualTo(sis.rootUrl());
    assertThat(sis.adminUrl()).isEqualTo(sis.rootUrl());
    assertThat(sis.serviceUrl(Service.ROSTERING))
        .isEqualTo(origin + "/ims/oneroster/rostering/v1p2");
    assertThat(sis.serviceUrl(Service.GRADEBOOK))
        .isEqualTo(origin + "/ims/oneroster/gradebook/v1p2");
    assertThat(sis.tokenUrl()).isEqualTo(origin + "/oauth/token");
  }

  @Test
  void urls_version11_keepsOneBaseForEveryService() {
    try (FakeSis v11 = FakeSis.builder().build().start()) {
      assertThat(v11.version()).isEqualTo(OneRosterVersion.V1_1);
      assertThat(v11.baseUrl()).endsWith("/ims/oneroster/v1p1");
      assertThat(v11.rootUrl()).endsWith("/ims/oneroster");
      assertThat(v11.serviceUrl(Service.GRADEBOOK)).isEqualTo(v11.baseUrl());
      assertThat(v11.serviceUrl(Service.ROSTERING)).isEqualTo(v11.baseUrl());
    }
  }

  // ---- every GET of the official OpenAPI files -------------------------------------------

  @ParameterizedTest(name = "GET {0}")
  @CsvSource({
    "/orgs, orgs",
    "/orgs/district-1, org",
    "/schools, orgs",
    "/schools/school-1, org",
    "/academicSessions, academicSessions",
    "/academicSessions/term-1, academicSession",
    "/terms, academicSessions",
    "/terms/term-1, academicSession",
    "/gradingPeriods, academicSessions",
    "/gradingPeriods/gp-1, academicSession",
    "/courses, courses",
    "/courses/course-1-1, course",
    "/classes, classes",
    "/classes/class-1, class",
    "/users, users",
    "/users/student-1, user",
    "/students, users",
    "/students/student-1, user",
    "/teachers, users",
    "/teachers/teacher-1, user",
    "/enrollments, enrollments",
    "/enrollments/enrollment-teacher-1, enrollment",
    "/terms/term-1/gradingPeriods, academicSessions",
    "/terms/term-1/classes, classes",
    "/courses/course-1-1/classes, classes",
    "/teachers/teacher-1/classes, classes",
    "/students/student-1/classes, classes",
    "/users/student-1/classes, classes",
    "/classes/class-1/students, users",
    "/classes/class-1/teachers, users",
    "/schools/school-1/classes, classes",
    "/schools/school-1/courses, courses",
    "/schools/school-1/enrollments, enrollments",
    "/schools/school-1/students, users",
    "/schools/school-1/teachers, users",
    "/schools/school-1/terms, academicSessions",
    "/schools/school-1/classes/class-1/students, users",
    "/schools/school-1/classes/class-1/teachers, users",
    "/schools/school-1/classes/class-1/enrollments, enrollments"
  })
  void rosteringGet_answers200WithItsEnvelope(String path, String key) {
    TestHttp.Response r = http.get(R + path);
    assertThat(r.status).as(r.body).isEqualTo(200);
    JsonNode value = r.json().get(key);
    assertThat(value).as(r.body).isNotNull();
    if (value.isArray()) {
      assertThat(value).as(r.body).isNotEmpty();
      assertThat(r.header("X-Total-Count")).isEqualTo(String.valueOf(value.size()));
    }
  }

  @Test
  void demographics_needTheDemographicsScope() {
    assertThat(http.get(R + "/demographics").status).isEqualTo(403);
    TestHttp demo =
        TestHttp.withToken(
            sis, OneRosterScopes.uri(OneRosterVersion.V1_2, "roster-demographics.readonly"));
    assertThat(demo.get(R + "/demographics").ids("demographics")).isNotEmpty();
    assertThat(demo.get(R + "/demographics/student-1").status).isEqualTo(200);
  }

  @ParameterizedTest(name = "GET {0}")
  @CsvSource({
    "/categories, categories",
    "/categories/cat-class-1-homework, category",
    "/classes/class-1/categories, categories",
    "/lineItems, lineItems",
    "/lineItems/li-1, lineItem",
    "/classes/class-1/lineItems, lineItems",
    "/results, results",
    "/results/r-1, result",
    "/classes/class-1/results, results",
    "/classes/class-1/lineItems/li-1/results, results",
    "/classes/class-1/students/student-1/results, results",
    "/scoreScales, scoreScales",
    "/scoreScales/scale-class-1, scoreScale",
    "/classes/class-1/scoreScales, scoreScales",
    "/schools/school-1/scoreScales, scoreScales"
  })
  void gradebookGet_answers200WithItsEnvelope(String path, String key) {
    assertThat(http.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz")).status).isEqualTo(201);
    assertThat(
            http.put(
                    G + "/results/r-1",
                    result("r-1", "li-1", "'score':5,'scoreStatus':'fully graded'"))
                .status)
        .isEqualTo(201);
    TestHttp.Response r = http.get(G + path);
    assertThat(r.status).as(r.body).isEqualTo(200);
    JsonNode value = r.json().get(key);
    assertThat(value).as(r.body).isNotNull();
    if (value.isArray()) {
      assertThat(value).as(r.body).isNotEmpty();
      assertThat(r.header("X-Total-Count")).isEqualTo(String.valueOf(value.size()));
    }
  }

  @Test
  void googlesLiteralAlias_servesBothServices() {
    assertThat(http.get("/v1p2" + R + "/teachers?limit=1").ids("users")).hasSize(1);
    assertThat(http.get("/v1p2" + G + "/classes/class-1/categories").ids("categories"))
        .isNotEmpty();
  }

  @Test
  void wrongService_isA404WithOneStatusObject() {
    for (String path :
        List.of(
            G + "/teachers",
            G + "/classes/class-1/students",
            R + "/lineItems",
            R + "/classes/class-1/categories",
            "/v1p1/teachers",
            "/teachers",
            R + "/nothing")) {
      TestHttp.Response r = http.get(path);
      assertThat(r.status).as(path).isEqualTo(404);
      assertSingleStatusObject(r, "unknownobject");
    }
    assertThat(http.get(G + "/teachers").description()).contains("rostering");
  }

  static void assertSingleStatusObject(TestHttp.Response r, String codeMinor) {
    JsonNode body = r.json();
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(body.has("statusInfoSet")).as(r.body).isFalse();
    assertThat(body.get("imsx_codeMajor").asText()).isEqualTo("failure");
    assertThat(body.get("imsx_severity").asText()).isEqualTo("error");
    assertThat(body.get("imsx_description").asText()).isNotBlank();
    JsonNode field = body.at("/imsx_CodeMinor/imsx_codeMinorField/0");
    assertThat(field.get("imsx_codeMinorFieldName").asText()).isEqualTo("TargetEndSystem");
    assertThat(field.get("imsx_codeMinorFieldValue").asText()).isEqualTo(codeMinor);
  }

  // ---- shapes ----------------------------------------------------------------------------

  @Test
  void user_hasRolesPrimaryOrgAndStringEnabledUser_noRoleOrOrgs() {
    JsonNode user = http.get(R + "/teachers/teacher-1").json().get("user");
    assertThat(user.has("role")).isFalse();
    assertThat(user.has("orgs")).isFalse();
    assertThat(user.get("enabledUser").isTextual()).isTrue();
    assertThat(user.get("enabledUser").asText()).isEqualTo("true");
    JsonNode role = user.at("/roles/0");
    assertThat(role.get("roleType").asText()).isEqualTo("primary");
    assertThat(role.get("role").asText()).isEqualTo("teacher");
    assertRef(role.get("org"), "school-1", "org", "/rostering/v1p2/orgs/school-1");
    assertRef(user.get("primaryOrg"), "school-1", "org", "/rostering/v1p2/orgs/school-1");
    assertThat(user.get("email").asText()).isEqualTo("teacher1@example.org");
  }

  @Test
  void class_hasSchoolAndTerms_asHrefRefs() {
    JsonNode cls =
        http.get(R + "/teachers/teacher-1/classes?filter=" + TestHttp.enc("status='active'"))
            .json()
            .at("/classes/0");
    assertThat(cls.get("sourcedId").asText()).isEqualTo("class-1");
    assertRef(cls.get("school"), "school-1", "org", "/rostering/v1p2/orgs/school-1");
    assertRef(
        cls.at("/terms/0"), "term-1", "academicSession", "/rostering/v1p2/academicSessions/term-1");
    assertRef(cls.get("course"), "course-1-1", "course", "/rostering/v1p2/courses/course-1-1");
  }

  @Test
  void academicSessions_haveSchoolYearParentAndChildren() {
    JsonNode term = http.get(R + "/terms/term-1").json().get("academicSession");
    assertThat(term.get("schoolYear").asText()).isEqualTo("2027");
    assertRef(
        term.get("parent"),
        "schoolyear-2027",
        "academicSession",
        "/rostering/v1p2/academicSessions/schoolyear-2027");
    assertThat(term.get("children")).hasSize(2);
    JsonNode periods =
        http.get(R + "/terms/term-1/gradingPeriods?limit=10000").json().get("academicSessions");
    assertThat(periods).isNotEmpty();
    for (JsonNode gp : periods) {
      assertThat(gp.get("type").asText()).isEqualTo("gradingPeriod");
      assertThat(gp.get("schoolYear").asText()).isEqualTo("2027");
      assertThat(gp.has("startDate") && gp.has("endDate") && gp.has("title")).isTrue();
    }
  }

  @Test
  void orgsCoursesEnrollmentsAndCategories_haveTheir12Fields() {
    assertThat(http.get(R + "/schools/school-1").json().at("/org/identifier").asText())
        .isEqualTo("S1");
    assertThat(http.get(R + "/courses/course-1-1").json().at("/course/courseCode").asText())
        .isEqualTo("C1-1");
    JsonNode enrollment =
        http.get(R + "/enrollments/enrollment-teacher-1").json().get("enrollment");
    assertThat(enrollment.get("primary").isTextual()).isTrue();
    assertThat(enrollment.get("primary").asText()).isEqualTo("true");
    assertRef(enrollment.get("user"), "teacher-1", "user", "/rostering/v1p2/users/teacher-1");
    JsonNode categories = http.get(G + "/classes/class-1/categories").json().get("categories");
    assertThat(categories).hasSize(3);
    for (JsonNode c : categories) {
      // CategoryDType has no class field and allows no other: the class is in metadata.
      assertThat(c.has("class")).isFalse();
      assertThat(c.at("/metadata/classId").asText()).isEqualTo("class-1");
    }
    assertThat(http.get(G + "/classes/class-2/categories").ids("categories"))
        .doesNotContainAnyElementsOf(http.get(G + "/classes/class-1/categories").ids("categories"));
  }

  @Test
  void students_haveEmails() {
    JsonNode users = http.get(R + "/classes/class-1/students?limit=10000").json().get("users");
    assertThat(users).hasSize(10);
    users.forEach(u -> assertThat(u.get("email").asText()).contains("@"));
  }

  private void assertRef(JsonNode ref, String id, String type, String hrefPath) {
    assertThat(ref.get("sourcedId").asText()).isEqualTo(id);
    assertThat(ref.get("type").asText()).isEqualTo(type);
    assertThat(ref.get("href").asText()).isEqualTo(sis.rootUrl() + hrefPath);
    assertThat(ref.size()).isEqualTo(3);
  }

  // ---- query parameters ------------------------------------------------------------------

  @Test
  void paging_filterSortAndFields_workAsIn11() {
    TestHttp.Response page = http.get(R + "/students?limit=5&offset=5");
    assertThat(page.ids("users")).hasSize(5).first().isEqualTo("student-6");
    assertThat(page.header("X-Total-Count")).isEqualTo("60");
    assertThat(page.header("Link"))
        .contains(sis.rootUrl() + "/rostering/v1p2/students?limit=5&offset=10>; rel=\"next\"")
        .contains("rel=\"prev\"")
        .contains("offset=55>; rel=\"last\"");
    assertThat(
            http.get(
                    R
                        + "/students"
                        + TestHttp.filter("familyName='Baker'")
                        + "&sort=givenName&orderBy=desc")
                .ids("users"))
        .isNotEmpty();
    assertThat(http.get(R + "/users" + TestHttp.filter("roles.role='teacher'")).ids("users"))
        .containsExactly("teacher-1", "teacher-2", "teacher-3");
    JsonNode slim = http.get(R + "/teachers?fields=sourcedId,email").json().at("/users/0");
    assertThat(slim.size()).isEqualTo(2);
    TestHttp.Response bad = http.get(R + "/teachers?fields=nope");
    assertThat(bad.status).isEqualTo(400);
    assertSingleStatusObject(bad, "invalid_selection_field");
    TestHttp.Response badFilter = http.get(R + "/teachers" + TestHttp.filter("nope='x'"));
    assertThat(badFilter.status).isEqualTo(400);
    assertSingleStatusObject(badFilter, "invalid_filter_field");
  }

  // ---- what Google's notebook sends ------------------------------------------------------

  @Test
  void notebook_unencodedEmailFilter_limit10000() {
    TestHttp.Response r =
        TestHttp.send(
            HttpRequest.newBuilder(
                    URI.create(
                        sis.rootUrl()
                            + R
                            + "/teachers?filter=email='teacher1@example.org'&limit=10000"))
                .header("Authorization", "Bearer " + http.token));
    assertThat(r.status).as(r.body).isEqualTo(200);
    assertThat(r.ids("users")).containsExactly("teacher-1");
    assertThat(sis.requests().get(sis.requests().size() - 1).query())
        .isEqualTo("filter=email='teacher1@example.org'&limit=10000");
  }

  @Test
  void notebook_getWithAFormBody_isAnsweredNormally() {
    String form = "grant_type=client_credentials&scope=" + TestHttp.enc(TestHttp.ALL_SCOPES_V12);
    TestHttp.Response r =
        TestHttp.send(
            http.api(G + "/classes/class-1/categories?limit=10000")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method("GET", HttpRequest.BodyPublishers.ofString(form)));
    assertThat(r.status).as(r.body).isEqualTo(200);
    assertThat(r.ids("categories")).isNotEmpty();
  }

  // ---- lineItems -------------------------------------------------------------------------

  @Test
  void putLineItem_googlesBody_creates201_updates200_keeps112CharTitle() {
    TestHttp.Response created = http.put(G + "/lineItems/li-1", lineItem("li-1", "New test item"));
    assertThat(created.status).as(created.body).isEqualTo(201);
    assertThat(created.body).isEmpty();
    // The notebook's "[Amended] Reallll…lly Long Google Test Line Item Title".
    String title = "[Amended] Rea" + "l".repeat(65) + "y Long Google Test Line Item Title";
    assertThat(title).hasSize(112);
    TestHttp.Response updated = http.put(G + "/lineItems/li-1", lineItem("li-1", title));
    assertThat(updated.status).isEqualTo(200);
    JsonNode stored =
        http.get(G + "/classes/class-1/lineItems?limit=10000").json().at("/lineItems/0");
    assertThat(stored.get("title").asText()).isEqualTo(title);
    assertThat(stored.get("status").asText()).isEqualTo("active");
    assertThat(stored.get("dateLastModified").asText()).isEqualTo("2026-09-10T08:00:00.000Z");
    assertRef(
        stored.get("category"),
        "cat-class-1-homework",
        "category",
        "/gradebook/v1p2/categories/cat-class-1-homework");
    assertRef(stored.get("school"), "school-1", "org", "/rostering/v1p2/orgs/school-1");
    assertThat(sis.gradebook().lineItem("li-1")).isPresent();
  }

  @ParameterizedTest(name = "without {0}")
  @CsvSource({"title", "class", "category", "school", "assignDate", "dueDate"})
  void putLineItem_withoutARequiredField_is422NamingIt(String field) throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode body =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            TestHttp.JSON.readTree(lineItem("li-1", "Quiz"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("lineItem")).remove(field);
    TestHttp.Response r = http.put(G + "/lineItems/li-1", body.toString());
    assertThat(r.status).as(r.body).isEqualTo(422);
    assertSingleStatusObject(r, "invaliddata");
    assertThat(r.description()).contains(field);
    assertThat(http.get(G + "/lineItems/li-1").status).isEqualTo(404);
  }

  @Test
  void putLineItem_unknownOrForeignCategory_is422() {
    TestHttp.Response unknown =
        http.put(
            G + "/lineItems/li-1",
            lineItem("li-1", "Quiz").replace("cat-class-1-homework", "nope"));
    assertThat(unknown.status).isEqualTo(422);
    assertThat(unknown.description()).contains("category 'nope' does not exist");
    TestHttp.Response foreign =
        http.put(
            G + "/lineItems/li-1",
            lineItem("li-1", "Quiz").replace("cat-class-1-homework", "cat-class-2-homework"));
    assertThat(foreign.status).isEqualTo(422);
    assertThat(foreign.description()).contains("belongs to class 'class-2'");
  }

  // ---- results ---------------------------------------------------------------------------

  @Test
  void putResult_dateTimeScoreDate_derivedClass_unclampedScore_verbatimStatus() {
    http.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz"));
    TestHttp.Response created =
        http.put(
            G + "/results/r-1", result("r-1", "li-1", "'score':80,'scoreStatus':'fully graded'"));
    assertThat(created.status).as(created.body).isEqualTo(201);
    assertThat(
            http.put(
                    G + "/results/r-1",
                    result("r-1", "li-1", "'score':300,'scoreStatus':'fully graded'"))
                .status)
        .isEqualTo(200);
    JsonNode stored =
        http.get(G + "/classes/class-1/lineItems/li-1/results?limit=10000").json().at("/results/0");
    assertThat(stored.get("score").isNumber()).isTrue();
    assertThat(stored.get("score").asInt()).isEqualTo(300);
    assertThat(stored.get("scoreDate").asText()).isEqualTo("2026-09-10");
    assertRef(stored.get("class"), "class-1", "class", "/rostering/v1p2/classes/class-1");
    assertRef(stored.get("student"), "student-1", "user", "/rostering/v1p2/users/student-1");
    assertRef(stored.get("lineItem"), "li-1", "lineItem", "/gradebook/v1p2/lineItems/li-1");
    http.put(
        G + "/results/r-1",
        result("r-1", "li-1", "'score':80,'scoreStatus':'exempt','late':true,'missing':'false'"));
    JsonNode exempt = http.get(G + "/results/r-1").json().get("result");
    assertThat(exempt.get("scoreStatus").asText()).isEqualTo("exempt");
    assertThat(exempt.get("late").asText()).isEqualTo("true");
    assertThat(exempt.get("late").isTextual()).isTrue();
    assertThat(exempt.get("missing").asText()).isEqualTo("false");
    assertThat(http.get(G + "/classes/class-1/students/student-1/results").ids("results"))
        .containsExactly("r-1");
  }

  @ParameterizedTest(name = "without {0}")
  @CsvSource({"lineItem", "student", "scoreStatus", "scoreDate"})
  void putResult_withoutARequiredField_is422NamingIt(String field) throws Exception {
    http.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz"));
    com.fasterxml.jackson.databind.node.ObjectNode body =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            TestHttp.JSON.readTree(result("r-1", "li-1", "'score':1,'scoreStatus':'submitted'"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("result")).remove(field);
    TestHttp.Response r = http.put(G + "/results/r-1", body.toString());
    assertThat(r.status).as(r.body).isEqualTo(422);
    assertSingleStatusObject(r, "invaliddata");
    assertThat(r.description()).contains(field);
  }

  @Test
  void putResult_extensionScoreStatus_isKept_unknownIsRefused() {
    http.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz"));
    assertThat(
            http.put(G + "/results/r-1", result("r-1", "li-1", "'scoreStatus':'ext:late'")).status)
        .isEqualTo(201);
    assertThat(
            http.put(G + "/results/r-2", result("r-2", "li-1", "'scoreStatus':'fullyGraded'"))
                .status)
        .isEqualTo(422);
  }

  // ---- deletes ---------------------------------------------------------------------------

  @Test
  void delete_is204_thenGoneFromEveryRead() {
    http.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz"));
    http.put(G + "/results/r-1", result("r-1", "li-1", "'score':1,'scoreStatus':'submitted'"));
    TestHttp.Response deleted = http.delete(G + "/results/r-1");
    assertThat(deleted.status).isEqualTo(204);
    TestHttp.Response results = http.get(G + "/classes/class-1/lineItems/li-1/results?limit=10000");
    assertThat(results.status).isEqualTo(200);
    assertThat(results.ids("results")).isEmpty();
    assertThat(http.get(G + "/results").ids("results")).isEmpty();
    assertThat(http.get(G + "/results/r-1").status).isEqualTo(404);
    assertThat(http.delete(G + "/lineItems/li-1").status).isEqualTo(204);
    assertThat(http.get(G + "/classes/class-1/lineItems").ids("lineItems")).isEmpty();
    TestHttp.Response again = http.delete(G + "/lineItems/li-1");
    assertThat(again.status).isEqualTo(404);
    assertSingleStatusObject(again, "unknownobject");
  }

  @Test
  void categories_putAndDelete() {
    String body =
        j(
            "{'category':{'sourcedId':'cat-x','title':'Labs','weight':0.2,'class':{'sourcedId':'class-1'}}}");
    assertThat(http.put(G + "/categories/cat-x", body).status).isEqualTo(201);
    assertThat(http.put(G + "/categories/cat-x", body).status).isEqualTo(200);
    assertThat(http.get(G + "/classes/class-1/categories").ids("categories")).contains("cat-x");
    assertThat(http.get(G + "/classes/class-2/categories").ids("categories"))
        .doesNotContain("cat-x");
    assertThat(http.put(G + "/categories/cat-y", j("{'category':{'sourcedId':'cat-y'}}")).status)
        .isEqualTo(422);
    assertThat(http.delete(G + "/categories/cat-x").status).isEqualTo(204);
    assertThat(http.get(G + "/categories/cat-x").status).isEqualTo(404);
  }

  @Test
  void scoreScales_putAndDelete() {
    String body =
        j(
            "{'scoreScale':{'sourcedId':'ss-1','title':'Pass/fail','type':'passfail','class':{'sourcedId':'class-1'},"
                + "'scoreScaleValue':[{'itemValueLHS':'P','itemValueRHS':'50'},{'itemValueLHS':'F','itemValueRHS':'0'}]}}");
    assertThat(http.put(G + "/scoreScales/ss-1", body).status).isEqualTo(201);
    assertThat(http.put(G + "/scoreScales/ss-1", body).status).isEqualTo(200);
    assertThat(http.get(G + "/classes/class-1/scoreScales").ids("scoreScales"))
        .containsExactly("scale-class-1", "ss-1");
    assertThat(http.get(G + "/schools/school-1/scoreScales").ids("scoreScales")).contains("ss-1");
    assertThat(http.get(G + "/schools/school-2/scoreScales").ids("scoreScales"))
        .doesNotContain("ss-1");
    TestHttp.Response noValues =
        http.put(
            G + "/scoreScales/ss-2",
            j(
                "{'scoreScale':{'sourcedId':'ss-2','title':'t','type':'x','class':{'sourcedId':'class-1'}}}"));
    assertThat(noValues.status).isEqualTo(422);
    assertThat(noValues.description()).contains("scoreScaleValue");
    assertThat(http.delete(G + "/scoreScales/ss-1").status).isEqualTo(204);
    assertThat(http.get(G + "/scoreScales/ss-1").status).isEqualTo(404);
  }

  @Test
  void post_isNotServed() {
    TestHttp.Response r =
        TestHttp.send(
            http.api(G + "/classes/class-1/lineItems")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(r.status).isEqualTo(405);
    assertSingleStatusObject(r, "unsupportedoperation");
  }

  // ---- auth ------------------------------------------------------------------------------

  @Test
  void auth_missingToken_is401WithOneStatusObject() {
    TestHttp anonymous = new TestHttp(sis);
    TestHttp.Response r = anonymous.get(R + "/teachers");
    assertThat(r.status).isEqualTo(401);
    assertSingleStatusObject(r, "unauthorisedrequest");
  }

  @Test
  void auth_oauth1Signature_isRefusedWith401() {
    TestHttp.Response r =
        TestHttp.send(
            HttpRequest.newBuilder(URI.create(sis.rootUrl() + R + "/teachers"))
                .header(
                    "Authorization",
                    "OAuth oauth_consumer_key=\"test-client\", oauth_signature_method=\"HMAC-SHA256\","
                        + " oauth_timestamp=\"1\", oauth_nonce=\"n\", oauth_signature=\"x\""));
    assertThat(r.status).isEqualTo(401);
    assertSingleStatusObject(r, "unauthorisedrequest");
    assertThat(r.description()).contains("OAuth 2");
  }

  @Test
  void auth_tokenEndpoint_takesV1p2Scopes_refusesV1p1() {
    TestHttp client = new TestHttp(sis);
    TestHttp.Response ok =
        client.token(sis.clientId(), sis.clientSecret(), TestHttp.ALL_SCOPES_V12);
    assertThat(ok.status).isEqualTo(200);
    assertThat(ok.json().get("scope").asText()).contains("/v1p2/scope/gradebook.delete");
    TestHttp.Response old = client.token(sis.clientId(), sis.clientSecret(), TestHttp.ALL_SCOPES);
    assertThat(old.status).isEqualTo(400);
    assertThat(old.json().get("error").asText()).isEqualTo("invalid_scope");
  }

  @Test
  void auth_scopesArePerEndpoint_asTheOpenApiDeclares() {
    TestHttp core =
        TestHttp.withToken(
            sis,
            OneRosterScopes.uri(OneRosterVersion.V1_2, "roster-core.readonly")
                + " "
                + OneRosterScopes.uri(OneRosterVersion.V1_2, "gradebook-core.readonly"));
    assertThat(core.get(R + "/teachers").status).isEqualTo(200);
    assertThat(core.get(G + "/lineItems").status).isEqualTo(200);
    TestHttp.Response nested = core.get(R + "/classes/class-1/students");
    assertThat(nested.status).isEqualTo(403);
    assertSingleStatusObject(nested, "forbidden");
    assertThat(nested.description())
        .contains("https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly");
    assertThat(core.get(G + "/classes/class-1/categories").status).isEqualTo(403);
    assertThat(core.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz")).status).isEqualTo(403);
    assertThat(core.delete(G + "/lineItems/li-1").status).isEqualTo(403);
  }

  // ---- faults and recording --------------------------------------------------------------

  @Test
  void faults_answerWithOneStatusObject_andRequestsAreRecordedAsSent() {
    sis.faults().matching("/lineItems/").times(1).respond(429);
    sis.faults().matching("/students").times(1).respond(503);
    TestHttp.Response busy = http.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz"));
    assertThat(busy.status).isEqualTo(429);
    assertSingleStatusObject(busy, "server_busy");
    TestHttp.Response down = http.get(R + "/classes/class-1/students");
    assertThat(down.status).isEqualTo(503);
    assertSingleStatusObject(down, "internal_server_error");
    assertThat(http.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz")).status).isEqualTo(201);
    List<String> paths = new ArrayList<>();
    sis.requests().forEach(r -> paths.add(r.method() + " " + r.path() + " " + r.status()));
    assertThat(paths)
        .endsWith(
            "PUT /ims/oneroster/gradebook/v1p2/lineItems/li-1 429",
            "GET /ims/oneroster/rostering/v1p2/classes/class-1/students 503",
            "PUT /ims/oneroster/gradebook/v1p2/lineItems/li-1 201");
  }

  // ---- builder rules ---------------------------------------------------------------------

  @Test
  void build_refusesV12ForOtherFlavoursAndForOAuth1() {
    for (String vendor : List.of("skyward", "aeries", "aspen", "sims")) {
      assertThatThrownBy(
              () -> FakeSis.builder().vendor(vendor).version(OneRosterVersion.V1_2).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(vendor)
          .hasMessageContaining("generic")
          .hasMessageContaining("infinitecampus");
    }
    assertThatThrownBy(
            () ->
                FakeSis.builder().version(OneRosterVersion.V1_2).auth(FakeSis.Auth.OAUTH1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OAuth 2");
  }

  @Test
  void reset_restoresTheSeedCategoriesAndScoreScales() {
    http.delete(G + "/categories/cat-class-1-homework");
    http.delete(G + "/scoreScales/scale-class-1");
    sis.reset();
    assertThat(http.get(G + "/categories/cat-class-1-homework").status).isEqualTo(200);
    assertThat(http.get(G + "/scoreScales/scale-class-1").status).isEqualTo(200);
  }
}
