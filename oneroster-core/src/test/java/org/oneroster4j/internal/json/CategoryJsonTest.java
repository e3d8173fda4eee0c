package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.internal.json.JsonText.in;
import static org.oneroster4j.internal.json.JsonText.q;
import static org.oneroster4j.internal.json.JsonText.text;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.StatusType;

class CategoryJsonTest {
  private final OneRosterJson json = OneRosterJson.get();

  static Category fullCategory() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("weights", Arrays.asList(1, 2.5, null));
    nested.put("visible", true);
    return Category.builder()
        .sourcedId("cat-1")
        .status(StatusType.TO_BE_DELETED)
        .dateLastModified(Instant.parse("2026-01-31T23:59:59.999Z"))
        .metadata("classId", "cls-1")
        .metadata("extra", nested)
        .title("Quizzes")
        .build();
  }

  @Test
  void writeSingle_producesTheExactWireFormWithNestedMetadata() {
    assertThat(text(json.writeSingle(fullCategory())))
        .isEqualTo(
            q(
                "{'category':{'sourcedId':'cat-1','status':'tobedeleted',"
                    + "'dateLastModified':'2026-01-31T23:59:59.999Z',"
                    + "'metadata':{'classId':'cls-1','extra':{'weights':[1,2.5,null],'visible':true}},"
                    + "'title':'Quizzes'}}"));
  }

  @Test
  void roundTrip_keepsNestedMetadataIncludingNulls() {
    Category back =
        json.readSingle(new ByteArrayInputStream(json.writeSingle(fullCategory())), Category.class);

    assertThat(back).isEqualTo(fullCategory());
    assertThat(back.metadata().get("extra")).isInstanceOf(Map.class);
  }

  @Test
  void metadataNumbers_keepTheirTypeThroughARoundTrip() {
    Category category =
        Category.builder().sourcedId("c").metadata("weight", 5.0).metadata("rank", 3L).build();

    byte[] body = json.writeEntity(category);

    assertThat(text(body)).isEqualTo(q("{'sourcedId':'c','metadata':{'weight':5.0,'rank':3}}"));
    assertThat(json.readSingle(new ByteArrayInputStream(body), Category.class).metadata())
        .containsEntry("weight", 5.0)
        .containsEntry("rank", 3);
  }

  @Test
  void readSingle_acceptsABareObjectAndIgnoresUnknownFields() {
    Category category =
        json.readSingle(
            in("{'sourcedId':'cat-2','title':'Homework','weight':0.3,'schoolSourcedId':'sch-1'}"),
            Category.class);

    assertThat(category).isEqualTo(Category.builder().sourcedId("cat-2").title("Homework").build());
  }

  @Test
  void readSingle_keepsNonObjectMetadataUnderValue() {
    Category category =
        json.readSingle(in("{'category':{'sourcedId':'c','metadata':[1,'a']}}"), Category.class);

    assertThat(category.metadata()).isEqualTo(Map.of("value", List.of(1, "a")));
  }

  @Test
  void readSingle_treatsBlankMetadataStringAsNone() {
    Category category =
        json.readSingle(in("{'category':{'sourcedId':'c','metadata':'  '}}"), Category.class);

    assertThat(category.metadata()).isEmpty();
  }

  @Test
  void readSingle_keepsAStringThatOnlyLooksLikeJsonUnderValue() {
    Category category =
        json.readSingle(
            in("{'category':{'sourcedId':'c','metadata':'{not json'}}"), Category.class);

    assertThat(category.metadata()).isEqualTo(Map.of("value", "{not json"));
  }

  @Test
  void readSingle_reportsMalformedJsonWithPositionAndWithoutDumpingTheBody() {
    String body = "{'category':{'sourcedId':'c1','title':'" + "x".repeat(5000) + "' 'oops'}}";

    assertThatThrownBy(() -> json.readSingle(in(body), Category.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("Malformed JSON while reading category at line 1, column ")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }

  @Test
  void readSingle_reportsAnEmptyBody() {
    assertThatThrownBy(() -> json.readSingle(in(""), Category.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(q("Expected a 'category' object but the body is empty"));
  }

  @Test
  void readSingle_reportsAnHtmlPage() {
    assertThatThrownBy(() -> json.readSingle(in("<html><body>Login</body></html>"), Category.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("Malformed JSON while reading category");
  }

  @Test
  void readSingle_reportsAnObjectThatIsNotTheEntity() {
    assertThatThrownBy(
            () ->
                json.readSingle(
                    in("{'statusInfoSet':[{'imsx_codeMajor':'failure'}]}"), Category.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            q("Expected a 'category' object, found an object with members [statusInfoSet]"));
  }

  @Test
  void readSingle_reportsAnArrayWhereAnObjectBelongs() {
    assertThatThrownBy(() -> json.readSingle(in("[1,2]"), Category.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(q("Expected a 'category' object, found an array"));
  }
}
