package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.export.PlannerTest.IDS;
import static org.oneroster4j.export.PlannerTest.ROSTER;
import static org.oneroster4j.export.PlannerTest.TODAY;
import static org.oneroster4j.export.PlannerTest.cls;
import static org.oneroster4j.export.PlannerTest.graded;
import static org.oneroster4j.export.PlannerTest.lineItem;
import static org.oneroster4j.export.PlannerTest.quiz;
import static org.oneroster4j.export.PlannerTest.result;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.LineItemRules;

/** The planner's OneRoster 1.2 rules: school, class and a category on every line item. */
class PlannerV12Test {
  static final GuidRef SCHOOL = GuidRef.of("sch-1", GuidRefType.ORG);

  static ExportPlan plan12(LineItemRules rules, GradebookClass gc, SisClassState state) {
    Planner p = new Planner(IDS, rules, TODAY, OneRosterVersion.V1_2);
    p.planClass(gc, state);
    return p.build();
  }

  static SisClassState state(GuidRef school, Category... categories) {
    return new SisClassState(List.of(), List.of(), ROSTER, List.of(categories), List.of(), school);
  }

  /** One quiz in category "Quizzes" with one grade. */
  static GradebookClass gradedQuiz() {
    return cls(quiz("a1").category("Quizzes").grade(graded("s-1", 9)).build());
  }

  static LineItemRules policy(CategoryPolicy policy) {
    return LineItemRules.specification().toBuilder().categoryPolicy(policy).build();
  }

  @Test
  void lineItemsCarryTheSchool_resultsTheClass() {
    ExportPlan plan = plan12(policy(CategoryPolicy.MATCH_OR_CREATE), gradedQuiz(), state(SCHOOL));

    String quizzes = IDS.categoryId("Quizzes");
    assertThat(plan.writes())
        .extracting(PlannedItem::kind)
        .containsExactly(ItemKind.CATEGORY, ItemKind.LINE_ITEM, ItemKind.RESULT);
    assertThat(lineItem(plan.writes().get(1)).school()).isEqualTo(SCHOOL);
    assertThat(lineItem(plan.writes().get(1)).category().sourcedId()).isEqualTo(quizzes);
    assertThat(plan.writes().get(1).dependsOn()).containsExactly(quizzes);
    assertThat(result(plan.writes().get(2)).schoolClass().sourcedId()).isEqualTo("c-1");
    assertThat(result(plan.writes().get(2)).scoreDate()).isEqualTo(TODAY);
  }

  @Test
  void aClassWithoutASchool_skipsItsLineItems() {
    ExportPlan plan = plan12(policy(CategoryPolicy.MATCH_OR_CREATE), gradedQuiz(), state(null));

    assertThat(plan.writes()).extracting(PlannedItem::kind).doesNotContain(ItemKind.LINE_ITEM);
    assertThat(plan.writes()).extracting(PlannedItem::kind).doesNotContain(ItemKind.RESULT);
    assertThat(plan.skipped())
        .extracting(SkippedItem::reason)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("school:").contains("c-1"),
            r -> assertThat(r).contains("assignment a1 is invalid"));
  }

  @Test
  void omitPolicies_stillSendACategory_uncategorizedWhenTheAssignmentHasNone() {
    for (CategoryPolicy omitting : List.of(CategoryPolicy.OMIT, CategoryPolicy.MATCH_OR_OMIT)) {
      ExportPlan plan = plan12(policy(omitting), cls(quiz("a1").build()), state(SCHOOL));

      String uncategorized = IDS.categoryId(DesiredState.UNCATEGORIZED);
      assertThat(plan.writes())
          .extracting(PlannedItem::kind, PlannedItem::sourcedId)
          .startsWith(org.assertj.core.groups.Tuple.tuple(ItemKind.CATEGORY, uncategorized));
      assertThat(lineItem(plan.writes().get(1)).category().sourcedId()).isEqualTo(uncategorized);
    }
  }

  @Test
  void matchOrClassDefault_usesTheClassesLowestTitledCategory_neverCreatesOne() {
    Category zeta = Category.builder().sourcedId("k-2").title("Zeta").build();
    Category alpha = Category.builder().sourcedId("k-9").title("alpha").build();

    ExportPlan plan =
        plan12(
            policy(CategoryPolicy.MATCH_OR_CLASS_DEFAULT),
            cls(quiz("a1").category("Labs").build(), quiz("a2").build()),
            state(SCHOOL, zeta, alpha));

    assertThat(plan.count(ItemKind.CATEGORY, Action.CREATE)).isZero();
    assertThat(plan.writes())
        .extracting(w -> lineItem(w).category().sourcedId())
        .containsExactly("k-9", "k-9");
    assertThat(plan.warnings())
        .satisfiesExactly(
            w -> assertThat(w).contains("\"Labs\"").contains("\"alpha\" (k-9)"),
            w -> assertThat(w).contains("it has no category").contains("\"alpha\" (k-9)"));
  }

  @Test
  void matchOrClassDefault_skipsTheLineItemsOfAClassWithoutCategories() {
    ExportPlan plan =
        plan12(
            policy(CategoryPolicy.MATCH_OR_CLASS_DEFAULT),
            cls(quiz("a1").category("Labs").build()),
            state(SCHOOL));

    assertThat(plan.writes()).isEmpty();
    assertThat(plan.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("the class has no grading category"));
  }
}
