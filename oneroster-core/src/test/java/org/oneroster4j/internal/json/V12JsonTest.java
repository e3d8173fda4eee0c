package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.StatusInfo;
import org.oneroster4j.model.AssessmentLineItem;
import org.oneroster4j.model.AssessmentResult;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.OneRosterEntity;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.Role;
import org.oneroster4j.model.RoleKind;
import org.oneroster4j.model.RoleType;
import org.oneroster4j.model.ScoreScale;
import org.oneroster4j.model.User;

/** The OneRoster 1.2 binding: golden bodies, the official shapes, lenient reads, roles mapping. */
class V12JsonTest {
  private static final String SHAPES = "/v1p2/oneroster-1.2-shapes.json";
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final OneRosterJson v12 = OneRosterJson.of(OneRosterVersion.V1_2);
  private final OneRosterJson v11 = OneRosterJson.of(OneRosterVersion.V1_1);
  private final ObjectMapper plain = JsonMapper.builder().build();

  static Stream<String> keys() {
    return V12Samples.all().keySet().stream().sorted();
  }

  private static String golden(String key) throws IOException {
    try (InputStream in = V12JsonTest.class.getResourceAsStream("/v1p2/" + key + ".json")) {
      assertThat(in).as("golden /v1p2/" + key + ".json").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  private static ByteArrayInputStream in(String json) {
    return new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void get_isTheOneRoster11Binding() {
    assertThat(OneRosterJson.get()).isSameAs(v11);
    assertThat(v11.version()).isEqualTo(OneRosterVersion.V1_1);
    assertThat(v12.version()).isEqualTo(OneRosterVersion.V1_2);
  }

  @ParameterizedTest
  @MethodSource("keys")
  void write_matchesTheGoldenBodyExactly(String key) throws IOException {
    OneRosterEntity entity = V12Samples.all().get(key);

    assertThat(new String(v12.writeSingle(entity), StandardCharsets.UTF_8)).isEqualTo(golden(key));
  }

  @ParameterizedTest
  @MethodSource("keys")
  void readingTheGoldenBody_givesTheEntityBackEqual(String key) throws IOException {
    OneRosterEntity entity = V12Samples.all().get(key);

    Object back = v12.readSingle(in(golden(key)), entity.getClass());

    assertThat(back).isEqualTo(entity);
  }

  @ParameterizedTest
  @MethodSource("keys")
  void goldenBody_conformsToTheOfficialShapes(String key) throws IOException {
    JsonNode shapes;
    try (InputStream in = getClass().getResourceAsStream(SHAPES)) {
      assertThat(in).as(SHAPES).isNotNull();
      shapes = plain.readTree(in);
    }
    String dtype = shapes.path("entities").path(key).asText();
    assertThat(dtype).as("DType of " + key).isNotEmpty();
    JsonNode body = plain.readTree(golden(key)).get(key);
    List<String> problems = new ArrayList<>();

    check(shapes.path("types"), dtype, body, key, problems);

    assertThat(problems).isEmpty();
  }

  private static void check(
      JsonNode types, String dtype, JsonNode object, String at, List<String> problems) {
    JsonNode type = types.path(dtype);
    if (!object.isObject()) {
      problems.add(at + ": expected an object (" + dtype + ")");
      return;
    }
    for (JsonNode required : type.path("required")) {
      if (!object.has(required.asText())) {
        problems.add(at + "." + required.asText() + ": required by " + dtype + " but missing");
      }
    }
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      JsonNode kind = type.path("properties").get(member.getKey());
      if (kind == null) {
        if (!type.path("additionalProperties").asBoolean(true)) {
          problems.add(at + "." + member.getKey() + ": not a property of " + dtype);
        }
        continue;
      }
      checkKind(types, kind.asText(), member.getValue(), at + "." + member.getKey(), problems);
    }
  }

  private static void checkKind(
      JsonNode types, String kind, JsonNode value, String at, List<String> problems) {
    if (kind.startsWith("array:")) {
      if (!value.isArray()) {
        problems.add(at + ": expected an array");
        return;
      }
      for (int i = 0; i < value.size(); i++) {
        checkKind(types, kind.substring(6), value.get(i), at + "[" + i + "]", problems);
      }
    } else if (kind.startsWith("object:")) {
      check(types, kind.substring(7), value, at, problems);
    } else if (kind.startsWith("ref:")) {
      // The schema also requires href; the SDK leaves it out unless configured (see DESIGN).
      if (!value.isObject() || !value.path("sourcedId").isTextual()) {
        problems.add(at + ": expected a reference with a sourcedId");
      } else if (!kind.substring(4).equals(value.path("type").asText())) {
        problems.add(at + ".type: expected " + kind.substring(4) + ", found " + value.get("type"));
      }
      value
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (!List.of("href", "sourcedId", "type").contains(name)) {
                  problems.add(at + "." + name + ": not a property of a GUIDRef");
                }
              });
    } else {
      boolean ok =
          switch (kind) {
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "boolean-string" ->
                value.isTextual() && List.of("true", "false").contains(value.asText());
            case "date" -> value.isTextual() && DATE.matcher(value.asText()).matches();
            case "date-time" -> value.isTextual() && DATE_TIME.matcher(value.asText()).matches();
            case "object" -> value.isObject();
            default -> false;
          };
      if (!ok) {
        problems.add(at + ": expected " + kind + ", found " + value);
      }
    }
  }

