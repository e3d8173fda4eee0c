package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StableIdsTest {

  @Test
  void uuidV5_matchesPublishedVectors() {
    assertThat(StableIds.uuidV5(StableIds.NAMESPACE_DNS, "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    assertThat(StableIds.uuidV5(StableIds.NAMESPACE_DNS, "python.org"))
        .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
  }

  @Test
  void uuidV5_hasVersion5AndRfcVariant() {
    UUID id = StableIds.uuidV5(StableIds.NAMESPACE_URL, "anything");
    assertThat(id.version()).isEqualTo(5);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void ids_followTheDesignFormulas() {
    StableIds ids = StableIds.forNamespace("my-lms");
    assertThat(ids.root()).isEqualTo(UUID.fromString("2b533756-6739-5af8-a6ef-6db36f7f6b1f"));
    String lineItem = ids.lineItemId("cls-1", "a1");
    assertThat(lineItem).isEqualTo("fed67560-240d-57a5-aac6-6dbba948247b");
    assertThat(ids.resultId(lineItem, "s-1")).isEqualTo("8bf6b1cd-6947-540e-871e-09a3d56008c5");
    assertThat(StableIds.forNamespace("default").root())
        .isEqualTo(UUID.fromString("915d2cba-bbe8-5baf-8e04-680e6e9a902c"));
  }

  @Test
  void ids_encodeNamesAsUtf8() {
    assertThat(StableIds.forNamespace("my-lms").lineItemId("clé-1", "a✓"))
        .isEqualTo("bfac30ba-0655-5530-acad-460d231b7756");
  }

  @Test
  void categoryId_ignoresCaseAndSurroundingSpace() {
    StableIds ids = StableIds.forNamespace("my-lms");
    assertThat(ids.categoryId("Quizzes")).isEqualTo("75742901-db0c-5ff8-bff9-9849c7be3a19");
    assertThat(ids.categoryId("  QUIZZES ")).isEqualTo(ids.categoryId("quizzes"));
  }

  @Test
  void ids_differPerNamespaceClassAssignmentAndStudent() {
    StableIds a = StableIds.forNamespace("lms-a");
    StableIds b = StableIds.forNamespace("lms-b");
    assertThat(a.lineItemId("c", "1")).isNotEqualTo(b.lineItemId("c", "1"));
    assertThat(a.lineItemId("c", "1")).isNotEqualTo(a.lineItemId("c", "2"));
    assertThat(a.lineItemId("c1", "1")).isNotEqualTo(a.lineItemId("c2", "1"));
    assertThat(a.resultId("li", "s1")).isNotEqualTo(a.resultId("li", "s2"));
  }

  @Test
  void forNamespace_rejectsBlank() {
    assertThatThrownBy(() -> StableIds.forNamespace(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("namespace");
  }
}
