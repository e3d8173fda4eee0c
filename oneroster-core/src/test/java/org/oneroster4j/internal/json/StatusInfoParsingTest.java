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
}