  @Test
  void scoreScale_isNotPartOfOneRoster11() {
    assertThatThrownBy(() -> v11.writeSingle(V12Samples.scoreScale()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not part of OneRoster 1.1")
        .hasMessageContaining("OneRosterJson.of(OneRosterVersion.V1_2)");
    assertThat(OneRosterJson.pluralKey(ScoreScale.class)).isEqualTo("scoreScales");
  }

  @Test
  void assessmentEntities_areNotPartOfOneRoster11_inEitherDirection() {
    for (OneRosterEntity entity :
        List.<OneRosterEntity>of(V12Samples.assessmentLineItem(), V12Samples.assessmentResult())) {
      assertThatThrownBy(() -> v11.writeSingle(entity))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(entity.getClass().getSimpleName() + " is not part of OneRoster 1.1")
          .hasMessageContaining("OneRosterJson.of(OneRosterVersion.V1_2)");
      assertThatThrownBy(() -> v11.readSingle(in("{}"), entity.getClass()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not part of OneRoster 1.1");
    }
    assertThat(OneRosterJson.singularKey(AssessmentLineItem.class)).isEqualTo("assessmentLineItem");
    assertThat(OneRosterJson.pluralKey(AssessmentLineItem.class)).isEqualTo("assessmentLineItems");
    assertThat(OneRosterJson.singularKey(AssessmentResult.class)).isEqualTo("assessmentResult");
    assertThat(OneRosterJson.pluralKey(AssessmentResult.class)).isEqualTo("assessmentResults");
  }

  @Test
  void readAssessmentResult_leniently_refsWithoutType_stringNumbers_jsonBooleans_dateTime() {
    AssessmentResult result =
        v12.readSingle(
            in(
                "{'assessmentResult':{'sourcedId':'ar1','assessmentLineItem':{'sourcedId':'ali-1'},"
                    + "'student':'s-1','score':'7.5','scorePercentile':'91','scoreStatus':'ext:retake',"
                    + "'scoreDate':'2026-10-02T23:30:00.000-02:00','late':true,'missing':'false',"
                    + "'extra':[1]}}"),
            AssessmentResult.class);

    assertThat(result.assessmentLineItem().sourcedId()).isEqualTo("ali-1");
    assertThat(result.assessmentLineItem().type()).isNull();
    assertThat(result.student().sourcedId()).isEqualTo("s-1");
    assertThat(result.score()).isEqualTo(7.5);
    assertThat(result.scorePercentile()).isEqualTo(91.0);
    assertThat(result.scoreStatus().isKnown()).isFalse();
    assertThat(result.scoreStatus().value()).isEqualTo("ext:retake");
    // 23:30 at -02:00 is 01:30 the next day in UTC.
    assertThat(result.scoreDate()).isEqualTo(LocalDate.parse("2026-10-03"));
    assertThat(result.late()).isTrue();
    assertThat(result.missing()).isFalse();
    assertThat(result.inProgress()).isNull();
  }

  @Test
  void assessmentCollections_streamFromTheirPluralEnvelope() {
    try (CollectionReader<AssessmentLineItem> items =
        v12.readCollection(
            in(
                "{'assessmentLineItems':[{'sourcedId':'a','title':'A','class':{'sourcedId':'c'}},"
                    + "{'sourcedId':'b','parentAssessmentLineItem':{'sourcedId':'a',"
                    + "'type':'assessmentLineItem'}}]}"),
            AssessmentLineItem.class)) {
      assertThat(items.next().schoolClass().sourcedId()).isEqualTo("c");
      assertThat(items.next().parentAssessmentLineItem().sourcedId()).isEqualTo("a");
      assertThat(items.hasNext()).isFalse();
    }
  }

  @Test
  void hrefIsWrittenOnlyWhenSetAndAsked() {
    LineItem item =
        V12Samples.lineItem().toBuilder()
            .schoolClass(
                GuidRef.builder().href("https://sis/classes/cls-1").sourcedId("cls-1").build())
            .build();

    String with =
        new String(
            OneRosterJson.includingHrefs(OneRosterVersion.V1_2).writeSingle(item),
            StandardCharsets.UTF_8);

    assertThat(with)
        .contains(
            "\"class\":{\"href\":\"https://sis/classes/cls-1\",\"sourcedId\":\"cls-1\",\"type\":\"class\"}")
        .contains("\"school\":{\"sourcedId\":\"sch-1\",\"type\":\"org\"}");
    assertThat(new String(v12.writeSingle(item), StandardCharsets.UTF_8)).doesNotContain("href");
  }

  @Test
  void read_acceptsRefsWithoutTypeOrHref_stringOrJsonBooleans_andDateTimeScoreDate() {
    Result result =
        v12.readSingle(
            in(
                "{'result':{'sourcedId':'r1','lineItem':{'sourcedId':'li-1'},'student':'s-1',"
                    + "'class':{'sourcedId':'c1','type':'class','href':'https://x/c1'},"
                    + "'scoreStatus':'ext:late','score':'7.5','scoreDate':'2026-09-09T23:30:00.000-02:00',"
                    + "'late':'true','missing':false,'incomplete':'FALSE','metadata':'{\\\"a\\\":1}',"
                    + "'unknown':{'x':[1]}}}"),
            Result.class);

    assertThat(result.lineItem().sourcedId()).isEqualTo("li-1");
    assertThat(result.lineItem().type()).isNull();
    assertThat(result.student().sourcedId()).isEqualTo("s-1");
    assertThat(result.schoolClass().href()).isEqualTo("https://x/c1");
    assertThat(result.scoreStatus().isKnown()).isFalse();
    assertThat(result.scoreStatus().value()).isEqualTo("ext:late");
    assertThat(result.score()).isEqualTo(7.5);
    // 23:30 at -02:00 is 01:30 the next day in UTC.
    assertThat(result.scoreDate()).isEqualTo(LocalDate.parse("2026-09-10"));
    assertThat(result.late()).isTrue();
    assertThat(result.missing()).isFalse();
    assertThat(result.incomplete()).isFalse();
    assertThat(result.inProgress()).isNull();
    assertThat(result.metadata()).containsEntry("a", 1);
  }

  @Test
  void read_googleStyleUtcDateTimeScoreDate_givesItsUtcDate() {
    Result result =
        v12.readSingle(
            in("{'result':{'sourcedId':'r1','scoreDate':'2026-09-09T00:15:00.000Z'}}"),
            Result.class);

    assertThat(result.scoreDate()).isEqualTo(LocalDate.parse("2026-09-09"));
  }

  @Test
  void readingA11User_fillsOnePrimaryRolePerOrg() {
    User user =
        v11.readSingle(
            in(
                "{'user':{'sourcedId':'u1','role':'teacher',"
                    + "'orgs':[{'sourcedId':'sch-1','type':'org'},{'sourcedId':'sch-2'}]}}"),
            User.class);

    assertThat(user.roles())
        .containsExactly(
            Role.primary(RoleType.TEACHER, GuidRef.of("sch-1", null)),
            Role.primary(RoleType.TEACHER, GuidRef.of("sch-2", null)));
    assertThat(user.role()).isEqualTo(RoleType.TEACHER);
  }

  @Test
  void readingA12User_fillsRoleWithTheFirstPrimaryRole_andOrgsWithTheRolesDistinctOrgs() {
    User user =
        v12.readSingle(
            in(
                "{'user':{'sourcedId':'u1','roles':["
                    + "{'roleType':'secondary','role':'counselor','org':{'sourcedId':'sch-1'}},"
                    + "{'roleType':'primary','role':'teacher','org':{'sourcedId':'sch-1'}},"
                    + "{'roleType':'primary','role':'aide','org':{'sourcedId':'sch-2'}}]}}"),
            User.class);

    assertThat(user.role()).isEqualTo(RoleType.TEACHER);
    assertThat(user.orgs()).containsExactly(GuidRef.of("sch-1", null), GuidRef.of("sch-2", null));
    assertThat(user.roles()).hasSize(3);
    assertThat(user.roles().get(0).roleType()).isEqualTo(RoleKind.SECONDARY);
  }

  @Test
  void writingA11ShapedUserIn12_sendsRoles_notRoleOrOrgs() throws IOException {
    User user =
        User.builder()
            .sourcedId("u1")
            .enabledUser(false)
            .role(RoleType.STUDENT)
            .orgs(List.of(GuidRef.of("sch-1", null)))
            .build();

    JsonNode body = plain.readTree(v12.writeSingle(user)).get("user");

    assertThat(body.has("role")).isFalse();
    assertThat(body.has("orgs")).isFalse();
    assertThat(body.get("enabledUser").asText()).isEqualTo("false");
    assertThat(body.get("roles").toString())
        .isEqualTo(
            "[{\"roleType\":\"primary\",\"role\":\"student\",\"org\":{\"sourcedId\":\"sch-1\",\"type\":\"org\"}}]");
  }

  @Test
  void writingA12ShapedUserIn11_sendsThePrimaryRoleAndTheRolesOrgs() throws IOException {
    User user =
        User.builder()
            .sourcedId("u1")
            .roles(List.of(Role.primary(RoleType.TEACHER, GuidRef.of("sch-1", null))))
            .build();

    JsonNode body = plain.readTree(v11.writeSingle(user)).get("user");

    assertThat(body.get("role").asText()).isEqualTo("teacher");
    assertThat(body.get("orgs").toString()).isEqualTo("[{\"sourcedId\":\"sch-1\"}]");
    assertThat(body.has("roles")).isFalse();
  }

  @Test
  void collectionRead_streams12Users() {
    try (CollectionReader<User> users =
        v12.readCollection(
            in(
                "{'users':[{'sourcedId':'a','enabledUser':'true','roles':[{'roleType':'primary',"
                    + "'role':'student','org':{'sourcedId':'s'}}]},{'sourcedId':'b'}]}"),
            User.class)) {
      assertThat(users.next().role()).isEqualTo(RoleType.STUDENT);
      assertThat(users.next().roles()).isEmpty();
      assertThat(users.hasNext()).isFalse();
    }
  }

  @Test
  void statusInfos_readThe12ObjectAnd11SetAndAStringCodeMinor_inBothVersions() {
    String object =
        "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"No such"
            + " class\",\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":"
            + "\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"unknownobject\"}]}}";
    String set =
        "{\"statusInfoSet\":[{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\","
            + "\"imsx_CodeMinor\":\"invalid_filter_field\"}]}";
    for (OneRosterJson json : List.of(v11, v12)) {
      byte[] a = object.getBytes(StandardCharsets.UTF_8);
      byte[] b = set.getBytes(StandardCharsets.UTF_8);
      assertThat(json.parseStatusInfos(a, a.length))
          .containsExactly(new StatusInfo("failure", "error", "unknownobject", "No such class"));
      assertThat(json.parseStatusInfos(b, b.length))
          .containsExactly(new StatusInfo("failure", "error", "invalid_filter_field", null));
      assertThat(json.parseStatusInfos(new byte[] {'<', 'h'}, 2)).isEmpty();
      assertThat(json.parseStatusInfos(new byte[] {'{'}, 1)).isEmpty();
    }
  }

  @Test
  void writeEcho_readsA12StatusObjectBodyAsItsWarning() {
    byte[] body =
        "{\"imsx_codeMajor\":\"success\",\"imsx_severity\":\"warning\",\"imsx_description\":\"late\"}"
            .getBytes(StandardCharsets.UTF_8);

    WriteEcho echo = WriteEcho.read(v12, body, "result");

    assertThat(echo.sourcedId()).isNull();
    assertThat(echo.warnings()).containsExactly(new StatusInfo("success", "warning", null, "late"));
  }
}
