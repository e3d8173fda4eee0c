package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.internal.json.JsonText.q;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WriteEchoTest {
  private final OneRosterJson json = OneRosterJson.get();

  private WriteEcho read(String singleQuoted, String key) {
    return WriteEcho.read(json, q(singleQuoted).getBytes(StandardCharsets.UTF_8), key);
  }

  @Test
  void readsTheEchoedSourcedId_notTheIdsOfReferencedObjects() {
    WriteEcho echo =
        read(
            "{'result':{'lineItem':{'sourcedId':'li-1','type':'lineItem'},"
                + "'student':{'sourcedId':'s-1'},'metadata':{'sourcedId':'meta'},"
                + "'sourcedId':'sis-42','score':[1,{'sourcedId':'x'}]}}",
            "result");
    assertThat(echo.sourcedId()).isEqualTo("sis-42");
    assertThat(echo.warnings()).isEmpty();
  }

  @Test
  void aNumericId_isReadAsText_andABlankOrNullIdAsNone() {
    assertThat(read("{'lineItem':{'sourcedId':42}}", "lineItem").sourcedId()).isEqualTo("42");
    assertThat(read("{'lineItem':{'sourcedId':'  '}}", "lineItem").sourcedId()).isNull();
    assertThat(read("{'lineItem':{'sourcedId':null}}", "lineItem").sourcedId()).isNull();
    assertThat(read("{'lineItem':{'sourcedId':{'a':1}}}", "lineItem").sourcedId()).isNull();
  }

  @Test
  void onlyTheWrittenKindsEnvelopeCounts() {
    assertThat(read("{'result':{'sourcedId':'r'}}", "lineItem").sourcedId()).isNull();
    assertThat(read("{'sourcedId':'bare'}", "result").sourcedId()).isNull();
    assertThat(read("{'result':'r-1'}", "result").sourcedId()).isNull();
    assertThat(read("{'result':{'sourcedId':'r'}}", null).sourcedId()).isNull();
  }

  @Test
  void readsWarnings_preferringStatusInfoSet_whereverTheyStand() {
    WriteEcho echo =
        read(
            "{'statusInfo':{'imsx_codeMajor':'success','imsx_description':'last'},"
                + "'result':{'sourcedId':'r-1'},"
                + "'statusInfoSet':[{'imsx_codeMajor':'success','imsx_severity':'warning',"
                + "'imsx_description':'score rounded'}]}",
            "result");
    assertThat(echo.sourcedId()).isEqualTo("r-1");
    assertThat(echo.warnings()).hasSize(1);
    assertThat(echo.warnings().get(0).description()).isEqualTo("score rounded");

    WriteEcho single = read("{'imsx_statusInfo':{'imsx_description':'only one'}}", null);
    assertThat(single.sourcedId()).isNull();
    assertThat(single.warnings()).extracting(w -> w.description()).containsExactly("only one");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "not json",
        "[{'result':{'sourcedId':'r'}}]",
        "{'result':{'sourcedId':'r'}",
        "{'result':{'sourcedId':'r'}}{}",
        "{'result':{'sourcedId':'r'}} trailing",
        "'just a string'",
        "null"
      })
  void anEmptyOrUnreadableBody_saysNothing(String body) {
    WriteEcho echo = read(body, "result");
    assertThat(echo.sourcedId()).isNull();
    assertThat(echo.warnings()).isEmpty();
  }
}
