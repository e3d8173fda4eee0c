package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.internal.json.JsonText.in;
import static org.oneroster4j.internal.json.JsonText.q;
import static org.oneroster4j.internal.json.JsonText.text;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.StatusType;

class ResultJsonTest {
  private final OneRosterJson json = OneRosterJson.get();

  static Result fullResult() {
    return Result.builder()
        .sourcedId("r-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(Instant.parse("2026-09-09T12:00:00Z"))
        .lineItem(GuidRef.of("li-1", GuidRefType.LINE_ITEM))
        .student(GuidRef.of("s-1", GuidRefType.STUDENT))
        .scoreStatus(ScoreStatus.FULLY_GRADED)
        .score(95)
        .scoreDate(LocalDate.parse("2026-09-09"))
        .comment("Well done")
        .build();
  }

  @Test
  void writeSingle_producesTheExactWireForm() {
    assertThat(text(json.writeSingle(fullResult())))
        .isEqualTo(
            q(
                "{'result':{'sourcedId':'r-1','status':'active',"
                    + "'dateLastModified':'2026-09-09T12:00:00.000Z',"
                    + "'lineItem':{'sourcedId':'li-1','type':'lineItem'},"
                    + "'student':{'sourcedId':'s-1','type':'student'},"
                    + "'scoreStatus':'fully graded','score':95,'scoreDate':'2026-09-09',"
                    + "'comment':'Well done'}}"));
  }

  @Test
  void writeEntity_keepsExtraCreditFractionsAndEmptyComment() {
    Result result =
        fullResult().toBuilder()
            .status(null)
            .dateLastModified(null)
            .score(300.25)
            .comment("")
            .scoreStatus(ScoreStatus.EXEMPT)
            .build();

    assertThat(text(json.writeEntity(result)))
        .isEqualTo(
            q(
                "{'sourcedId':'r-1','lineItem':{'sourcedId':'li-1','type':'lineItem'},"
                    + "'student':{'sourcedId':'s-1','type':'student'},'scoreStatus':'exempt',"
                    + "'score':300.25,'scoreDate':'2026-09-09','comment':''}"));
  }

  @Test
  void readSingle_acceptsMicrosoftStyleStringScoreAndStringMetadata() {
    Result result =
        json.readSingle(
            in(
                "{'result':{'sourcedId':'r-2','status':'active',"
                    + "'dateLastModified':'2026-09-09T12:00:00.000Z','metadata':'imported from gradebook',"
                    + "'lineItem':{'href':'https://sis/lineItems/li-1','sourcedId':'li-1','type':'lineItem'},"
                    + "'student':{'sourcedId':'s-1'},'scoreStatus':'fully graded','score':'80',"
                    + "'scoreDate':'2026-09-09','comment':''}}"),
            Result.class);

    assertThat(result.score()).isEqualTo(80.0);
    assertThat(result.metadata()).isEqualTo(Map.of("value", "imported from gradebook"));
    assertThat(result.student()).usingRecursiveComparison().isEqualTo(GuidRef.of("s-1", null));
    assertThat(result.lineItem().href()).isEqualTo("https://sis/lineItems/li-1");
    assertThat(result.comment()).isEmpty();
  }

  @Test
  void readSingle_takesTheDatePartOfAGoogleStyleScoreDateTime() {
    Result result =
        json.readSingle(
            in(
                "{'result':{'sourcedId':'u1','score':80,'comment':'','scoreStatus':'fully graded',"
                    + "'scoreDate':'2024-07-23T10:00:00.000Z','lineItem':{'sourcedId':'li'},"
                    + "'student':{'sourcedId':'st'}}}"),
            Result.class);

    assertThat(result.scoreDate()).isEqualTo(LocalDate.parse("2024-07-23"));
    assertThat(text(json.writeEntity(result))).contains(q("'scoreDate':'2024-07-23'"));
  }

  @Test
  void readSingle_keepsAnUnknownScoreStatusAndWritesItBack() {
    Result result =
        json.readSingle(
            in("{'result':{'sourcedId':'r-3','scoreStatus':'late','score':'7.5'}}"), Result.class);

    assertThat(result.scoreStatus().isKnown()).isFalse();
    assertThat(result.scoreStatus().value()).isEqualTo("late");
    assertThat(text(json.writeEntity(result)))
        .isEqualTo(q("{'sourcedId':'r-3','scoreStatus':'late','score':7.5}"));
  }

  @Test
  void readSingle_treatsAnEmptyScoreStringAsNoScore() {
    Result result =
        json.readSingle(
            in("{'result':{'sourcedId':'r-4','scoreStatus':'not submitted','score':''}}"),
            Result.class);

    assertThat(result.score()).isNull();
    assertThat(result.scoreStatus()).isEqualTo(ScoreStatus.NOT_SUBMITTED);
  }

  @Test
  void roundTrip_keepsEveryField() {
    Result original = fullResult().toBuilder().metadata(Map.of("attempt", 2)).build();

    Result back =
        json.readSingle(new ByteArrayInputStream(json.writeSingle(original)), Result.class);

    assertThat(back).isEqualTo(original);
  }
}
