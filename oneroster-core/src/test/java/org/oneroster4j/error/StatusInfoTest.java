package org.oneroster4j.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusInfoTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "unknownobject, unknownobject",
    "unknown object, unknownobject",
    "Unknown Object, unknownobject",
    "invalid data, invaliddata",
    "invaliddata, invaliddata",
    "unauthorized, unauthorisedrequest",
    "Unauthorised, unauthorisedrequest",
    "unauthorisedrequest, unauthorisedrequest",
    "invalid_filter_field, invalidfilterfield",
    "full success, fullsuccess",
    "server_busy, serverbusy",
    "' deletefailure ', deletefailure",
  })
  void normalizedCodeMinor_foldsSpellingVariants(String codeMinor, String expected) {
    assertThat(new StatusInfo("failure", "error", codeMinor, null).normalizedCodeMinor())
        .isEqualTo(expected);
  }

  @Test
  void normalizedCodeMinor_isNullWithoutCodeMinor() {
    assertThat(new StatusInfo("failure", "error", null, "gone").normalizedCodeMinor()).isNull();
  }
}
