package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.SessionType;
import org.oneroster4j.model.User;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;

class PlannerTest {
  static final StableIds IDS = StableIds.forNamespace("test");
  static final LocalDate TODAY = LocalDate.of(2026, 9, 10);
  static final Instant DUE = Instant.parse("2026-09-08T23:59:00Z");
  static final LineItemRules GENERIC = LineItemRules.specification();
  static final LineItemRules STRICT =
      LineItemRules.builder()
          .titleMaxLength(10)
          .categoryPolicy(CategoryPolicy.MATCH_OR_OMIT)
          .dueDateRequired(true)
          .wholeNumberPoints(true)
          .commentMaxLength(5)
          .build();

  static User student(String id, String email) {
    return User.builder().sourcedId(id).email(email).build();
  }

  static final List<User> ROSTER =
      List.of(student("s-1", "ana@example.edu"), student("s-2", "Kim@Example.edu"));

  static Assignment.Builder quiz(String id) {
    return Assignment.builder().id(id).title("Quiz " + id).maxPoints(10).dueDate(DUE);
  }

  static Grade graded(String student, double score) {
    return Grade.builder().studentSourcedId(student).score(score).build();
  }

  static SisClassState sis(List<LineItem> lineItems, List<Result> results) {
    return new SisClassState(lineItems, results, ROSTER, List.of(), List.of());
  }

  static ExportPlan plan(LineItemRules rules, GradebookClass gc, SisClassState state) {
    Planner p = new Planner(IDS, rules, TODAY);
    p.planClass(gc, state);
    return p.build();
  }

  static GradebookClass cls(Assignment... assignments) {
    return GradebookClass.builder().classSourcedId("c-1").assignments(List.of(assignments)).build();
  }

  /** What a planned lineItem PUT sends; fails unless {@code i} is one. */
  static LineItem lineItem(PlannedItem i) {
    assertThat(i).isInstanceOf(PlannedWrite.LineItemPut.class);
    return ((PlannedWrite.LineItemPut) i).lineItem();
  }

  /** What a planned result PUT sends; fails unless {@code i} is one. */
  static Result result(PlannedItem i) {
    assertThat(i).isInstanceOf(PlannedWrite.ResultPut.class);
    return ((PlannedWrite.ResultPut) i).result();
  }

  /** The SIS state after a plan's writes all succeeded. */
  static SisClassState applied(ExportPlan plan, SisClassState before) {
    List<LineItem> lineItems = new ArrayList<>(before.lineItems());
    List<Result> results = new ArrayList<>(before.results());
    for (PlannedWrite i : plan.writes()) {
      if (i.kind() == ItemKind.LINE_ITEM) {
        lineItems.removeIf(li -> li.sourcedId().equals(i.sourcedId()));
        if (i.action() != Action.DELETE) {
          lineItems.add(lineItem(i));
        }
      } else if (i.kind() == ItemKind.RESULT) {
        results.removeIf(r -> r.sourcedId().equals(i.sourcedId()));
        if (i.action() != Action.DELETE) {
          results.add(result(i));
        }
      }
    }
    return new SisClassState(lineItems, results, before.students(), before.categories(), List.of());
  }

  @Test
  void plan_createsLineItemsAndResultsWithStableIds() {
    ExportPlan plan =
        plan(
            GENERIC,
            cls(quiz("a1").grade(graded("s-1", 9)).grade(graded("s-2", 7)).build()),
            sis(List.of(), List.of()));

    String li = IDS.lineItemId("c-1", "a1");
    assertThat(plan.count(ItemKind.LINE_ITEM, Action.CREATE)).isEqualTo(1);
    assertThat(plan.count(ItemKind.RESULT, Action.CREATE)).isEqualTo(2);
    PlannedItem lineItem = plan.items().get(0);
    assertThat(lineItem.sourcedId()).isEqualTo(li);
    assertThat(lineItem(lineItem).title()).isEqualTo("Quiz a1");
    assertThat(lineItem(lineItem).resultValueMin()).isEqualTo(0.0);
    assertThat(lineItem(lineItem).resultValueMax()).isEqualTo(10.0);
    assertThat(lineItem(lineItem).assignDate()).isEqualTo(DUE);
    assertThat(lineItem(lineItem).schoolClass().sourcedId()).isEqualTo("c-1");
    PlannedItem result = plan.items().get(1);
    assertThat(result.sourcedId()).isEqualTo(IDS.resultId(li, "s-1"));
    assertThat(result(result).scoreStatus()).isEqualTo(ScoreStatus.FULLY_GRADED);
    assertThat(result(result).scoreDate()).isEqualTo(TODAY);
    assertThat(result.dependsOn()).containsExactly(li);
    assertThat(plan.skipped()).isEmpty();
  }

