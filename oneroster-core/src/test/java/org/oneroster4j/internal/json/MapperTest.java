package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.internal.json.JsonText.q;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.ScoreStatus;

/** The shared mapper handles model types nested in other internal structures. */
class MapperTest {
  private final OneRosterJson json = OneRosterJson.get();

  @Test
  void mapper_writesModelTypesAndJavaTimeInWireForm() throws Exception {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put(
        "categories", List.of(Category.builder().sourcedId("c1").title("Quizzes").build()));
    envelope.put("at", Instant.parse("2026-09-01T08:00:00Z"));
    envelope.put("day", LocalDate.parse("2026-09-01"));
    envelope.put("status", ScoreStatus.PARTIALLY_GRADED);
    envelope.put("ref", GuidRef.of("li-1", GuidRefType.LINE_ITEM));

    assertThat(json.mapper().writeValueAsString(envelope))
        .isEqualTo(
            q(
                "{'categories':[{'sourcedId':'c1','title':'Quizzes'}],"
                    + "'at':'2026-09-01T08:00:00.000Z','day':'2026-09-01',"
                    + "'status':'partially graded','ref':{'sourcedId':'li-1','type':'lineItem'}}"));
  }

  @Test
  void mapper_readsModelTypesLeniently() throws Exception {
    Map<String, List<LineItem>> envelope =
        json.mapper()
            .readValue(
                q("{'lineItems':[{'sourcedId':'li-1','resultValueMax':'10'}]}"),
                new TypeReference<Map<String, List<LineItem>>>() {});

    assertThat(envelope.get("lineItems"))
        .containsExactly(LineItem.builder().sourcedId("li-1").resultValueMax(10).build());
    assertThat(json.mapper().readValue(q("'exempt'"), ScoreStatus.class))
        .isEqualTo(ScoreStatus.EXEMPT);
    assertThat(json.mapper().readValue(q("'2026-09-01'"), Instant.class))
        .isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
  }
}
