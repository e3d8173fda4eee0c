package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.internal.json.JsonText.q;
import static org.oneroster4j.internal.json.JsonText.text;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.StatusInfo;

class StatusInfoParsingTest {
  private final OneRosterJson json = OneRosterJson.get();

  private JsonNode tree(String singleQuoted) throws Exception {
    return json.mapper().readTree(q(singleQuoted));
  }

  @Test
  void parsesMicrosoftStatusInfoSetWithCodeMinorAsString() throws Exception {
    assertThat(
            json.parseStatusInfos(
                tree(
                    "{'statusInfoSet':[{'imsx_codeMajor':'failure','imsx_severity':'error',"
                        + "'imsx_description':'Invalid filter field: foo',"
                        + "'imsx_operationRefIdentifier':'x','imsx_codeMinor':'invalid_filter_field'}]}")))
        .containsExactly(
            new StatusInfo(
                "failure", "error", "invalid_filter_field", "Invalid filter field: foo"));
  }

  @Test
  void parsesTheSpecFormWithACodeMinorFieldArray() throws Exception {
    StatusInfo info =
        json.parseStatusInfos(
                tree(
                    "{'imsx_codeMajor':'failure','imsx_severity':'error','imsx_description':'gone',"
                        + "'imsx_CodeMinor':{'imsx_codeMinorField':[{'imsx_codeMinorFieldName':"
                        + "'TargetEndSystem','imsx_codeMinorFieldValue':'unknownobject'}]}}"))
            .get(0);

    assertThat(info).isEqualTo(new StatusInfo("failure", "error", "unknownobject", "gone"));
  }

  @Test
  void parsesUnprefixedKeysAndAWrappedStatusInfo() throws Exception {
    assertThat(
            json.parseStatusInfos(
                tree(
                    "{'imsx_statusInfo':{'codeMajor':'failure','severity':'error',"
                        + "'codeMinor':{'codeMinorField':{'codeMinorFieldValue':'unknown object'}},"
                        + "'description':'not found'}}")))
        .containsExactly(new StatusInfo("failure", "error", "unknown object", "not found"));
  }

  @Test
  void parsesABareArrayOfSeveralInfos() throws Exception {
    assertThat(
            json.parseStatusInfos(
                tree("[{'codeMajor':'success','severity':'warning'},{'CodeMajor':'failure'},7]")))
        .containsExactly(
            new StatusInfo("success", "warning", null, null),
            new StatusInfo("failure", null, null, null));
  }

  @Test
  void returnsNothingForBodiesWithoutStatusInfo() throws Exception {
    assertThat(json.parseStatusInfos(null)).isEmpty();
    assertThat(json.parseStatusInfos(tree("{'error':'invalid_client'}"))).isEmpty();
    assertThat(json.parseStatusInfos(tree("'Unauthorized'"))).isEmpty();
  }

  @Test
  void mapper_writesAndReadsStatusInfoInTheSpecForm() throws Exception {
    StatusInfo info = new StatusInfo("failure", "error", "unknownobject", "no such lineItem");

    String written = json.mapper().writeValueAsString(info);

    assertThat(written)
        .isEqualTo(
            q(
                "{'imsx_codeMajor':'failure','imsx_severity':'error',"
                    + "'imsx_description':'no such lineItem','imsx_CodeMinor':{'imsx_codeMinorField':"
                    + "[{'imsx_codeMinorFieldName':'TargetEndSystem',"
                    + "'imsx_codeMinorFieldValue':'unknownobject'}]}}"));
    assertThat(json.mapper().readValue(written, StatusInfo.class)).isEqualTo(info);
    assertThat(text(json.mapper().writeValueAsBytes(info))).isEqualTo(written);
  }

  @Test
  void keepsAtMostTwentyEntries_andCutsLongTexts_soAHostileBodyCannotFillMemory() throws Exception {
    StringBuilder body = new StringBuilder("{'statusInfoSet':[");
    for (int i = 0; i < 500; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{'imsx_severity':'warning','imsx_description':'w")
          .append(i)
          .append("'}");
    }
    body.append("]}");
    String longText = "x".repeat(StatusInfos.MAX_TEXT_CHARS + 50);

    var many = json.parseStatusInfos(tree(body.toString()));
    StatusInfo cut =
        json.parseStatusInfos(
                tree("{'imsx_codeMajor':'success','imsx_description':'" + longText + "'}"))
            .get(0);

    assertThat(many).hasSize(StatusInfos.MAX_INFOS);
    assertThat(many.get(0).description()).isEqualTo("w0");
    assertThat(many.get(StatusInfos.MAX_INFOS - 1).description()).isEqualTo("w19");
    assertThat(cut.description())
        .hasSize(StatusInfos.MAX_TEXT_CHARS + 3)
        .startsWith("xxx")
        .endsWith("x...");
    assertThat(cut.codeMajor()).isEqualTo("success");
  }
}
