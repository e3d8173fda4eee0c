package org.oneroster4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void of_returnsTheConstantForAKnownWireValue() {
    assertThat(ScoreStatus.of("fully graded")).isSameAs(ScoreStatus.FULLY_GRADED);
    assertThat(StatusType.of("tobedeleted")).isSameAs(StatusType.TO_BE_DELETED);
    assertThat(SessionType.of("gradingPeriod")).isSameAs(SessionType.GRADING_PERIOD);
    assertThat(SessionType.of("schoolYear")).isSameAs(SessionType.SCHOOL_YEAR);
    assertThat(GuidRefType.of("academicSession")).isSameAs(GuidRefType.ACADEMIC_SESSION);
    assertThat(GuidRefType.of("class")).isSameAs(GuidRefType.CLASS);
    assertThat(RoleType.of("teacher")).isSameAs(RoleType.TEACHER);
    assertThat(OrgType.of("district")).isSameAs(OrgType.DISTRICT);
    assertThat(ClassType.of("homeroom")).isSameAs(ClassType.HOMEROOM);
    assertThat(Gender.of("female")).isSameAs(Gender.FEMALE);
  }

  @Test
  void gender_knowsTheValuesOneRoster12Adds() {
    // The 1.2 rostering schema's sex enum: male, female, unspecified, other.
    assertThat(Gender.of("unspecified")).isSameAs(Gender.UNSPECIFIED);
    assertThat(Gender.of("Other")).isSameAs(Gender.OTHER);
    assertThat(Gender.OTHER.isKnown()).isTrue();
    assertThat(Gender.OTHER.value()).isEqualTo("other");
  }

  @Test
  void of_foldsCaseSpacesUnderscoresAndHyphensOntoKnownValues() {
    assertThat(ScoreStatus.of("Fully Graded")).isSameAs(ScoreStatus.FULLY_GRADED);
    assertThat(ScoreStatus.of("not_submitted")).isSameAs(ScoreStatus.NOT_SUBMITTED);
    assertThat(ScoreStatus.of("partially-graded")).isSameAs(ScoreStatus.PARTIALLY_GRADED);
    assertThat(StatusType.of("ACTIVE")).isSameAs(StatusType.ACTIVE);
    assertThat(SessionType.of("grading_period")).isSameAs(SessionType.GRADING_PERIOD);
    assertThat(ScoreStatus.of("fullygraded").value()).isEqualTo("fully graded");
  }

  @Test
  void of_keepsAnUnknownValueUnchanged() {
    ScoreStatus late = ScoreStatus.of("ext:late");

    assertThat(late.isKnown()).isFalse();
    assertThat(late.value()).isEqualTo("ext:late");
    assertThat(late).hasToString("ext:late");
    assertThat(late)
        .isEqualTo(ScoreStatus.of("ext:late"))
        .hasSameHashCodeAs(ScoreStatus.of("ext:late"));
    assertThat(late).isNotEqualTo(ScoreStatus.of("ext:Late"));
  }

  @Test
  void constants_exposeTheirSpacedWireValues() {
    assertThat(ScoreStatus.EXEMPT.value()).isEqualTo("exempt");
    assertThat(ScoreStatus.FULLY_GRADED).hasToString("fully graded");
    assertThat(ScoreStatus.NOT_SUBMITTED.value()).isEqualTo("not submitted");
    assertThat(ScoreStatus.PARTIALLY_GRADED.value()).isEqualTo("partially graded");
    assertThat(ScoreStatus.SUBMITTED.value()).isEqualTo("submitted");
    assertThat(ScoreStatus.SUBMITTED.isKnown()).isTrue();
    assertThat(GuidRefType.LINE_ITEM.value()).isEqualTo("lineItem");
    assertThat(GuidRefType.GRADING_PERIOD.value()).isEqualTo("gradingPeriod");
  }

  @Test
  void of_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> ScoreStatus.of(null)).withMessage("wire");
  }
}
