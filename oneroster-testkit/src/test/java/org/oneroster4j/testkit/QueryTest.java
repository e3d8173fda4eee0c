package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.testkit.TestHttp.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filter, sort, orderBy, fields, limit/offset, X-Total-Count and Link. */
class QueryTest {
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

  @Test
  void filter_equalityOnEmailAndSourcedId() {
    assertThat(http.get("/users" + filter("email='teacher2@example.org'")).ids("users"))
        .containsExactly("teacher-2");
    assertThat(http.get("/students" + filter("email='teacher2@example.org'")).ids("users"))
        .isEmpty();
    assertThat(http.get("/classes" + filter("sourcedId='class-4'")).ids("classes"))
        .containsExactly("class-4");
    assertThat(http.get("/teachers" + filter("email='nobody@example.org'")).ids("users")).isEmpty();
  }

  @Test
  void filter_statusActiveAndNotEqual() {
    assertThat(http.get("/teachers" + filter("status='active'")).ids("users")).hasSize(3);
    assertThat(http.get("/teachers" + filter("status='tobedeleted'")).ids("users")).isEmpty();
    assertThat(http.get("/teachers" + filter("sourcedId!='teacher-1'")).ids("users"))
        .containsExactly("teacher-2", "teacher-3");
  }

  @Test
  void filter_containsIsCaseInsensitive() {
    assertThat(http.get("/users" + filter("email~'TEACHER'")).ids("users"))
        .containsExactly("teacher-1", "teacher-2", "teacher-3");
  }

  @Test
  void filter_dateLastModifiedComparesAsInstants() {
    // Users are modified 2026-08-01 + (index % 30) days: teacher-1 on the 1st, teacher-2 the 2nd...
    assertThat(
            http.get("/teachers" + filter("dateLastModified>'2026-08-01T12:00:00Z'")).ids("users"))
        .containsExactly("teacher-2", "teacher-3");
    assertThat(http.get("/teachers" + filter("dateLastModified<'2026-08-02'")).ids("users"))
        .containsExactly("teacher-1");
    assertThat(
            http.get("/teachers" + filter("dateLastModified>='2026-08-02T00:00:00.000Z'"))
                .ids("users"))
        .containsExactly("teacher-2", "teacher-3");
    assertThat(
            http.get("/teachers" + filter("dateLastModified<='2026-08-02T00:00:00.000Z'"))
                .ids("users"))
        .containsExactly("teacher-1", "teacher-2");
  }

  @Test
  void filter_andOr() {
    assertThat(http.get("/users" + filter("role='student' AND givenName='Ada'")).ids("users"))
        .containsExactly("student-1", "student-21", "student-41");
    assertThat(
            http.get("/users" + filter("sourcedId='teacher-1' OR sourcedId='student-5'"))
                .ids("users"))
        .containsExactly("teacher-1", "student-5");
  }

  @Test
  void filter_onReferenceField_usesItsSourcedId() {
    assertThat(http.get("/classes" + filter("school='school-2'")).ids("classes"))
        .containsExactly("class-3", "class-4");
    assertThat(http.get("/enrollments" + filter("class.sourcedId='class-1'")).ids("enrollments"))
        .hasSize(11);
    assertThat(http.get("/classes" + filter("terms='term-2'")).ids("classes"))
        .containsExactly("class-2", "class-4", "class-6");
  }

  @Test
  void filter_unknownField_is400InvalidFilterFieldWithoutData() {
    TestHttp.Response r = http.get("/users" + filter("shoeSize='42'"));
    assertThat(r.status).isEqualTo(400);
    assertThat(r.codeMinor()).isEqualTo("invalid_filter_field");
    assertThat(r.description()).contains("shoeSize");
    assertThat(r.json().has("users")).isFalse();
  }

  @Test
  void filter_malformed_is400() {
    assertThat(http.get("/users" + filter("email=teacher1@example.org")).status).isEqualTo(400);
    assertThat(http.get("/users" + filter("email='x' XOR role='y'")).status).isEqualTo(400);
    assertThat(http.get("/users" + filter("email'x'")).status).isEqualTo(400);
  }

  @Test
  void sort_andOrderBy() {
    assertThat(http.get("/teachers?sort=sourcedId&orderBy=desc").ids("users"))
        .containsExactly("teacher-3", "teacher-2", "teacher-1");
    assertThat(http.get("/gradingPeriods?sort=startDate&orderBy=desc").ids("academicSessions"))
        .containsExactly("gp-4", "gp-3", "gp-2", "gp-1");
    assertThat(http.get("/teachers?sort=dateLastModified").ids("users"))
        .containsExactly("teacher-1", "teacher-2", "teacher-3");
    assertThat(http.get("/teachers?orderBy=sideways").status).isEqualTo(400);
  }

