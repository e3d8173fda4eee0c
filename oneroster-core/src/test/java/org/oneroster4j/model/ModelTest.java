package org.oneroster4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void builder_buildsEqualValuesWithEqualHashCodes() {
    LineItem a = lineItem();
    LineItem b = lineItem();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
    assertThat(a.toBuilder().title("Other").build()).isNotEqualTo(a);
  }

  @Test
  void toBuilder_copiesEveryField() {
    Result result =
        Result.builder()
            .sourcedId("r-1")
            .status(StatusType.ACTIVE)
            .dateLastModified(Instant.EPOCH)
            .metadata("k", 1)
            .lineItem(GuidRef.of("li-1", GuidRefType.LINE_ITEM))
            .student(GuidRef.of("s-1", GuidRefType.STUDENT))
            .scoreStatus(ScoreStatus.SUBMITTED)
            .score(1.5)
            .scoreDate(LocalDate.EPOCH)
            .comment("c")
            .build();

    assertThat(result.toBuilder().build()).isEqualTo(result);
    assertThat(RosterSamples.user().toBuilder().build()).isEqualTo(RosterSamples.user());
  }

  @Test
  void collections_areNeverNullAndUnmodifiable() {
    SchoolClass empty = SchoolClass.builder().build();

    assertThat(empty.grades()).isEmpty();
    assertThat(empty.terms()).isEmpty();
    assertThat(empty.metadata()).isEmpty();
    assertThat(
            SchoolClass.builder()
                .metadata(null)
                .grades(null)
                .subjects(null)
                .terms(null)
                .subjectCodes(null)
                .periods(null)
                .resources(null)
                .build())
        .isEqualTo(empty);
    assertThatThrownBy(() -> empty.grades().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> RosterSamples.user().orgs().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void collections_areCopiedIn() {
    List<String> grades = new ArrayList<>(List.of("09"));
    Course course = Course.builder().grades(grades).build();

    grades.add("10");

    assertThat(course.grades()).containsExactly("09");
  }

  @Test
  void collections_rejectNullElementsNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> Course.builder().grades(Arrays.asList("09", null)))
        .withMessage("grades must not contain null elements");
  }

  @Test
  void metadata_isDeepCopiedAndUnmodifiableAndAllowsNullValues() {
    Map<String, Object> inner = new HashMap<>();
    inner.put("list", new ArrayList<>(List.of(1, "two")));
    inner.put("none", null);
    Category category = Category.builder().metadata(Map.of("inner", inner)).build();

    inner.put("added", true);
    @SuppressWarnings("unchecked")
    Map<String, Object> copied = (Map<String, Object>) category.metadata().get("inner");

    assertThat(copied).containsOnlyKeys("list", "none");
    assertThat(copied.get("none")).isNull();
    assertThatThrownBy(() -> copied.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) copied.get("list")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> category.metadata().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void metadata_rejectsValuesThatAreNotJson() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Category.builder().metadata("when", LocalDate.EPOCH))
        .withMessageContaining("metadata.when holds a java.time.LocalDate")
        .withMessageContaining("String, Number, Boolean, List, Map or null");
  }

  @Test
  void metadata_entriesAccumulateInTheBuilder() {
    Category category = Category.builder().metadata("a", 1).metadata("b", null).build();

    assertThat(category.metadata()).containsEntry("a", 1).containsEntry("b", null).hasSize(2);
  }

  @Test
  void user_toStringNeverShowsThePassword() {
    User user = RosterSamples.user();

    assertThat(user.toString())
        .doesNotContain("s3cret")
        .contains("password=***")
        .contains("username=kim")
        .startsWith("User[sourcedId=t-1, ");
    assertThat(user.toBuilder().password(null).build().toString()).contains("password=null");
  }

  @Test
  void guidRef_requiresASourcedId() {
    assertThatNullPointerException()
        .isThrownBy(() -> GuidRef.builder().type(GuidRefType.CLASS).build())
        .withMessage("sourcedId");
    assertThat(GuidRef.of("c1", GuidRefType.CLASS))
        .isEqualTo(GuidRef.builder().sourcedId("c1").type(GuidRefType.CLASS).build())
        .isEqualTo(GuidRef.of("c1", GuidRefType.CLASS).toBuilder().build());
  }

  @Test
  void builderSetters_acceptPrimitivesAndNulls() {
    LineItem item = LineItem.builder().resultValueMax(100).resultValueMin(null).build();

    assertThat(item.resultValueMax()).isEqualTo(100.0);
    assertThat(item.resultValueMin()).isNull();
    assertThat(Result.builder().score(7).build().score()).isEqualTo(7.0);
  }

  @Test
  void everyEntity_isAOneRosterEntity() {
    List<OneRosterEntity> entities =
        List.of(
            Org.builder().sourcedId("1").build(),
            AcademicSession.builder().sourcedId("2").build(),
            Course.builder().sourcedId("3").build(),
            SchoolClass.builder().sourcedId("4").build(),
            User.builder().sourcedId("5").build(),
            Enrollment.builder().sourcedId("6").build(),
            Demographics.builder().sourcedId("7").build(),
            Category.builder().sourcedId("8").build(),
            LineItem.builder().sourcedId("9").build(),
            Result.builder().sourcedId("10").build());

    assertThat(entities)
        .extracting(OneRosterEntity::sourcedId)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(entities).allSatisfy(e -> assertThat(e.metadata()).isEmpty());
  }

  private static LineItem lineItem() {
    return LineItem.builder()
        .sourcedId("li-1")
        .title("Quiz")
        .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
        .dueDate(Instant.parse("2026-09-02T00:00:00Z"))
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .resultValueMin(0)
        .resultValueMax(10)
        .metadata(Map.of("k", List.of(1, 2)))
        .build();
  }

  /** Small roster values shared by these tests. */
  static final class RosterSamples {
    private RosterSamples() {}

    static User user() {
      return User.builder()
          .sourcedId("t-1")
          .username("kim")
          .userIds(List.of(UserId.builder().type("LDAP").identifier("kim01").build()))
          .enabledUser(true)
          .givenName("Kim")
          .familyName("Lee")
          .role(RoleType.TEACHER)
          .email("kim@district.org")
          .orgs(List.of(GuidRef.of("sch-1", GuidRefType.ORG)))
          .password("s3cret")
          .build();
    }
  }
}