  @Test
  void plan_ofAnAlreadyExportedGradebook_isAllUnchanged_evenOnALaterDay() {
    GradebookClass gc =
        cls(
            quiz("a1").description("d").grade(graded("s-1", 9.5)).build(),
            quiz("a2")
                .grade(
                    Grade.builder()
                        .studentEmail("KIM@example.edu")
                        .status(ScoreStatus.EXEMPT)
                        .build())
                .build());
    SisClassState after =
        applied(plan(GENERIC, gc, sis(List.of(), List.of())), sis(List.of(), List.of()));

    Planner later = new Planner(IDS, GENERIC, TODAY.plusDays(30));
    later.planClass(gc, after);
    ExportPlan again = later.build();

    assertThat(again.writeCount()).isZero();
    assertThat(again.count(ItemKind.LINE_ITEM, Action.UNCHANGED)).isEqualTo(2);
    assertThat(again.count(ItemKind.RESULT, Action.UNCHANGED)).isEqualTo(2);
  }

  @Test
  void plan_afterOneGradeChanged_updatesExactlyThatResult() {
    GradebookClass gc = cls(quiz("a1").grade(graded("s-1", 9)).grade(graded("s-2", 7)).build());
    SisClassState after =
        applied(plan(GENERIC, gc, sis(List.of(), List.of())), sis(List.of(), List.of()));
    GradebookClass changed =
        cls(quiz("a1").grade(graded("s-1", 9)).grade(graded("s-2", 8)).build());

    ExportPlan plan = plan(GENERIC, changed, after);

    assertThat(plan.writes()).hasSize(1);
    PlannedWrite w = plan.writes().get(0);
    assertThat(w.kind()).isEqualTo(ItemKind.RESULT);
    assertThat(w.action()).isEqualTo(Action.UPDATE);
    assertThat(w.student()).isEqualTo("s-2");
    assertThat(w.changedFields()).containsExactly("score");
    assertThat(w.dependsOn()).isEmpty();
  }

  @Test
  void plan_comparesOnlyOwnedFields_andToleratesSisNormalisation() {
    String li = IDS.lineItemId("c-1", "a1");
    LineItem sisLineItem =
        LineItem.builder()
            .sourcedId(li)
            .title("Quiz a1")
            .description("")
            .assignDate(DUE)
            .dueDate(DUE)
            .schoolClass(GuidRef.of("c-1", GuidRefType.CLASS))
            .category(GuidRef.of("sis-default-category", GuidRefType.CATEGORY))
            .resultValueMax(10.0)
            .metadata("ext_vendor", "x")
            .build();
    Result sisResult =
        Result.builder()
            .sourcedId(IDS.resultId(li, "s-1"))
            .lineItem(GuidRef.of(li, GuidRefType.LINE_ITEM))
            .student(GuidRef.of("s-1", GuidRefType.USER))
            .scoreStatus(ScoreStatus.FULLY_GRADED)
            .score(9.0)
            .comment("")
            .scoreDate(LocalDate.of(2020, 1, 1))
            .build();
    LineItemRules omitCategories = GENERIC.toBuilder().categoryPolicy(CategoryPolicy.OMIT).build();

    ExportPlan plan =
        plan(
            omitCategories,
            cls(quiz("a1").category("Quizzes").grade(graded("s-1", 9)).build()),
            sis(List.of(sisLineItem), List.of(sisResult)));

    assertThat(plan.writeCount()).isZero();
  }

