package org.oneroster4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;

class ValidationTest {

  private static LineItem validLineItem() {
    return LineItem.builder()
        .sourcedId("li-1")
        .title("Quiz 1")
        .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
        .dueDate(Instant.parse("2026-09-08T00:00:00Z"))
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .resultValueMin(0)
        .resultValueMax(100)
        .build();
  }

  private static Result validResult() {
    return Result.builder()
        .sourcedId("r-1")
        .lineItem(GuidRef.of("li-1", GuidRefType.LINE_ITEM))
        .student(GuidRef.of("s-1", GuidRefType.STUDENT))
        .scoreStatus(ScoreStatus.FULLY_GRADED)
        .score(95)
        .build();
  }

  @Test
  void validLineItem_hasNoProblems() {
    assertThat(Validation.problems(validLineItem())).isEmpty();
    assertThatCode(() -> Validation.require(validLineItem())).doesNotThrowAnyException();
    LineItem sameInstant =
        validLineItem().toBuilder().dueDate(Instant.parse("2026-09-01T00:00:00Z")).build();
    assertThat(Validation.problems(sameInstant)).isEmpty();
  }

  @Test
  void emptyLineItem_listsEveryProblemWithItsFix() {
    assertThat(Validation.problems(LineItem.builder().title("  ").build()))
        .extracting(Violation::field)
        .containsExactly(
            "sourcedId",
            "title",
            "class",
            "assignDate",
            "dueDate",
            "resultValueMin",
            "resultValueMax");
    assertThat(Validation.problems(LineItem.builder().build()))
        .allSatisfy(v -> assertThat(v.message()).contains("; "));
  }

  @Test
  void lineItem_assignedAfterDue_isAProblem() {
    LineItem late =
        validLineItem().toBuilder().assignDate(Instant.parse("2026-09-09T00:00:00Z")).build();

    assertThat(Validation.problems(late))
        .containsExactly(
            new Violation(
                "assignDate",
                "is after dueDate (2026-09-09T00:00:00Z > 2026-09-08T00:00:00Z); "
                    + "set assignDate on or before dueDate"));
  }

  @Test
  void lineItem_maxNotAboveMin_isAProblem() {
    assertThat(Validation.problems(validLineItem().toBuilder().resultValueMax(0).build()))
        .extracting(Violation::field, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "resultValueMax",
                "must be greater than resultValueMin (0.0 <= 0.0); set the maximum points above the minimum"));
  }

  @Test
  void lineItem_nonFiniteBounds_areProblems() {
    LineItem item =
        validLineItem().toBuilder()
            .resultValueMin(Double.NEGATIVE_INFINITY)
            .resultValueMax(Double.NaN)
            .build();

    assertThat(Validation.problems(item))
        .extracting(Violation::field)
        .containsExactly("resultValueMin", "resultValueMax");
    assertThat(Validation.problems(item).get(1).message())
        .startsWith("is NaN; use a finite number");
  }

  @Test
  void lineItem_blankReferenceIds_areProblems() {
    LineItem item =
        validLineItem().toBuilder()
            .schoolClass(GuidRef.of(" ", GuidRefType.CLASS))
            .category(GuidRef.of("", GuidRefType.CATEGORY))
            .build();

    assertThat(Validation.problems(item))
        .extracting(Violation::field)
        .containsExactly("class.sourcedId", "category.sourcedId");
  }

  @Test
  void require_throwsOneExceptionListingEveryProblem() {
    LineItem item = validLineItem().toBuilder().title(null).schoolClass(null).build();

    assertThatThrownBy(() -> Validation.require(item))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.subject()).isEqualTo("lineItem li-1");
              assertThat(e.violations())
                  .extracting(Violation::field)
                  .containsExactly("title", "class");
            })
        .hasMessage(
            "Invalid lineItem li-1 (2 problems): title: is required; give the line item the "
                + "assignment's title; class: is required; set a reference to the class the line "
                + "item belongs to (its sourcedId)");
  }

  @Test
  void validResult_hasNoProblems_evenWithExtraCreditOrNoScore() {
    assertThat(Validation.problems(validResult())).isEmpty();
    assertThat(Validation.problems(validResult().toBuilder().score(300).build())).isEmpty();
    assertThat(
            Validation.problems(
                validResult().toBuilder().score(null).scoreStatus(ScoreStatus.EXEMPT).build()))
        .isEmpty();
  }

  @Test
  void emptyResult_listsEveryProblem() {
    assertThat(Validation.problems(Result.builder().score(Double.POSITIVE_INFINITY).build()))
        .extracting(Violation::field)
        .containsExactly("sourcedId", "lineItem", "student", "scoreStatus", "score");
  }

  @Test
  void require_namesAResultWithoutSourcedId() {
    Result result = validResult().toBuilder().sourcedId(null).build();

    assertThatThrownBy(() -> Validation.require(result))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "Invalid result (no sourcedId) (1 problem): sourcedId: is required");
  }

  @Test
  void category_needsSourcedIdAndTitle() {
    assertThat(Validation.problems(Category.builder().sourcedId("c").title("Quizzes").build()))
        .isEmpty();
    assertThat(Validation.problems(Category.builder().build()))
        .extracting(Violation::field)
        .containsExactly("sourcedId", "title");
    assertThatThrownBy(() -> Validation.require(Category.builder().sourcedId("c").build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Invalid category c (1 problem): title: is required");
  }

  @Test
  void require_null_namesWhatIsMissing() {
    assertThatThrownBy(() -> Validation.require((LineItem) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("lineItem");
    assertThatThrownBy(() -> Validation.require((Result) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("result");
    assertThatThrownBy(() -> Validation.require((Category) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("category");
    assertThatThrownBy(
            () -> Validation.require((OneRosterEntity) null, org.oneroster4j.OneRosterVersion.V1_2))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("entity");
  }
}
