package org.oneroster4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.ScoreScale;
import org.oneroster4j.model.ScoreStatus;

class EntityJsonTest {
  private static final LineItem QUIZ =
      LineItem.builder()
          .sourcedId("li-1")
          .title("Quiz 1")
          .assignDate(Instant.parse("2026-09-01T08:00:00Z"))
          .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
          .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
          .school(GuidRef.of("org-1", GuidRefType.ORG))
          .resultValueMin(0)
          .resultValueMax(100)
          .build();

  @Test
  void writesExactly_andReadsBack_inEachVersion() {
    for (OneRosterVersion version : OneRosterVersion.values()) {
      EntityJson json = EntityJson.of(version);
      String text = json.write(QUIZ);

      assertThat(json.version()).isEqualTo(version);
      assertThat(text)
          .startsWith("{\"sourcedId\":\"li-1\"")
          .contains("\"dueDate\":\"2026-09-08T23:59:00.000Z\"", "\"resultValueMax\":100");
      LineItem back = json.read(text, LineItem.class);
      assertThat(back.title()).isEqualTo("Quiz 1");
      assertThat(back.dueDate()).isEqualTo(QUIZ.dueDate());
    }
  }

  @Test
  void theVersionDecidesTheShape() {
    assertThat(EntityJson.of(OneRosterVersion.V1_1).write(QUIZ)).doesNotContain("\"school\"");
    assertThat(EntityJson.of(OneRosterVersion.V1_2).write(QUIZ)).contains("\"school\"");
    assertThat(
            EntityJson.of(OneRosterVersion.V1_2)
                .read(EntityJson.of(OneRosterVersion.V1_2).write(QUIZ), LineItem.class)
                .school())
        .isEqualTo(GuidRef.of("org-1", GuidRefType.ORG));
  }

  @Test
  void readsEnvelopesAndLenientValues() {
    Result result =
        EntityJson.of(OneRosterVersion.V1_1)
            .read(
                "{\"result\":{\"sourcedId\":\"r-1\",\"score\":\"95\",\"scoreDate\":"
                    + "\"2026-09-09T10:00:00Z\",\"scoreStatus\":\"fully graded\"}}",
                Result.class);

    assertThat(result.score()).isEqualTo(95.0);
    assertThat(result.scoreDate()).isEqualTo(LocalDate.of(2026, 9, 9));
    assertThat(result.scoreStatus()).isEqualTo(ScoreStatus.FULLY_GRADED);
  }

  @Test
  void badInput_isTheCallersMistake_withLineAndColumn() {
    EntityJson json = EntityJson.of(OneRosterVersion.V1_1);

    assertThatThrownBy(() -> json.read("{\"title\": \n  oops}", LineItem.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2, column");
    assertThatThrownBy(() -> json.read("{\"unrelated\": 1}", LineItem.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lineItem");
    assertThatThrownBy(() -> json.write(ScoreScale.builder().sourcedId("s").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EntityJson.of(OneRosterVersion.V1_2)");
  }
}
