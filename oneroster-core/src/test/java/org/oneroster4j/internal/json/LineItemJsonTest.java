package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.internal.json.JsonText.in;
import static org.oneroster4j.internal.json.JsonText.q;
import static org.oneroster4j.internal.json.JsonText.text;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.StatusType;

class LineItemJsonTest {
  private final OneRosterJson json = OneRosterJson.get();

  static LineItem fullLineItem() {
    return LineItem.builder()
        .sourcedId("li-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(Instant.parse("2026-09-01T08:00:00.123456Z"))
        .metadata("lmsAssignmentId", "a1")
        .title("Quiz 1")
        .description("Chapter 1")
        .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
        .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
        .schoolClass(
            GuidRef.builder()
                .href("https://sis.example/classes/cls-1")
                .sourcedId("cls-1")
                .type(GuidRefType.CLASS)
                .build())
        .category(GuidRef.of("cat-1", GuidRefType.CATEGORY))
        .gradingPeriod(GuidRef.of("gp-1", GuidRefType.ACADEMIC_SESSION))
        .resultValueMin(0)
        .resultValueMax(100)
        .build();
  }

  @Test
  void writeSingle_producesTheExactWireForm() {
    assertThat(text(json.writeSingle(fullLineItem())))
        .isEqualTo(
            q(
                "{'lineItem':{'sourcedId':'li-1','status':'active',"
                    + "'dateLastModified':'2026-09-01T08:00:00.123Z',"
                    + "'metadata':{'lmsAssignmentId':'a1'},'title':'Quiz 1','description':'Chapter 1',"
                    + "'assignDate':'2026-09-01T00:00:00.000Z','dueDate':'2026-09-08T23:59:00.000Z',"
                    + "'class':{'sourcedId':'cls-1','type':'class'},"
                    + "'category':{'sourcedId':'cat-1','type':'category'},"
                    + "'gradingPeriod':{'sourcedId':'gp-1','type':'academicSession'},"
                    + "'resultValueMin':0,'resultValueMax':100}}"));
  }

  @Test
  void writeEntity_omitsNullsEmptyMetadataAndKeepsFractions() {
    LineItem minimal =
        LineItem.builder()
            .sourcedId("li-2")
            .title("Essay")
            .assignDate(Instant.parse("2026-09-01T10:15:30.5Z"))
            .dueDate(Instant.parse("2026-09-02T10:15:30Z"))
            .schoolClass(GuidRef.of("cls-1", null))
            .resultValueMin(-2.5)
            .resultValueMax(12.75)
            .build();

    assertThat(text(json.writeEntity(minimal)))
        .isEqualTo(
            q(
                "{'sourcedId':'li-2','title':'Essay',"
                    + "'assignDate':'2026-09-01T10:15:30.500Z','dueDate':'2026-09-02T10:15:30.000Z',"
                    + "'class':{'sourcedId':'cls-1'},'resultValueMin':-2.5,'resultValueMax':12.75}"));
  }

  @Test
  void includingHrefs_writesHrefOnReferences() {
    assertThat(text(OneRosterJson.includingHrefs().writeEntity(fullLineItem())))
        .contains(q("'class':{'href':'https://sis.example/classes/cls-1','sourcedId':'cls-1'"));
  }

  @Test
  void includingHrefs_roundTripsHrefs_whileTheDefaultDropsThemOnWrite() {
    LineItem original = fullLineItem();
    OneRosterJson withHrefs = OneRosterJson.includingHrefs();

    LineItem viaHrefs =
        withHrefs.readSingle(
            new ByteArrayInputStream(withHrefs.writeSingle(original)), LineItem.class);
    LineItem viaDefault =
        json.readSingle(new ByteArrayInputStream(json.writeSingle(original)), LineItem.class);

    assertThat(viaHrefs.schoolClass()).isEqualTo(original.schoolClass());
    assertThat(viaDefault.schoolClass()).isEqualTo(GuidRef.of("cls-1", GuidRefType.CLASS));
  }

  @Test
  void typesThatAreNotEntities_areRefusedWithTheFix() {
    assertThatThrownBy(() -> json.writeSingle("lineItem"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "java.lang.String is not a OneRoster entity type; use one of the entities in"
                + " org.oneroster4j.model such as LineItem");
    assertThatThrownBy(() -> OneRosterJson.pluralKey(GuidRef.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writeSingle_refusesNaN_namingTheField() {
    LineItem nan = fullLineItem().toBuilder().resultValueMax(Double.NaN).build();

    assertThatThrownBy(() -> json.writeSingle(nan))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("resultValueMax")
        .hasMessageContaining("finite");
  }

  @Test
  void roundTrip_keepsEveryFieldAtMillisecondPrecision() {
    LineItem original =
        fullLineItem().toBuilder()
            .dateLastModified(Instant.parse("2026-09-01T08:00:00.123Z"))
            .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
            .build();

    LineItem back =
        json.readSingle(new ByteArrayInputStream(json.writeSingle(original)), LineItem.class);

    assertThat(back).isEqualTo(original);
  }

  @Test
  void readSingle_acceptsGoogleStylePutBody() {
    LineItem item =
        json.readSingle(
            in(
                "{'lineItem':{'sourcedId':'u1','title':'New test item','description':'Test Line Item',"
                    + "'resultValueMin':0,'resultValueMax':100,'assignDate':'2024-07-23T10:00:00.000Z',"
                    + "'dueDate':'2024-07-23T10:01:00.000Z','class':{'sourcedId':'c1'},"
                    + "'category':{'sourcedId':'k1'}}}"),
            LineItem.class);

    assertThat(item.schoolClass()).usingRecursiveComparison().isEqualTo(GuidRef.of("c1", null));
    assertThat(item.category().sourcedId()).isEqualTo("k1");
    assertThat(item.resultValueMax()).isEqualTo(100.0);
    assertThat(item.dueDate()).isEqualTo(Instant.parse("2024-07-23T10:01:00Z"));
    assertThat(item.status()).isNull();
    assertThat(item.metadata()).isEmpty();
  }

  @Test
  void readSingle_acceptsRealWorldVariants() {
    LineItem item =
        json.readSingle(
            in(
                "{'sourcedId':'li-9','status':'Active','dateLastModified':'2026-09-01T08:00:00+02:00',"
                    + "'metadata':'{\\'lmsAssignmentId\\':\\'a9\\'}','title':'Lab',"
                    + "'assignDate':'2026-09-01','dueDate':'2026-09-05T17:00:00',"
                    + "'class':{'href':'https://x/classes/c9','sourcedId':'c9','type':'class'},"
                    + "'gradingPeriod':{'sourcedId':'gp-1','type':'gradingPeriod'},"
                    + "'resultValueMin':'0','resultValueMax':'50.5','vendorExtra':{'x':[1,2]},"
                    + "'someFlag':true}"),
            LineItem.class);

    assertThat(item.sourcedId()).isEqualTo("li-9");
    assertThat(item.status()).isEqualTo(StatusType.ACTIVE);
    assertThat(item.dateLastModified()).isEqualTo(Instant.parse("2026-09-01T06:00:00Z"));
    assertThat(item.metadata()).isEqualTo(Map.of("lmsAssignmentId", "a9"));
    assertThat(item.assignDate()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
    assertThat(item.dueDate()).isEqualTo(Instant.parse("2026-09-05T17:00:00Z"));
    assertThat(item.schoolClass().href()).isEqualTo("https://x/classes/c9");
    assertThat(item.gradingPeriod().type()).isEqualTo(GuidRefType.GRADING_PERIOD);
    assertThat(item.resultValueMin()).isEqualTo(0.0);
    assertThat(item.resultValueMax()).isEqualTo(50.5);
  }

  @Test
  void readSingle_acceptsOffsetsWithoutColonLowerCaseZAndSpaceSeparators() {
    LineItem item =
        json.readSingle(
            in(
                "{'lineItem':{'assignDate':'2026-09-01T08:00:00.000+0200',"
                    + "'dueDate':'2026-09-02 10:00:00.5z','dateLastModified':1767225600000}}"),
            LineItem.class);

    assertThat(item.assignDate()).isEqualTo(Instant.parse("2026-09-01T06:00:00Z"));
    assertThat(item.dueDate()).isEqualTo(Instant.parse("2026-09-02T10:00:00.500Z"));
    assertThat(item.dateLastModified()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void readSingle_keepsAnUnknownStatusValue() {
    LineItem item =
        json.readSingle(
            in("{'lineItem':{'sourcedId':'li-1','status':'inactive'}}"), LineItem.class);

    assertThat(item.status().isKnown()).isFalse();
    assertThat(item.status().value()).isEqualTo("inactive");
    assertThat(text(json.writeEntity(item)))
        .isEqualTo(q("{'sourcedId':'li-1','status':'inactive'}"));
  }

  @Test
  void readSingle_rejectsANonNumericScoreBound_namingTheField() {
    assertThatThrownBy(
            () -> json.readSingle(in("{'lineItem':{'resultValueMax':'lots'}}"), LineItem.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(q("Cannot read lineItem.resultValueMax: expected a number, found 'lots'"));
  }

  @Test
  void readSingle_rejectsAnUnreadableDate() {
    assertThatThrownBy(
            () -> json.readSingle(in("{'lineItem':{'dueDate':'next week'}}"), LineItem.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("lineItem.dueDate")
        .hasMessageContaining("next week");
  }

  @Test
  void keys_areTheOneRosterEnvelopeNames() {
    assertThat(
            List.of(
                OneRosterJson.singularKey(LineItem.class), OneRosterJson.pluralKey(LineItem.class)))
        .containsExactly("lineItem", "lineItems");
  }
}
