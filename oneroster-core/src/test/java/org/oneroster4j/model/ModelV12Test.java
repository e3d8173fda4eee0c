package org.oneroster4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;

/** The OneRoster 1.2 additions to the model, and the 1.2 validation rules. */
class ModelV12Test {

  private static LineItem lineItem12() {
    return LineItem.builder()
        .sourcedId("li-1")
        .title("Quiz")
        .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
        .dueDate(Instant.parse("2026-09-02T00:00:00Z"))
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .school(GuidRef.of("sch-1", GuidRefType.ORG))
        .category(GuidRef.of("cat-1", GuidRefType.CATEGORY))
        .build();
  }

  @Test
  void guidRef_equalityIsBySourcedIdOnly() {
    GuidRef bare = GuidRef.of("cls-1", null);
    GuidRef full =
        GuidRef.builder()
            .href("https://sis/classes/cls-1")
            .sourcedId("cls-1")
            .type(GuidRefType.CLASS)
            .build();

    assertThat(full).isEqualTo(bare).hasSameHashCodeAs(bare);
    assertThat(full).isNotEqualTo(GuidRef.of("cls-2", GuidRefType.CLASS));
    assertThat(lineItem12().toBuilder().schoolClass(full).build()).isEqualTo(lineItem12());
    assertThatThrownBy(() -> GuidRef.builder().build()).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toBuilder_roundTripsEveryNewField() {
    Result result =
        Result.builder()
            .sourcedId("r")
            .schoolClass(GuidRef.of("c", GuidRefType.CLASS))
            .scoreScale(GuidRef.of("ss", GuidRefType.SCORE_SCALE))
            .textScore("A")
            .inProgress(true)
            .incomplete(false)
            .late(true)
            .missing(false)
            .learningObjectiveSet(
                List.of(
                    LearningObjectiveResultSet.builder()
                        .source("case")
                        .learningObjectiveResults(
                            List.of(
                                LearningObjectiveResult.builder()
                                    .learningObjectiveId("lo")
                                    .score(1)
                                    .build()))
                        .build()))
            .build();
    User user =
        User.builder()
            .roles(List.of(Role.primary(RoleType.AIDE, GuidRef.of("o", GuidRefType.ORG))))
            .userProfiles(List.of(UserProfile.builder().profileId("p").build()))
            .primaryOrg(GuidRef.of("o", GuidRefType.ORG))
            .userMasterIdentifier("m")
            .preferredFirstName("f")
            .preferredMiddleName("m")
            .preferredLastName("l")
            .pronouns("they/them")
            .build();
    Category category = Category.builder().title("Q").weight(0.5).build();
    AcademicSession session =
        AcademicSession.builder()
            .schoolYear("2027")
            .children(List.of(GuidRef.of("gp", null)))
            .build();

    assertThat(result.toBuilder().build()).isEqualTo(result).hasSameHashCodeAs(result);
    assertThat(result.toBuilder().late(false).build()).isNotEqualTo(result);
    assertThat(user.toBuilder().build()).isEqualTo(user);
    assertThat(user.toBuilder().pronouns(null).build()).isNotEqualTo(user);
    assertThat(category.toBuilder().build().weight()).isEqualTo(0.5);
    assertThat(session.toBuilder().build()).isEqualTo(session);
    assertThat(lineItem12().toBuilder().build()).isEqualTo(lineItem12());
    assertThat(ScoreScale.builder().title("t").build().toBuilder().build())
        .isEqualTo(ScoreScale.builder().title("t").build());
  }

  @Test
  void newCollections_areCopiedIn_unmodifiableOut_andNeverNull() {
    List<Role> roles = new ArrayList<>(List.of(Role.primary(RoleType.TEACHER, null)));
    User user = User.builder().roles(roles).build();
    roles.clear();

    assertThat(user.roles()).hasSize(1);
    assertThatThrownBy(() -> user.roles().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(User.builder().build().userProfiles()).isEmpty();
    assertThat(LineItem.builder().build().learningObjectiveSet()).isEmpty();
    assertThat(ScoreScale.builder().build().scoreScaleValue()).isEmpty();
    assertThat(UserProfile.builder().build().credentials()).isEmpty();
  }

  @Test
  void toString_neverShowsACredentialPassword() {
    Credential credential =
        Credential.builder().type("password").username("kim").password("hunter2").build();
    User user =
        User.builder()
            .userProfiles(List.of(UserProfile.builder().credentials(List.of(credential)).build()))
            .build();

    assertThat(credential.toString()).doesNotContain("hunter2").contains("password=***");
    assertThat(user.toString()).doesNotContain("hunter2");
  }

  @Test
  void oneRosterEntity_isNotSealed() {
    assertThat(OneRosterEntity.class.isSealed()).isFalse();
    assertThat(RoleType.of("districtAdministrator")).isSameAs(RoleType.DISTRICT_ADMINISTRATOR);
    assertThat(RoleKind.of("Primary")).isSameAs(RoleKind.PRIMARY);
    assertThat(GuidRefType.of("scoreScale")).isSameAs(GuidRefType.SCORE_SCALE);
  }

  @Test
  void validation12_lineItemNeedsSchoolAndCategory_butNotAScoreRange() {
    assertThat(Validation.problems(lineItem12(), OneRosterVersion.V1_2)).isEmpty();
    assertThat(Validation.problems(lineItem12(), OneRosterVersion.V1_1))
        .extracting(Violation::field)
        .containsExactly("resultValueMin", "resultValueMax");

    LineItem missing = lineItem12().toBuilder().school(null).category(null).build();

    assertThatThrownBy(() -> Validation.require(missing, OneRosterVersion.V1_2))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("lineItem li-1")
        .hasMessageContaining("school")
        .hasMessageContaining("category");
  }

  @Test
  void validation12_resultNeedsAScoreDate() {
    Result result =
        Result.builder()
            .sourcedId("r")
            .lineItem(GuidRef.of("li", null))
            .student(GuidRef.of("s", null))
            .scoreStatus(ScoreStatus.FULLY_GRADED)
            .build();

    assertThat(Validation.problems(result, OneRosterVersion.V1_1)).isEmpty();
    assertThat(Validation.problems(result, OneRosterVersion.V1_2))
        .extracting(Violation::field)
        .containsExactly("scoreDate");
    assertThat(
            Validation.problems(
                result.toBuilder().scoreDate(LocalDate.parse("2026-09-01")).build(),
                OneRosterVersion.V1_2))
        .isEmpty();
  }

  @Test
  void validation12_categoryNeedsATitle_andScoreScaleItsRequiredMembers() {
    assertThat(
            Validation.problems(Category.builder().sourcedId("c").build(), OneRosterVersion.V1_2))
        .extracting(Violation::field)
        .containsExactly("title");
    assertThat(
            Validation.problems(
                ScoreScale.builder().sourcedId("ss").build(), OneRosterVersion.V1_2))
        .extracting(Violation::field)
        .containsExactly("title", "type", "class", "scoreScaleValue");
    ScoreScale ok =
        ScoreScale.builder()
            .sourcedId("ss")
            .title("Letters")
            .type("letter")
            .schoolClass(GuidRef.of("cls", null))
            .scoreScaleValue(
                List.of(ScoreScaleValue.builder().itemValueLHS("A").itemValueRHS("90").build()))
            .build();
    assertThat(Validation.problems(ok, OneRosterVersion.V1_2)).isEmpty();
  }

  private static AssessmentLineItem assessmentLineItem() {
    return AssessmentLineItem.builder()
        .sourcedId("ali-1")
        .title("Benchmark 1")
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .parentAssessmentLineItem(GuidRef.of("ali-0", GuidRefType.ASSESSMENT_LINE_ITEM))
        .scoreScale(GuidRef.of("ss", GuidRefType.SCORE_SCALE))
        .resultValueMin(0)
        .resultValueMax(60)
        .learningObjectiveSet(
            List.of(
                LearningObjectiveSet.builder()
                    .source("case")
                    .learningObjectiveIds(List.of("lo"))
                    .build()))
        .build();
  }

  private static AssessmentResult assessmentResult() {
    return AssessmentResult.builder()
        .sourcedId("ar-1")
        .assessmentLineItem(GuidRef.of("ali-1", GuidRefType.ASSESSMENT_LINE_ITEM))
        .student(GuidRef.of("s-1", GuidRefType.USER))
        .scoreStatus(ScoreStatus.FULLY_GRADED)
        .scoreDate(LocalDate.parse("2026-10-02"))
        .score(50)
        .scorePercentile(87.5)
        .textScore("Proficient")
        .inProgress(false)
        .incomplete(true)
        .late(false)
        .missing(false)
        .build();
  }

  @Test
  void assessmentEntities_toBuilderRoundTrips_andEveryFieldCounts() {
    AssessmentLineItem item = assessmentLineItem();
    AssessmentResult result = assessmentResult();

    assertThat(item.toBuilder().build()).isEqualTo(item).hasSameHashCodeAs(item);
    assertThat(item.toBuilder().description("d").build()).isNotEqualTo(item);
    assertThat(item.toBuilder().parentAssessmentLineItem(null).build()).isNotEqualTo(item);
    assertThat(result.toBuilder().build()).isEqualTo(result).hasSameHashCodeAs(result);
    assertThat(result.toBuilder().scorePercentile(10).build()).isNotEqualTo(result);
    assertThat(result.toBuilder().incomplete(false).build()).isNotEqualTo(result);
    assertThat(item.toString()).startsWith("AssessmentLineItem[").contains("ali-0");
    assertThat(result.toString()).startsWith("AssessmentResult[").contains("scorePercentile=87.5");
  }

  @Test
  void assessmentEntities_collectionsAreCopiedIn_unmodifiableOut_andNeverNull() {
    List<LearningObjectiveSet> sets =
        new ArrayList<>(List.of(LearningObjectiveSet.builder().source("case").build()));
    AssessmentLineItem item = AssessmentLineItem.builder().learningObjectiveSet(sets).build();
    sets.clear();

    assertThat(item.learningObjectiveSet()).hasSize(1);
    assertThatThrownBy(() -> item.learningObjectiveSet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(AssessmentLineItem.builder().build().learningObjectiveSet()).isEmpty();
    assertThat(AssessmentResult.builder().learningObjectiveSet(null).build().learningObjectiveSet())
        .isEmpty();
    assertThat(AssessmentResult.builder().build().metadata()).isEmpty();
  }

  @Test
  void validation12_assessmentLineItemNeedsATitle_rangeOptionalButOrdered() {
    assertThat(Validation.problems(assessmentLineItem(), OneRosterVersion.V1_2)).isEmpty();
    assertThat(
            Validation.problems(
                AssessmentLineItem.builder().sourcedId("ali").title("t").build(),
                OneRosterVersion.V1_2))
        .isEmpty();
    assertThat(Validation.problems(AssessmentLineItem.builder().build(), OneRosterVersion.V1_2))
        .extracting(Violation::field)
        .containsExactly("sourcedId", "title");
    assertThat(
            Validation.problems(
                assessmentLineItem().toBuilder()
                    .resultValueMin(10)
                    .resultValueMax(10)
                    .parentAssessmentLineItem(GuidRef.of(" ", null))
                    .build(),
                OneRosterVersion.V1_2))
        .extracting(Violation::field)
        .containsExactly("parentAssessmentLineItem.sourcedId", "resultValueMax");
    assertThat(
            Validation.problems(
                assessmentLineItem().toBuilder().resultValueMax(Double.NaN).build(),
                OneRosterVersion.V1_2))
        .extracting(Violation::field)
        .containsExactly("resultValueMax");
  }

  @Test
  void validation12_assessmentResultNeedsItsRequiredMembers_andAPercentagePercentile() {
    assertThat(Validation.problems(assessmentResult(), OneRosterVersion.V1_2)).isEmpty();
    assertThat(
            Validation.problems(
                AssessmentResult.builder().sourcedId("ar").build(), OneRosterVersion.V1_2))
        .extracting(Violation::field)
        .containsExactly("assessmentLineItem", "student", "scoreStatus", "scoreDate");
    assertThat(
            Validation.problems(
                assessmentResult().toBuilder()
                    .score(Double.POSITIVE_INFINITY)
                    .scorePercentile(101)
                    .build(),
                OneRosterVersion.V1_2))
        .extracting(Violation::field)
        .containsExactly("score", "scorePercentile");
    assertThatThrownBy(
            () ->
                Validation.require(
                    assessmentResult().toBuilder().student(null).build(), OneRosterVersion.V1_2))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("assessmentResult ar-1")
        .hasMessageContaining("student");
  }

  @Test
  void validation11_hasNoAssessmentRules_theEntitiesAreNotPartOf11() {
    // The client refuses a 1.2-only endpoint on a 1.1 client before validating.
    assertThat(Validation.problems(AssessmentLineItem.builder().build(), OneRosterVersion.V1_1))
        .isEmpty();
    assertThat(Validation.problems(AssessmentResult.builder().build(), OneRosterVersion.V1_1))
        .isEmpty();
  }
}
