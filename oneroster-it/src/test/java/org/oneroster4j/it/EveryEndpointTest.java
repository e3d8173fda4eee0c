package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterScopes;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.WriteResult;
import org.oneroster4j.model.AssessmentLineItem;
import org.oneroster4j.model.AssessmentResult;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.OneRosterEntity;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.ScoreScale;
import org.oneroster4j.model.ScoreScaleValue;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.query.PagedIterable;
import org.oneroster4j.query.Query;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

/**
 * Calls every public endpoint method of {@link OneRosterClient} against the testkit, in both
 * versions, found by reflection so that a new endpoint method is covered without editing this test.
 * A typo in any path makes the fake SIS answer 404 and the call fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryEndpointTest {
  private final Map<OneRosterVersion, FakeSis> sis = new HashMap<>();
  private final Map<OneRosterVersion, OneRosterClient> clients = new HashMap<>();
  private final Map<OneRosterVersion, Map<String, String>> ids = new HashMap<>();

  @BeforeAll
  void start() {
    for (OneRosterVersion v : OneRosterVersion.values()) {
      FakeSis s = FakeSis.builder().vendor("generic").version(v).seed(Seed.small()).build().start();
      sis.put(v, s);
      // 1.2 demographics and the 1.2 assessment profile need their own scopes, beyond the
      // grade-export set; 1.1 defines no assessment scopes, so its token request leaves them out.
      List<String> scopes =
          new ArrayList<>(
              List.of(
                  OneRosterScopes.ROSTER_READONLY,
                  OneRosterScopes.ROSTER_DEMOGRAPHICS_READONLY,
                  OneRosterScopes.GRADEBOOK_READONLY,
                  OneRosterScopes.GRADEBOOK_CREATEPUT,
                  OneRosterScopes.GRADEBOOK_DELETE));
      if (v == OneRosterVersion.V1_2) {
        scopes.addAll(
            List.of(
                OneRosterScopes.ASSESSMENT_READONLY,
                OneRosterScopes.ASSESSMENT_CREATEPUT,
                OneRosterScopes.ASSESSMENT_DELETE));
      }
      OneRosterClient client =
          Fixtures.clientBuilder(s).scopes(scopes.toArray(String[]::new)).build();
      assertThat(client.version()).isEqualTo(v);
      clients.put(v, client);
      ids.put(v, idsFor(s, client, v));
    }
  }

  @AfterAll
  void stop() {
    sis.values().forEach(FakeSis::close);
  }

  /** An id for each parameter name and each single-object getter, taken from the seeded SIS. */
  private static Map<String, String> idsFor(FakeSis s, OneRosterClient c, OneRosterVersion v) {
    Seed seed = s.seed();
    String classId = seed.classIds().get(0);
    String category = c.categoriesForClass(classId).stream().findFirst().orElseThrow().sourcedId();
    String school = seed.schoolIds().get(0);
    LineItem li =
        LineItem.builder()
            .sourcedId("every-endpoint-li")
            .status(StatusType.ACTIVE)
            .title("Every endpoint")
            .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
            .dueDate(Instant.parse("2026-09-08T00:00:00Z"))
            .schoolClass(GuidRef.of(classId, GuidRefType.CLASS))
            .school(GuidRef.of(school, GuidRefType.ORG))
            .category(GuidRef.of(category, GuidRefType.CATEGORY))
            .resultValueMin(0.0)
            .resultValueMax(10.0)
            .build();
    assertThat(c.putLineItem(li).httpStatus()).isIn(200, 201);
    String student = seed.studentIdsOf(classId).get(0);
    Result r =
        Result.builder()
            .sourcedId("every-endpoint-r")
            .status(StatusType.ACTIVE)
            .lineItem(GuidRef.of(li.sourcedId(), GuidRefType.LINE_ITEM))
            .student(GuidRef.of(student, GuidRefType.STUDENT))
            .schoolClass(GuidRef.of(classId, GuidRefType.CLASS))
            .scoreStatus(ScoreStatus.FULLY_GRADED)
            .score(9.0)
            .scoreDate(LocalDate.of(2026, 9, 9))
            .build();
    assertThat(c.putResult(r).httpStatus()).isIn(200, 201);
    Map<String, String> m = new HashMap<>();
    m.put("schoolId", school);
    m.put("classId", classId);
    m.put("termId", seed.termIds().get(0));
    m.put("courseId", c.courses().stream().findFirst().orElseThrow().sourcedId());
    m.put("studentId", student);
    m.put("teacherId", seed.teacherId());
    m.put("userId", seed.teacherId());
    m.put("lineItemId", li.sourcedId());
    // single-object getters, by method name
    m.put("org", school);
    m.put("school", school);
    m.put("academicSession", seed.termIds().get(0));
    m.put("term", seed.termIds().get(0));
    m.put("gradingPeriod", seed.gradingPeriodIds().get(0));
    m.put("course", m.get("courseId"));
    m.put("schoolClass", classId);
    m.put("user", student);
    m.put("student", student);
    m.put("teacher", seed.teacherId());
    m.put("enrollment", c.enrollments().stream().findFirst().orElseThrow().sourcedId());
    c.demographics().stream().findFirst().ifPresent(d -> m.put("demographic", d.sourcedId()));
    m.put("category", category);
    m.put("lineItem", li.sourcedId());
    m.put("result", r.sourcedId());
    if (v == OneRosterVersion.V1_2) {
      ScoreScale scale =
          ScoreScale.builder()
              .sourcedId("every-endpoint-scale")
              .status(StatusType.ACTIVE)
              .title("Pass/fail")
              .type("pass/fail")
              .schoolClass(GuidRef.of(classId, GuidRefType.CLASS))
              .scoreScaleValue(
                  List.of(
                      ScoreScaleValue.builder().itemValueLHS("P").itemValueRHS("1").build(),
                      ScoreScaleValue.builder().itemValueLHS("F").itemValueRHS("0").build()))
              .build();
      assertThat(c.putScoreScale(scale).httpStatus()).isIn(200, 201);
      m.put("scoreScale", scale.sourcedId());
      AssessmentLineItem item = assessmentLineItem("every-endpoint-ali", classId);
      assertThat(c.putAssessmentLineItem(item).httpStatus()).isIn(200, 201);
      m.put("assessmentLineItem", item.sourcedId());
      AssessmentResult ar = assessmentResult("every-endpoint-ar", item.sourcedId(), student);
      assertThat(c.putAssessmentResult(ar).httpStatus()).isIn(200, 201);
      m.put("assessmentResult", ar.sourcedId());
    }
    return m;
  }

  private static AssessmentLineItem assessmentLineItem(String id, String classId) {
    return AssessmentLineItem.builder()
        .sourcedId(id)
        .status(StatusType.ACTIVE)
        .title("Every endpoint benchmark")
        .schoolClass(GuidRef.of(classId, GuidRefType.CLASS))
        .resultValueMin(0)
        .resultValueMax(60)
        .build();
  }

  private static AssessmentResult assessmentResult(String id, String itemId, String student) {
    return AssessmentResult.builder()
        .sourcedId(id)
        .status(StatusType.ACTIVE)
        .assessmentLineItem(GuidRef.of(itemId, GuidRefType.ASSESSMENT_LINE_ITEM))
        .student(GuidRef.of(student, GuidRefType.USER))
        .scoreStatus(ScoreStatus.FULLY_GRADED)
        .score(52.5)
        .scorePercentile(87.5)
        .scoreDate(LocalDate.of(2026, 10, 2))
        .late(false)
        .build();
  }

  /** Every public read method: a collection (with and without a Query) or a single object. */
  static List<Method> readMethods() {
    List<Method> out = new ArrayList<>();
    for (Method m : OneRosterClient.class.getMethods()) {
      if (m.getDeclaringClass() != OneRosterClient.class || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      boolean stringsOrQuery =
          Arrays.stream(m.getParameterTypes()).allMatch(t -> t == String.class || t == Query.class);
      boolean read =
          m.getReturnType() == PagedIterable.class
              || OneRosterEntity.class.isAssignableFrom(m.getReturnType());
      if (read && stringsOrQuery && !m.getName().startsWith("teacherBy")) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(Method::toGenericString));
    return out;
  }

  Stream<Arguments> calls() {
    List<Arguments> out = new ArrayList<>();
    for (OneRosterVersion v : OneRosterVersion.values()) {
      for (Method m : readMethods()) {
        out.add(Arguments.of(v, m.getName() + Arrays.toString(m.getParameterTypes()), m));
      }
    }
    return out.stream();
  }

  @Test
  void theReflectionFindsEveryEndpointFamily() {
    // Rostering: 12 entity families x (list, list with query, get) + 17 nested reads x 2.
    // Gradebook: categories, lineItems, results, scoreScales, assessmentLineItems and
    // assessmentResults x 3, and the 7 class- or school-scoped collections x 2. A different count
    // means an endpoint method was lost or added without being counted here.
    assertThat(readMethods()).hasSize(12 * 3 + 17 * 2 + 6 * 3 + 7 * 2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("calls")
  void everyReadMethod_answersFromTheFakeSis(OneRosterVersion v, String name, Method m)
      throws Throwable {
    OneRosterClient client = clients.get(v);
    Map<String, String> known = ids.get(v);
    boolean v12Only = isV12Only(m);
    List<String> keys = idKeys(m);
    Object[] args = new Object[m.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] =
          m.getParameterTypes()[i] == Query.class
              ? Query.builder().pageSize(2).build()
              : known.get(keys.get(i));
    }
    if (v == OneRosterVersion.V1_1 && v12Only) {
      assertThatThrownBy(() -> invoke(m, client, args))
          .isInstanceOf(UnsupportedOperationException.class);
      return;
    }
    if (Arrays.stream(args).anyMatch(a -> a == null)) {
      // Only demographics may be absent from a seed; anything else is a defect of this test.
      assertThat(m.getName()).isEqualTo("demographic");
      return;
    }
    sis.get(v).clearRequests();
    Object answer = invoke(m, client, args);
    if (answer instanceof PagedIterable<?> page) {
      page.stream().limit(3).forEach(item -> assertThat(item).isNotNull());
    } else {
      assertThat(((OneRosterEntity) answer).sourcedId()).isEqualTo(args[0]);
    }
    List<RecordedRequest> sent = sis.get(v).requests();
    assertThat(sent).isNotEmpty().allMatch(r -> r.status() == 200);
    String expectedRoot = v == OneRosterVersion.V1_1 ? "/ims/oneroster/v1p1/" : "/ims/oneroster/";
    assertThat(sent.get(0).path()).contains(expectedRoot);
  }

  @ParameterizedTest
  @MethodSource("versions")
  void everyWriteMethod_putsAndDeletes(OneRosterVersion v) {
    OneRosterClient c = clients.get(v);
    Category cat =
        Category.builder()
            .sourcedId("every-endpoint-cat")
            .status(StatusType.ACTIVE)
            .title("Every endpoint")
            .build();
    WriteResult put = c.putCategory(cat);
    assertThat(put.created()).isTrue();
    assertThat(c.category(cat.sourcedId()).title()).isEqualTo("Every endpoint");
    assertThat(c.deleteCategory(cat.sourcedId()).httpStatus()).isIn(200, 204);
    assertThat(c.deleteResult(ids.get(v).get("result")).httpStatus()).isIn(200, 204);
    assertThat(c.deleteLineItem(ids.get(v).get("lineItem")).httpStatus()).isIn(200, 204);
    if (v == OneRosterVersion.V1_2) {
      assertThat(c.deleteScoreScale(ids.get(v).get("scoreScale")).httpStatus()).isIn(200, 204);
      String classId = sis.get(v).seed().classIds().get(0);
      String student = sis.get(v).seed().studentIdsOf(classId).get(0);
      AssessmentLineItem item = assessmentLineItem("every-endpoint-ali-2", classId);
      assertThat(c.putAssessmentLineItem(item).created()).isTrue();
      assertThat(c.putAssessmentLineItem(item.toBuilder().title("Renamed").build()).created())
          .isFalse();
      assertThat(c.assessmentLineItem(item.sourcedId()).title()).isEqualTo("Renamed");
      AssessmentResult ar = assessmentResult("every-endpoint-ar-2", item.sourcedId(), student);
      assertThat(c.putAssessmentResult(ar).created()).isTrue();
      AssessmentResult back = c.assessmentResult(ar.sourcedId());
      // Everything sent comes back; the SIS sets dateLastModified.
      assertThat(back).isEqualTo(ar.toBuilder().dateLastModified(back.dateLastModified()).build());
      assertThat(c.deleteAssessmentResult(ar.sourcedId()).httpStatus()).isIn(200, 204);
      assertThat(c.deleteAssessmentResult(ids.get(v).get("assessmentResult")).httpStatus())
          .isIn(200, 204);
      assertThat(c.deleteAssessmentLineItem(item.sourcedId()).httpStatus()).isIn(200, 204);
      assertThat(c.deleteAssessmentLineItem(ids.get(v).get("assessmentLineItem")).httpStatus())
          .isIn(200, 204);
      assertThat(c.assessmentLineItems().stream()).isEmpty();
    } else {
      // 1.2-only writes are refused by a 1.1 client before any request.
      sis.get(v).clearRequests();
      AssessmentLineItem item = assessmentLineItem("x", "class-1");
      AssessmentResult ar = assessmentResult("x", "x", "student-1");
      for (Runnable write :
          List.<Runnable>of(
              () -> c.putScoreScale(ScoreScale.builder().sourcedId("x").build()),
              () -> c.deleteScoreScale("x"),
              () -> c.putAssessmentLineItem(item),
              () -> c.deleteAssessmentLineItem("x"),
              () -> c.putAssessmentResult(ar),
              () -> c.deleteAssessmentResult("x"))) {
        assertThatThrownBy(write::run)
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("is not part of OneRoster 1.1");
      }
      assertThat(sis.get(v).requests()).isEmpty();
    }
    // put them back for the read tests that may run after this one
    ids.put(v, idsFor(sis.get(v), c, v));
  }

  /** Score scales and the assessment profile exist only in OneRoster 1.2. */
  private static boolean isV12Only(Method m) {
    String name = m.getName().toLowerCase(java.util.Locale.ROOT);
    return name.contains("scorescale") || name.contains("assessment");
  }

  @Test
  void theV12OnlyReadMethods_areScoreScalesAndTheAssessmentProfile() {
    assertThat(readMethods().stream().filter(EveryEndpointTest::isV12Only).map(Method::getName))
        .containsExactlyInAnyOrder(
            "assessmentLineItem",
            "assessmentLineItems",
            "assessmentLineItems",
            "assessmentResult",
            "assessmentResults",
            "assessmentResults",
            "scoreScale",
            "scoreScales",
            "scoreScales",
            "scoreScalesForClass",
            "scoreScalesForClass",
            "scoreScalesForSchool",
            "scoreScalesForSchool");
  }

  /**
   * Which ids a method takes, from its name: {@code lineItem(id)} takes a lineItem id, {@code
   * classesForTerm(id)} a termId, {@code studentsForClassInSchool(s, c)} a schoolId and a classId.
   */
  private static List<String> idKeys(Method m) {
    String n = m.getName();
    if (n.endsWith("ForClassInSchool")) {
      return List.of("schoolId", "classId");
    }
    if (n.endsWith("ForLineItemForClass")) {
      return List.of("classId", "lineItemId");
    }
    if (n.endsWith("ForStudentForClass")) {
      return List.of("classId", "studentId");
    }
    int at = n.lastIndexOf("For");
    if (at > 0) {
      String owner = n.substring(at + 3);
      return List.of(Character.toLowerCase(owner.charAt(0)) + owner.substring(1) + "Id");
    }
    return List.of(n);
  }

  static Stream<OneRosterVersion> versions() {
    return Stream.of(OneRosterVersion.values());
  }

  private static Object invoke(Method m, Object target, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
