package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryMatcherTest {
  private static final List<String> SIS =
      List.of("Assignments", "Quizzes (QZ)", "Tests (TST)", "Labs (LB1)", "Labs (LB2)");

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Assignments | Assignments | EXACT_TITLE",
        "  Assignments  | Assignments | EXACT_TITLE",
        "assignments | Assignments | TITLE_IGNORING_CASE",
        "Quizzes (QZ) | Quizzes (QZ) | EXACT_TITLE",
        "quizzes(qz) | Quizzes (QZ) | TITLE_IGNORING_CASE",
        "Quizzes | Quizzes (QZ) | TITLE_WITHOUT_CODE",
        "Assignments (AST) | Assignments | TITLE_WITHOUT_CODE",
        "Labs (LB2) | Labs (LB2) | EXACT_TITLE",
        "labs (lb1) | Labs (LB1) | TITLE_IGNORING_CASE",
      })
  void match_findsTheSisCategory(String lms, String expected, CategoryMatch.Kind kind) {
    CategoryMatch<String> match = CategoryMatcher.match(lms, SIS);
    assertThat(match.kind()).isEqualTo(kind);
    assertThat(match.matched()).isTrue();
    assertThat(match.category()).contains(expected);
    assertThat(match.candidates()).isEmpty();
  }

  @Test
  void match_sharedDescription_isAmbiguous_andSaysHowToPickOne() {
    CategoryMatch<String> match = CategoryMatcher.match("Labs", SIS);
    assertThat(match.kind()).isEqualTo(CategoryMatch.Kind.AMBIGUOUS);
    assertThat(match.category()).isEmpty();
    assertThat(match.candidates()).containsExactly("Labs (LB1)", "Labs (LB2)");
    assertThat(match.explanation())
        .isEqualTo(
            "2 SIS categories fit \"Labs\" (\"Labs (LB1)\", \"Labs (LB2)\"); name the LMS category"
                + " \"Title (CODE)\" with the SIS category code to pick one");
  }

  @Test
  void match_differentCode_doesNotMatch() {
    CategoryMatch<String> match = CategoryMatcher.match("Tests (EXM)", SIS);
    assertThat(match.kind()).isEqualTo(CategoryMatch.Kind.NO_MATCH);
    assertThat(match.category()).isEmpty();
  }

  @Test
  void match_duplicateExactTitles_areAmbiguousRatherThanGuessed() {
    CategoryMatch<String> match =
        CategoryMatcher.match("Homework", List.of("Homework", "Homework", "Quizzes"));
    assertThat(match.kind()).isEqualTo(CategoryMatch.Kind.AMBIGUOUS);
    assertThat(match.candidates()).hasSize(2);
  }

  @Test
  void match_noMatch_listsWhatTheSisHas() {
    CategoryMatch<String> match = CategoryMatcher.match("Projects", SIS);
    assertThat(match.kind()).isEqualTo(CategoryMatch.Kind.NO_MATCH);
    assertThat(match.matched()).isFalse();
    assertThat(match.explanation())
        .isEqualTo(
            "no SIS category is called \"Projects\" (the SIS has \"Assignments\", \"Quizzes (QZ)\","
                + " \"Tests (TST)\", \"Labs (LB1)\", \"Labs (LB2)\")");
    assertThat(CategoryMatcher.match("Projects", List.of()).explanation())
        .isEqualTo("no SIS category is called \"Projects\" (the SIS has no categories)");
  }

  @Test
  void match_noLmsCategory_isReportedAsSuch() {
    assertThat(CategoryMatcher.match(null, SIS).kind())
        .isEqualTo(CategoryMatch.Kind.NO_LMS_CATEGORY);
    assertThat(CategoryMatcher.match("  ", SIS).kind())
        .isEqualTo(CategoryMatch.Kind.NO_LMS_CATEGORY);
  }

  record SisCategory(String sourcedId, String title) {}

  @Test
  void match_worksOnAnyCategoryType_andIgnoresNullTitles() {
    List<SisCategory> categories =
        List.of(
            new SisCategory("c0", null),
            new SisCategory("c1", "Homework (HW)"),
            new SisCategory("c2", "Quizzes"));
    CategoryMatch<SisCategory> match =
        CategoryMatcher.match("Homework", categories, SisCategory::title);
    assertThat(match.category()).map(SisCategory::sourcedId).contains("c1");
    assertThat(match.explanation())
        .isEqualTo(
            "\"Homework\" matches SIS category \"Homework (HW)\" (same title, category code on one"
                + " side only)");
  }
}
