package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.testkit.TestHttp.filter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small, large and JSON seeds. */
class SeedTest {

  @Test
  void small_hasDeterministicIdsAndEmails() {
    Seed seed = Seed.small();
    assertThat(seed.teacherEmail()).isEqualTo("teacher1@example.org");
    assertThat(seed.teacherId()).isEqualTo("teacher-1");
    assertThat(seed.schoolIds()).containsExactly("school-1", "school-2");
    assertThat(seed.teacherIds()).containsExactly("teacher-1", "teacher-2", "teacher-3");
    assertThat(seed.classIds()).hasSize(6).startsWith("class-1");
    assertThat(seed.classIdsOf("teacher-1")).containsExactly("class-1", "class-2");
    assertThat(seed.studentIdsOf("class-1")).hasSize(10).startsWith("student-1");
    assertThat(seed.studentIds()).hasSize(60);
    assertThat(seed.userCount()).isEqualTo(63);
    assertThat(seed.termIds()).containsExactly("term-1", "term-2");
    assertThat(seed.gradingPeriodIds()).containsExactly("gp-1", "gp-2", "gp-3", "gp-4");
    assertThat(seed.emailOf("student-7")).isEqualTo("student7@example.org");
    assertThat(seed.emailOf("nobody")).isNull();
  }

  @Test
  void large_millionUsers_areServedWithoutMaterialisingThem() {
    Seed seed = Seed.large(10, 1000, 5, 200);
    assertThat(seed.userCount()).isEqualTo(1_001_000);
    try (FakeSis sis = FakeSis.builder().seed(seed).build().start()) {
      TestHttp http = TestHttp.withToken(sis);
      TestHttp.Response tail = http.get("/users?limit=5&offset=1000995");
      assertThat(tail.header("X-Total-Count")).isEqualTo("1001000");
      assertThat(tail.ids("users")).endsWith("student-1000000");
      assertThat(http.get("/users" + filter("email='student999999@example.org'")).ids("users"))
          .containsExactly("student-999999");
      assertThat(http.get("/teachers" + filter("email='teacher1000@example.org'")).ids("users"))
          .containsExactly("teacher-1000");
      assertThat(http.get("/classes/class-5000/students?limit=1000").ids("users")).hasSize(200);
      assertThat(http.get("/students/student-1000000/classes").ids("classes"))
          .containsExactly("class-5000");
      assertThat(http.get("/teachers/teacher-1000/classes").ids("classes")).hasSize(5);
      assertThat(http.get("/enrollments/enrollment-student-1000000").status).isEqualTo(200);
    }
  }

  @Test
  void large_rejectsBadSizes() {
    assertThatThrownBy(() -> Seed.large(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Seed.large(1, 100_000, 1000, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overflow");
  }

  @Test
  void fromJson_servesTheDocument(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.json");
    Files.writeString(
        file,
        TestHttp.j(
            "{'orgs':[{'sourcedId':'sch1','name':'North High','type':'school'}],"
                + "'academicSessions':[{'sourcedId':'t1','title':'Fall','type':'term',"
                + "'startDate':'2026-08-15','endDate':'2026-12-20','schoolYear':'2027'},"
                + "{'sourcedId':'q1','title':'Q1','type':'gradingPeriod','startDate':'2026-08-15',"
                + "'endDate':'2026-10-15','schoolYear':'2027','parent':{'sourcedId':'t1'}}],"
                + "'classes':[{'sourcedId':'c1','title':'Algebra','school':{'sourcedId':'sch1'},"
                + "'course':{'sourcedId':'crs1'},'terms':[{'sourcedId':'t1'}]}],"
                + "'users':[{'sourcedId':'u1','role':'teacher','email':'kim@example.org',"
                + "'orgs':[{'sourcedId':'sch1'}]},{'sourcedId':'u2','role':'student',"
                + "'email':'sam@example.org','orgs':[{'sourcedId':'sch1'}]}],"
                + "'enrollments':[{'sourcedId':'e1','role':'teacher','user':{'sourcedId':'u1'},"
                + "'class':{'sourcedId':'c1'},'school':{'sourcedId':'sch1'}},"
                + "{'sourcedId':'e2','role':'student','user':{'sourcedId':'u2'},"
                + "'class':{'sourcedId':'c1'},'school':{'sourcedId':'sch1'}}],"
                + "'categories':[{'sourcedId':'k1','title':'Essays'}]}"),
        StandardCharsets.UTF_8);
    Seed seed = Seed.fromJson(file);
    assertThat(seed.teacherEmail()).isEqualTo("kim@example.org");
    assertThat(seed.classIdsOf("u1")).containsExactly("c1");
    try (FakeSis sis = FakeSis.builder().seed(seed).build().start()) {
      assertThat(sis.teacherEmail()).isEqualTo("kim@example.org");
      TestHttp http = TestHttp.withToken(sis);
      assertThat(http.get("/teachers" + filter("email='kim@example.org'")).ids("users"))
          .containsExactly("u1");
      assertThat(http.get("/teachers/u1/classes" + filter("status='active'")).ids("classes"))
          .containsExactly("c1");
      assertThat(http.get("/classes/c1/students").ids("users")).containsExactly("u2");
      assertThat(http.get("/terms/t1/gradingPeriods").ids("academicSessions"))
          .containsExactly("q1");
      assertThat(http.get("/schools/sch1/students").ids("users")).containsExactly("u2");
      assertThat(http.get("/categories").ids("categories")).containsExactly("k1");
      assertThat(http.get("/users/u1").json().at("/user/status").asText()).isEqualTo("active");
      assertThat(http.put("/results/r1", TestHttp.result("r1", "li", "u2", "'score':1")).status)
          .isEqualTo(422);
    }
  }

  @Test
  void fromJson_rejectsBadDocuments(@TempDir Path dir) throws Exception {
    Path notJson = dir.resolve("a.json");
    Files.writeString(notJson, "{oops");
    assertThatThrownBy(() -> Seed.fromJson(notJson)).isInstanceOf(IllegalArgumentException.class);
    Path noId = dir.resolve("b.json");
    Files.writeString(noId, TestHttp.j("{'users':[{'role':'teacher'}]}"));
    assertThatThrownBy(() -> Seed.fromJson(noId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sourcedId");
    Path duplicate = dir.resolve("c.json");
    Files.writeString(duplicate, TestHttp.j("{'users':[{'sourcedId':'x'},{'sourcedId':'x'}]}"));
    assertThatThrownBy(() -> Seed.fromJson(duplicate)).hasMessageContaining("Duplicate");
    assertThatThrownBy(() -> Seed.fromJson(dir.resolve("missing.json")))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }
}