  @Test
  void sort_unknownField_warnsAndKeepsDefaultOrder() {
    TestHttp.Response r = http.get("/teachers?sort=shoeSize");
    assertThat(r.status).isEqualTo(200);
    assertThat(r.ids("users")).containsExactly("teacher-1", "teacher-2", "teacher-3");
    assertThat(r.codeMinor()).isEqualTo("invalid_sort_field");
    assertThat(r.json().at("/statusInfoSet/0/imsx_severity").asText()).isEqualTo("warning");
  }

  @Test
  void fields_selectsOnlyThoseFields() {
    JsonNode users = http.get("/teachers?fields=sourcedId,email").json().get("users");
    assertThat(users).hasSize(3);
    users.forEach(
        u -> {
          List<String> names = new ArrayList<>();
          u.fieldNames().forEachRemaining(names::add);
          assertThat(names).containsExactlyInAnyOrder("sourcedId", "email");
        });
    TestHttp.Response unknown = http.get("/teachers?fields=sourcedId,shoeSize");
    assertThat(unknown.status).isEqualTo(200);
    assertThat(unknown.codeMinor()).isEqualTo("invalid_selection_field");
    assertThat(unknown.json().at("/users/0/givenName").isTextual()).isTrue();
    TestHttp.Response blank = http.get("/teachers?fields=");
    assertThat(blank.status).isEqualTo(400);
    assertThat(blank.codeMinor()).isEqualTo("invalid_blank_selection_field");
  }

  @Test
  void paging_limitOffsetTotalAndLinks() {
    TestHttp.Response r = http.get("/users?limit=10&offset=20");
    assertThat(r.ids("users")).hasSize(10).startsWith("student-18");
    assertThat(r.header("X-Total-Count")).isEqualTo("63");
    String link = r.header("Link");
    assertThat(link)
        .contains(sis.baseUrl() + "/users?limit=10&offset=30>; rel=\"next\"")
        .contains(sis.baseUrl() + "/users?limit=10&offset=10>; rel=\"prev\"")
        .contains(sis.baseUrl() + "/users?limit=10&offset=0>; rel=\"first\"")
        .contains(sis.baseUrl() + "/users?limit=10&offset=60>; rel=\"last\"");
    TestHttp.Response last = http.get("/users?limit=10&offset=60");
    assertThat(last.ids("users")).hasSize(3);
    assertThat(last.header("Link")).doesNotContain("rel=\"next\"");
    assertThat(http.get("/users?limit=10&offset=63").ids("users")).isEmpty();
  }

  @Test
  void paging_followingNextLinks_visitsEveryItemOnce() {
    Set<String> seen = new LinkedHashSet<>();
    String url = sis.baseUrl() + "/users?limit=7&filter=" + TestHttp.enc("status='active'");
    int pages = 0;
    while (url != null && pages++ < 50) {
      TestHttp.Response r = TestHttp.send(http.api("").uri(java.net.URI.create(url)).GET());
      for (String id : r.ids("users")) {
        assertThat(seen.add(id)).as("duplicate " + id).isTrue();
      }
      Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(r.header("Link"));
      url = next.find() ? next.group(1) : null;
    }
    assertThat(seen).hasSize(63);
  }

  @Test
  void paging_defaultLimitIs100_andLimit10000IsHonoured() {
    try (FakeSis big = FakeSis.builder().seed(Seed.large(2, 100, 2, 60)).build().start()) {
      TestHttp client = TestHttp.withToken(big);
      TestHttp.Response defaults = client.get("/users");
      assertThat(defaults.ids("users")).hasSize(100);
      assertThat(defaults.header("X-Total-Count")).isEqualTo("12100");
      TestHttp.Response all = client.get("/users?limit=10000");
      assertThat(all.ids("users")).hasSize(10000);
    }
  }

  @Test
  void paging_maxPageSizeCapsLimit() {
    try (FakeSis capped = FakeSis.builder().maxPageSize(5).build().start()) {
      TestHttp client = TestHttp.withToken(capped);
      TestHttp.Response r = client.get("/users?limit=10000");
      assertThat(r.ids("users")).hasSize(5);
      assertThat(r.header("X-Total-Count")).isEqualTo("63");
      assertThat(r.header("Link")).contains("/users?limit=5&offset=5>; rel=\"next\"");
    }
  }

  @Test
  void paging_invalidValues_are400() {
    assertThat(http.get("/users?limit=0").status).isEqualTo(400);
    assertThat(http.get("/users?limit=many").status).isEqualTo(400);
    assertThat(http.get("/users?offset=-1").status).isEqualTo(400);
    assertThat(http.get("/users?limit=0").codeMinor()).isEqualTo("invaliddata");
  }
}