  @Test
  void plan_detectsEachChangedLineItemField() {
    GradebookClass gc = cls(quiz("a1").build());
    SisClassState after =
        applied(plan(GENERIC, gc, sis(List.of(), List.of())), sis(List.of(), List.of()));

    ExportPlan plan =
        plan(
            GENERIC,
            cls(quiz("a1").title("New").maxPoints(20).dueDate(DUE.plusSeconds(60)).build()),
            after);

    assertThat(plan.writes())
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.changedFields())
                    // assignDate follows dueDate when the LMS has none
                    .containsExactly("title", "assignDate", "dueDate", "resultValueMax"));
  }

  @Test
  void plan_reportsInvalidItemsWithReasons_andStillPlansTheValidOnes() {
    GradebookClass gc =
        cls(
            quiz("blank").title("  ").grade(graded("s-1", 1)).build(),
            quiz("zero").maxPoints(0).build(),
            quiz("nodue").dueDate(null).build(),
            quiz("fraction").maxPoints(9.5).build(),
            quiz("ok")
                .grade(graded("s-1", 5))
                .grade(graded("nobody", 5))
                .grade(Grade.builder().studentEmail("ghost@example.edu").score(1).build())
                .grade(Grade.builder().studentSourcedId("s-2").score(Double.NaN).build())
                .build());

    ExportPlan plan = plan(STRICT, gc, sis(List.of(), List.of()));

    assertThat(plan.skipped())
        .extracting(SkippedItem::assignmentId, SkippedItem::student)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("blank", null),
            org.assertj.core.groups.Tuple.tuple("blank", "s-1"),
            org.assertj.core.groups.Tuple.tuple("zero", null),
            org.assertj.core.groups.Tuple.tuple("nodue", null),
            org.assertj.core.groups.Tuple.tuple("fraction", null),
            org.assertj.core.groups.Tuple.tuple("ok", "nobody"),
            org.assertj.core.groups.Tuple.tuple("ok", "ghost@example.edu"),
            org.assertj.core.groups.Tuple.tuple("ok", "s-2"));
    assertThat(plan.skipped())
        .extracting(SkippedItem::reason)
        .satisfiesExactly(
            r -> assertThat(r).contains("blank title"),
            r -> assertThat(r).contains("assignment blank is invalid"),
            r -> assertThat(r).contains("maxPoints is 0.0"),
            r -> assertThat(r).contains("no due date"),
            r -> assertThat(r).contains("whole-number points"),
            r -> assertThat(r).contains("unknown student").contains("nobody"),
            r -> assertThat(r).contains("unknown student").doesNotContain("ghost"),
            r -> assertThat(r).contains("finite"));
    assertThat(plan.writes())
        .extracting(PlannedItem::assignmentId, PlannedItem::student)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ok", null),
            org.assertj.core.groups.Tuple.tuple("ok", "s-1"));
  }

  @Test
  void plan_truncatesLongTitlesAndComments_withWarnings() {
    ExportPlan plan =
        plan(
            STRICT,
            cls(
                quiz("a1")
                    .title("A very long title")
                    .grade(
                        Grade.builder()
                            .studentSourcedId("s-1")
                            .score(1)
                            .comment("secret words")
                            .build())
                    .build()),
            sis(List.of(), List.of()));

    assertThat(lineItem(plan.items().get(0)).title()).isEqualTo("A very lon");
    assertThat(result(plan.items().get(1)).comment()).isEqualTo("secre");
    assertThat(plan.warnings()).hasSize(2);
    assertThat(plan.warnings().get(1)).doesNotContain("secre");
  }

  @Test
  void plan_ofADeletedAssignment_deletesItsResultsThenItsLineItem() {
    GradebookClass gc = cls(quiz("a1").grade(graded("s-1", 9)).grade(graded("s-2", 7)).build());
    SisClassState after =
        applied(plan(GENERIC, gc, sis(List.of(), List.of())), sis(List.of(), List.of()));

    ExportPlan plan = plan(GENERIC, cls(quiz("a1").deleted(true).build()), after);

    String li = IDS.lineItemId("c-1", "a1");
    assertThat(plan.writes())
        .extracting(PlannedItem::kind, PlannedItem::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ItemKind.RESULT, Action.DELETE),
            org.assertj.core.groups.Tuple.tuple(ItemKind.RESULT, Action.DELETE),
            org.assertj.core.groups.Tuple.tuple(ItemKind.LINE_ITEM, Action.DELETE));
    assertThat(plan.writes().get(2).dependsOn())
        .containsExactlyInAnyOrder(IDS.resultId(li, "s-1"), IDS.resultId(li, "s-2"));
    // Deleting something the SIS never had writes nothing.
    assertThat(plan(GENERIC, cls(quiz("a9").deleted(true).build()), after).writeCount()).isZero();
  }

  @Test
  void plan_ofADeletedGrade_deletesOnlyThatResult() {
    GradebookClass gc = cls(quiz("a1").grade(graded("s-1", 9)).grade(graded("s-2", 7)).build());
    SisClassState after =
        applied(plan(GENERIC, gc, sis(List.of(), List.of())), sis(List.of(), List.of()));

    ExportPlan plan =
        plan(
            GENERIC,
            cls(
                quiz("a1")
                    .grade(graded("s-1", 9))
                    .grade(Grade.builder().studentSourcedId("s-2").deleted(true).build())
                    .build()),
            after);

    assertThat(plan.writes())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.action()).isEqualTo(Action.DELETE);
              assertThat(w.student()).isEqualTo("s-2");
            });
  }

  @Test
  void plan_matchesCategories_perPolicy() {
    List<Category> sisCategories =
        List.of(Category.builder().sourcedId("cat-hw").title("Homework").build());
    SisClassState state = new SisClassState(List.of(), List.of(), ROSTER, sisCategories, List.of());
    GradebookClass gc =
        cls(quiz("a1").category("homework").build(), quiz("a2").category("Labs").build());

    ExportPlan omit =
        plan(GENERIC.toBuilder().categoryPolicy(CategoryPolicy.MATCH_OR_OMIT).build(), gc, state);
    assertThat(omit.writes())
        .extracting(w -> lineItem(w).category() == null ? null : lineItem(w).category().sourcedId())
        .containsExactly("cat-hw", null);
    assertThat(omit.warnings()).singleElement().asString().contains("Labs");

    ExportPlan required =
        plan(GENERIC.toBuilder().categoryPolicy(CategoryPolicy.MATCH_REQUIRED).build(), gc, state);
    assertThat(required.writes()).hasSize(1);
    assertThat(required.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("Labs"));

    ExportPlan create =
        plan(GENERIC.toBuilder().categoryPolicy(CategoryPolicy.MATCH_OR_CREATE).build(), gc, state);
    String labs = IDS.categoryId("Labs");
    assertThat(create.writes())
        .extracting(PlannedItem::kind, PlannedItem::sourcedId)
        .startsWith(org.assertj.core.groups.Tuple.tuple(ItemKind.CATEGORY, labs));
    assertThat(lineItem(create.writes().get(2)).category().sourcedId()).isEqualTo(labs);
    assertThat(create.writes().get(2).dependsOn()).containsExactly(labs);
  }

  @Test
  void plan_picksTheGradingPeriodContainingTheDueDate() {
    AcademicSession q1 =
        AcademicSession.builder()
            .sourcedId("gp-1")
            .type(SessionType.GRADING_PERIOD)
            .startDate(LocalDate.of(2026, 8, 1))
            .endDate(LocalDate.of(2026, 10, 31))
            .build();
    AcademicSession q2 =
        AcademicSession.builder()
            .sourcedId("gp-2")
            .type(SessionType.GRADING_PERIOD)
            .startDate(LocalDate.of(2026, 11, 1))
            .endDate(LocalDate.of(2027, 1, 31))
            .build();
    SisClassState state =
        new SisClassState(List.of(), List.of(), ROSTER, List.of(), List.of(q1, q2));
    LineItemRules pick =
        GENERIC.toBuilder().gradingPeriodPolicy(GradingPeriodPolicy.PICK_BY_DUE_DATE).build();

    ExportPlan plan =
        plan(
            pick,
            cls(
                quiz("a1").build(),
                quiz("a2").dueDate(Instant.parse("2027-06-01T00:00:00Z")).build()),
            state);

    assertThat(lineItem(plan.writes().get(0)).gradingPeriod().sourcedId()).isEqualTo("gp-1");
    assertThat(lineItem(plan.writes().get(1)).gradingPeriod()).isNull();
    assertThat(plan.warnings()).singleElement().asString().contains("2027-06-01");
  }

  @Test
  void plan_reportsDuplicateAssignmentsAndStudents() {
    ExportPlan plan =
        plan(
            GENERIC,
            cls(
                quiz("a1")
                    .grade(graded("s-1", 1))
                    .grade(Grade.builder().studentEmail("ana@example.edu").score(2).build())
                    .build(),
                quiz("a1").build()),
            sis(List.of(), List.of()));

    assertThat(plan.skipped())
        .extracting(SkippedItem::reason)
        .satisfiesExactly(
            r -> assertThat(r).contains("second grade for the same student"),
            r -> assertThat(r).contains("appears more than once"));
    assertThat(plan.writeCount()).isEqualTo(2);
  }
}
