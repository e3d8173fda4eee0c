package org.oneroster4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oneroster4j.internal.json.OneRosterJson;

/** The README's "Model" snippet, verbatim, so that it keeps compiling and stays true. */
class ReadmeExampleTest {

  @Test
  void readmeModelSnippet_buildsValidEntitiesWithTheDescribedWireForm() {
    LineItem quiz =
        LineItem.builder()
            .sourcedId("li-quiz-1")
            .title("Quiz 1")
            .assignDate(Instant.parse("2026-09-01T08:00:00Z"))
            .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
            .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
            .resultValueMin(0)
            .resultValueMax(100)
            .build();
    Result grade =
        Result.builder()
            .sourcedId("res-1")
            .lineItem(GuidRef.of(quiz.sourcedId(), GuidRefType.LINE_ITEM))
            .student(GuidRef.of("stu-1", GuidRefType.STUDENT))
            .scoreStatus(ScoreStatus.FULLY_GRADED)
            .score(95)
            .scoreDate(LocalDate.of(2026, 9, 9))
            .build();
    Validation.require(quiz);

    assertThat(Validation.problems(grade)).isEmpty();
    assertThat(new String(OneRosterJson.get().writeSingle(quiz), StandardCharsets.UTF_8))
        .startsWith("{\"lineItem\":{")
        .contains("\"dueDate\":\"2026-09-08T23:59:00.000Z\"");
    assertThat(new String(OneRosterJson.get().writeSingle(grade), StandardCharsets.UTF_8))
        .startsWith("{\"result\":{")
        .contains("\"scoreStatus\":\"fully graded\",\"score\":95,");
  }
}
