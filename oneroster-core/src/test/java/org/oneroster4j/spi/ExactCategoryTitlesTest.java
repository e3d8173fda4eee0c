package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExactCategoryTitlesTest {
  private static final List<String> SIS = List.of("Homework", "Quizzes", "Tests (TST)");

  @Test
  void matchExactly_findsTheSameTitle_ignoringOnlySpaces() {
    CategoryMatch<String> m = CategoryMatcher.matchExactly("  Quizzes ", SIS, Function.identity());
    assertThat(m.kind()).isEqualTo(CategoryMatch.Kind.EXACT_TITLE);
    assertThat(m.category()).contains("Quizzes");
  }

  @Test
  void matchExactly_refusesCaseAndCodeVariants_namingTheNearMiss() {
    CategoryMatch<String> lower = CategoryMatcher.matchExactly("quizzes", SIS, Function.identity());
    assertThat(lower.kind()).isEqualTo(CategoryMatch.Kind.NO_MATCH);
    assertThat(lower.explanation())
        .isEqualTo(
            "no SIS category is called exactly \"quizzes\" (this SIS matches category titles"
                + " exactly; \"Quizzes\" differs only in case or code: rename the LMS category to"
                + " match)");
    assertThat(CategoryMatcher.matchExactly("Tests", SIS, Function.identity()).kind())
        .isEqualTo(CategoryMatch.Kind.NO_MATCH);
    // The lenient matcher would have taken both.
    assertThat(CategoryMatcher.match("quizzes", SIS).matched()).isTrue();
    assertThat(CategoryMatcher.match("Tests", SIS).matched()).isTrue();
  }

  @Test
  void matchExactly_withoutNearMiss_listsTheSisCategories() {
    assertThat(CategoryMatcher.matchExactly("Labs", SIS, Function.identity()).explanation())
        .isEqualTo(
            "no SIS category is called exactly \"Labs\" (the SIS has \"Homework\", \"Quizzes\","
                + " \"Tests (TST)\")");
  }

  @Test
  void matchExactly_twoCategoriesWithTheTitle_isAmbiguous() {
    CategoryMatch<String> m =
        CategoryMatcher.matchExactly("Homework", List.of("Homework", "Homework"), s -> s);
    assertThat(m.kind()).isEqualTo(CategoryMatch.Kind.AMBIGUOUS);
    assertThat(m.candidates()).hasSize(2);
  }

  @Test
  void matchExactly_noLmsCategory() {
    assertThat(CategoryMatcher.matchExactly(" ", SIS, Function.identity()).kind())
        .isEqualTo(CategoryMatch.Kind.NO_LMS_CATEGORY);
  }

  @Test
  void lineItemRules_matchCategory_followsExactCategoryTitles() {
    LineItemRules lenient = LineItemRules.builder().build();
    LineItemRules exact = lenient.toBuilder().exactCategoryTitles(true).build();
    assertThat(lenient.exactCategoryTitles()).isFalse();
    assertThat(exact.exactCategoryTitles()).isTrue();
    assertThat(lenient.matchCategory("quizzes", SIS, Function.identity()).matched()).isTrue();
    assertThat(exact.matchCategory("quizzes", SIS, Function.identity()).matched()).isFalse();
    assertThat(exact.matchCategory("Quizzes", SIS, Function.identity()).category())
        .contains("Quizzes");
  }

  @Test
  void exactCategoryTitles_takesPartInEqualityAndToString() {
    LineItemRules lenient = LineItemRules.builder().build();
    LineItemRules exact = lenient.toBuilder().exactCategoryTitles(true).build();
    assertThat(exact).isNotEqualTo(lenient);
    assertThat(exact.toBuilder().build()).isEqualTo(exact).hasSameHashCodeAs(exact);
    assertThat(exact.toString()).contains("exactCategoryTitles=true");
  }

  @Test
  void vendorConnection_lineItemRules_defaultsToEmpty() {
    assertThat(
            VendorConnection.of(java.net.URI.create("https://x.example/ims/oneroster/v1p1"), null)
                .lineItemRules())
        .isEmpty();
  }
}
