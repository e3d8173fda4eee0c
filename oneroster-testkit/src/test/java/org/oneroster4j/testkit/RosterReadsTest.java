package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every OneRoster 1.1 read endpoint over the small seed. */
class RosterReadsTest {
  static FakeSis sis;
  static TestHttp http;

  @BeforeAll
  static void start() {
    sis = FakeSis.builder().build().start();
    http = TestHttp.withToken(sis);
  }

  @AfterAll
  static void stop() {
    sis.close();
  }

  static Stream<Arguments> collections() {
    return Stream.of(
        Arguments.of("/academicSessions", "academicSessions"),
        Arguments.of("/classes", "classes"),
        Arguments.of("/courses", "courses"),
        Arguments.of("/gradingPeriods", "academicSessions"),
        Arguments.of("/demographics", "demographics"),
        Arguments.of("/enrollments", "enrollments"),
        Arguments.of("/orgs", "orgs"),
        Arguments.of("/schools", "orgs"),
        Arguments.of("/students", "users"),
        Arguments.of("/teachers", "users"),
        Arguments.of("/terms", "academicSessions"),
        Arguments.of("/users", "users"),
        Arguments.of("/schools/school-1/courses", "courses"),
        Arguments.of("/schools/school-1/classes/class-1/enrollments", "enrollments"),
        Arguments.of("/schools/school-1/classes/class-1/students", "users"),
        Arguments.of("/schools/school-1/classes/class-1/teachers", "users"),
        Arguments.of("/schools/school-1/enrollments", "enrollments"),
        Arguments.of("/schools/school-1/students", "users"),
        Arguments.of("/schools/school-1/teachers", "users"),
        Arguments.of("/schools/school-1/terms", "academicSessions"),
        Arguments.of("/terms/term-1/classes", "classes"),
        Arguments.of("/terms/term-1/gradingPeriods", "academicSessions"),
        Arguments.of("/courses/course-1-1/classes", "classes"),
        Arguments.of("/students/student-1/classes", "classes"),
        Arguments.of("/teachers/teacher-1/classes", "classes"),
        Arguments.of("/schools/school-1/classes", "classes"),
        Arguments.of("/users/student-1/classes", "classes"),
        Arguments.of("/classes/class-1/students", "users"),
        Arguments.of("/classes/class-1/teachers", "users"),
        Arguments.of("/categories", "categories"),
        Arguments.of("/classes/class-1/categories", "categories"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collections")
  void collectionRead_returnsItemsUnderTheEntityEnvelope(String path, String envelope) {
    TestHttp.Response r = http.get(path);
    assertThat(r.status).as(r.body).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.ids(envelope)).isNotEmpty().doesNotContainNull();
    assertThat(Integer.parseInt(r.header("X-Total-Count"))).isEqualTo(r.ids(envelope).size());
    assertThat(r.header("Link")).contains("rel=\"first\"").contains("rel=\"last\"");
    for (JsonNode item : r.json().get(envelope)) {
      assertThat(item.get("status").asText()).isEqualTo("active");
      assertThat(item.get("dateLastModified").asText()).endsWith("Z");
    }
  }

  static Stream<Arguments> singles() {
    return Stream.of(
        Arguments.of("/academicSessions/schoolyear-2027", "academicSession"),
        Arguments.of("/classes/class-1", "class"),
        Arguments.of("/courses/course-1-1", "course"),
        Arguments.of("/gradingPeriods/gp-1", "academicSession"),
        Arguments.of("/demographics/student-1", "demographics"),
        Arguments.of("/enrollments/enrollment-teacher-1", "enrollment"),
        Arguments.of("/enrollments/enrollment-student-1", "enrollment"),
        Arguments.of("/orgs/district-1", "org"),
        Arguments.of("/schools/school-1", "org"),
        Arguments.of("/students/student-1", "user"),
        Arguments.of("/teachers/teacher-1", "user"),
        Arguments.of("/terms/term-1", "academicSession"),
        Arguments.of("/users/teacher-1", "user"),
        Arguments.of("/categories/cat-homework", "category"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singles")
  void singleRead_returnsTheObjectUnderTheSingularEnvelope(String path, String envelope) {
    TestHttp.Response r = http.get(path);
    assertThat(r.status).as(r.body).isEqualTo(200);
    String id = path.substring(path.lastIndexOf('/') + 1);
    assertThat(r.json().get(envelope).get("sourcedId").asText()).isEqualTo(id);
  }

  static Stream<String> unknownSingles() {
    return Stream.of(
        "/classes/nope",
        "/schools/district-1",
        "/terms/gp-1",
        "/gradingPeriods/term-1",
        "/teachers/student-1",
        "/students/teacher-1",
        "/users/teacher-0",
        "/users/teacher-01",
        "/lineItems/nope",
        "/results/nope",
        "/categories/nope",
        "/resources/nope",
        "/teachers/nope/classes",
        "/classes/nope/students",
        "/schools/school-2/classes/class-1/students",
        "/classes/class-1/lineItems/nope/results",
        "/nothing");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownSingles")
  void unknownObject_is404WithStatusInfo(String path) {
    TestHttp.Response r = http.get(path);
    assertThat(r.status).isEqualTo(404);
    assertThat(r.codeMinor()).isEqualTo("unknownobject");
    assertThat(r.json().at("/statusInfoSet/0/imsx_codeMajor").asText()).isEqualTo("failure");
    assertThat(r.json().at("/statusInfoSet/0/imsx_severity").asText()).isEqualTo("error");
  }

  @Test
  void relations_followTheSeedLayout() {
    assertThat(http.get("/teachers/teacher-1/classes").ids("classes"))
        .containsExactly("class-1", "class-2");
    assertThat(http.get("/classes/class-1/teachers").ids("users")).containsExactly("teacher-1");
    assertThat(http.get("/classes/class-2/students").ids("users"))
        .hasSize(10)
        .startsWith("student-11")
        .endsWith("student-20");
    assertThat(http.get("/students/student-11/classes").ids("classes")).containsExactly("class-2");
    assertThat(http.get("/users/teacher-2/classes").ids("classes"))
        .containsExactly("class-3", "class-4");
    assertThat(http.get("/schools/school-1/teachers").ids("users"))
        .containsExactly("teacher-1", "teacher-3");
    assertThat(http.get("/schools/school-2/teachers").ids("users")).containsExactly("teacher-2");
    assertThat(http.get("/schools/school-2/students").ids("users")).hasSize(20);
    assertThat(http.get("/schools/school-1/classes").ids("classes"))
        .containsExactly("class-1", "class-2", "class-5", "class-6");
    assertThat(http.get("/terms/term-1/classes").ids("classes"))
        .containsExactly("class-1", "class-3", "class-5");
    assertThat(http.get("/terms/term-2/gradingPeriods").ids("academicSessions"))
        .containsExactly("gp-3", "gp-4");
    assertThat(http.get("/courses/course-1-1/classes").ids("classes"))
        .containsExactly("class-1", "class-5");
    assertThat(http.get("/schools/school-1/courses").ids("courses"))
        .containsExactly("course-1-1", "course-1-2");
    assertThat(http.get("/schools/school-1/classes/class-1/enrollments").ids("enrollments"))
        .hasSize(11)
        .contains("enrollment-teacher-1", "enrollment-student-1");
    assertThat(http.get("/schools").ids("orgs")).containsExactly("school-1", "school-2");
    assertThat(http.get("/terms").ids("academicSessions")).containsExactly("term-1", "term-2");
    assertThat(http.get("/gradingPeriods").ids("academicSessions"))
        .containsExactly("gp-1", "gp-2", "gp-3", "gp-4");
    assertThat(http.get("/users").ids("users")).hasSize(63);
    assertThat(http.get("/enrollments").ids("enrollments")).hasSize(66);
  }

  @Test
  void entities_carryTheRequiredOneRosterFields() {
    JsonNode cls = http.get("/classes/class-1").json().get("class");
    assertThat(cls.at("/school/sourcedId").asText()).isEqualTo("school-1");
    assertThat(cls.at("/course/sourcedId").asText()).isEqualTo("course-1-1");
    assertThat(cls.at("/terms/0/sourcedId").asText()).isEqualTo("term-1");
    assertThat(cls.get("title").asText()).isNotBlank();
    JsonNode user = http.get("/students/student-1").json().get("user");
    for (String f : new String[] {"username", "givenName", "familyName", "role", "email"}) {
      assertThat(user.get(f).asText()).as(f).isNotBlank();
    }
    assertThat(user.get("enabledUser").asBoolean()).isTrue();
    assertThat(user.at("/orgs/0/sourcedId").asText()).isEqualTo("school-1");
    JsonNode enrollment = http.get("/enrollments/enrollment-student-1").json().get("enrollment");
    assertThat(enrollment.at("/user/sourcedId").asText()).isEqualTo("student-1");
    assertThat(enrollment.at("/class/sourcedId").asText()).isEqualTo("class-1");
    assertThat(enrollment.get("role").asText()).isEqualTo("student");
    JsonNode school = http.get("/orgs/school-2").json().get("org");
    assertThat(school.get("type").asText()).isEqualTo("school");
    assertThat(school.at("/parent/sourcedId").asText()).isEqualTo("district-1");
  }

  @Test
  void gradebookAndResourceReads_startEmpty() {
    assertThat(http.get("/lineItems").ids("lineItems")).isEmpty();
    assertThat(http.get("/results").ids("results")).isEmpty();
    assertThat(http.get("/classes/class-1/lineItems").ids("lineItems")).isEmpty();
    assertThat(http.get("/classes/class-1/results").ids("results")).isEmpty();
    assertThat(http.get("/classes/class-1/students/student-1/results").ids("results")).isEmpty();
    assertThat(http.get("/resources").ids("resources")).isEmpty();
    assertThat(http.get("/classes/class-1/resources").ids("resources")).isEmpty();
    assertThat(http.get("/courses/course-1-1/resources").ids("resources")).isEmpty();
    TestHttp.Response empty = http.get("/lineItems");
    assertThat(empty.header("X-Total-Count")).isEqualTo("0");
  }

  @Test
  void singleRead_honoursFields() {
    JsonNode user = http.get("/users/teacher-1?fields=sourcedId,email").json().get("user");
    assertThat(user.size()).isEqualTo(2);
    assertThat(user.get("email").asText()).isEqualTo("teacher1@example.org");
  }

  @Test
  void unsupportedMethod_is405() {
    TestHttp.Response r =
        TestHttp.send(
            http.api("/users")
                .method("POST", java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(r.status).isEqualTo(405);
    assertThat(http.put("/users/teacher-1", "{}").status).isEqualTo(405);
  }
}
