package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineItemRulesTest {

  @Test
  void specification_isTheOneRoster11Rules() {
    LineItemRules rules = LineItemRules.specification();
    assertThat(rules.titleMaxLength()).isZero();
    assertThat(rules.categoryPolicy()).isEqualTo(CategoryPolicy.MATCH_OR_CREATE);
    assertThat(rules.gradingPeriodPolicy()).isEqualTo(GradingPeriodPolicy.OMIT);
    assertThat(rules.dueDateRequired()).isTrue();
    assertThat(rules.wholeNumberPoints()).isFalse();
    assertThat(rules.commentMaxLength()).isZero();
    assertThat(rules.deletesPropagate()).isTrue();
    assertThat(LineItemRules.builder().build()).isEqualTo(rules);
  }

  @Test
  void builder_setsEveryRule_andToBuilderRoundTrips() {
    LineItemRules rules =
        LineItemRules.builder()
            .titleMaxLength(50)
            .categoryPolicy(CategoryPolicy.MATCH_REQUIRED)
            .gradingPeriodPolicy(GradingPeriodPolicy.PICK_BY_DUE_DATE)
            .dueDateRequired(false)
            .wholeNumberPoints(true)
            .commentMaxLength(100)
            .deletesPropagate(false)
            .build();
    assertThat(rules.titleMaxLength()).isEqualTo(50);
    assertThat(rules.categoryPolicy()).isEqualTo(CategoryPolicy.MATCH_REQUIRED);
    assertThat(rules.gradingPeriodPolicy()).isEqualTo(GradingPeriodPolicy.PICK_BY_DUE_DATE);
    assertThat(rules.dueDateRequired()).isFalse();
    assertThat(rules.wholeNumberPoints()).isTrue();
    assertThat(rules.commentMaxLength()).isEqualTo(100);
    assertThat(rules.deletesPropagate()).isFalse();
    assertThat(rules.toBuilder().build()).isEqualTo(rules).hasSameHashCodeAs(rules);
    assertThat(rules).isNotEqualTo(LineItemRules.specification());
    assertThat(rules.toString()).contains("titleMaxLength=50", "MATCH_REQUIRED");
  }

  @Test
  void builder_rejectsNegativeLimits() {
    assertThatThrownBy(() -> LineItemRules.builder().titleMaxLength(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("titleMaxLength must be 0 (no limit) or positive, was -1");
    assertThatThrownBy(() -> LineItemRules.builder().commentMaxLength(-5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fitTitle_truncatesAtTheLimit_withAWarning() {
    LineItemRules rules = LineItemRules.builder().titleMaxLength(10).build();
    FittedText fitted = rules.fitTitle("Chapter 3 review quiz");
    assertThat(fitted.text()).isEqualTo("Chapter 3");
    assertThat(fitted.truncated()).isTrue();
    assertThat(fitted.originalLength()).isEqualTo(21);
    assertThat(fitted.warning())
        .contains(
            "title shortened from 21 to 9 characters (the SIS accepts at most 10): \"Chapter 3\"");
  }

  @Test
  void fitTitle_keepsShortTitlesAndNoLimit_withoutWarning() {
    assertThat(LineItemRules.builder().titleMaxLength(10).build().fitTitle("Quiz 1").warning())
        .isEmpty();
    FittedText exact = LineItemRules.builder().titleMaxLength(6).build().fitTitle("Quiz 1");
    assertThat(exact.truncated()).isFalse();
    assertThat(exact.text()).isEqualTo("Quiz 1");
    String longTitle = "x".repeat(500);
    assertThat(LineItemRules.specification().fitTitle(longTitle).text()).isEqualTo(longTitle);
    assertThat(LineItemRules.specification().fitTitle(null).text()).isEmpty();
  }

  @Test
  void fit_neverSplitsASurrogatePair() {
    // Four code points, the last three outside the BMP (two chars each).
    String title = "A\uD83D\uDCDA\uD83D\uDCDA\uD83D\uDCDA";
    FittedText fitted = FittedText.fit("title", title, 2);
    assertThat(fitted.text()).isEqualTo("A\uD83D\uDCDA");
    assertThat(fitted.originalLength()).isEqualTo(4);
  }

  @Test
  void fitComment_usesTheCommentLimit() {
    FittedText fitted =
        LineItemRules.builder().commentMaxLength(5).build().fitComment("Great work overall");
    assertThat(fitted.text()).isEqualTo("Great");
    assertThat(fitted.warning()).hasValueSatisfying(w -> assertThat(w).startsWith("comment "));
  }
}
