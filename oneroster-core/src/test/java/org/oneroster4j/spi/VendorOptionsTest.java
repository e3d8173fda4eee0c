package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.ValidationException.Violation;

class VendorOptionsTest {

  private static VendorOptions options(String... nameValue) {
    ConnectionRequest.Builder b = ConnectionRequest.builder();
    for (int i = 0; i < nameValue.length; i += 2) {
      b.option(nameValue[i], nameValue[i + 1]);
    }
    return VendorOptions.of(b.build(), "Acme SIS", List.of("limit", "enabled", "mode"));
  }

  @Test
  void absentOptions_giveDefaults_withoutProblems() {
    VendorOptions o = options();
    assertThat(o.nonNegativeInt("limit", 50)).isEqualTo(50);
    assertThat(o.bool("enabled", true)).isTrue();
    assertThat(o.choice("mode", List.of("live", "sandbox"), "live")).isEqualTo("live");
    assertThat(o.text("limit")).isEmpty();
    assertThat(o.problems()).isEmpty();
  }

  @Test
  void namesIgnoreCase_andValuesAreStripped() {
    VendorOptions o = options("LIMIT", " 30 ", "Enabled", "FALSE", "mode", "Sandbox");
    assertThat(o.nonNegativeInt("limit", 50)).isEqualTo(30);
    assertThat(o.bool("enabled", true)).isFalse();
    assertThat(o.choice("mode", List.of("live", "sandbox"), "live")).isEqualTo("sandbox");
    assertThat(o.has("limit")).isTrue();
    assertThat(o.problems()).isEmpty();
  }

  @Test
  void blankValue_countsAsAbsent() {
    VendorOptions o = options("limit", "   ");
    assertThat(o.nonNegativeInt("limit", 50)).isEqualTo(50);
    assertThat(o.has("limit")).isFalse();
    assertThat(o.problems()).isEmpty();
  }

  @Test
  void sameOptionUnderTwoCases_isAProblem_quotingNoValue() {
    VendorOptions o = options("limit", "30", "LIMIT", "40");
    assertThat(o.problems())
        .containsExactly(
            new Violation(
                "options.LIMIT",
                "is given twice (names ignore case: also as limit); give it once"));
    assertThat(o.problems().toString()).doesNotContain("30").doesNotContain("40");
  }

  @Test
  void problems_comeInTheOrderTheOptionsWereGiven() {
    // A request's options keep their order (Map.copyOf's order changes from JVM to JVM), so the
    // messages, and which of two spellings is named as the repeat, are the same every run.
    assertThat(options("zeta", "1", "alpha", "2", "Mode", "x", "MODE", "y").problems())
        .extracting(Violation::field)
        .containsExactly("options.zeta", "options.alpha", "options.MODE");
  }

  @Test
  void unknownOption_isAProblemListingTheKnownOnes() {
    assertThat(options("limt", "3").problems())
        .containsExactly(
            new Violation(
                "options.limt", "is not a Acme SIS option; the options are limit, enabled, mode"));
  }

  @Test
  void malformedValues_areProblemsSayingWhatToType_andFallBackToDefaults() {
    VendorOptions o = options("limit", "-1", "enabled", "yes", "mode", "prod");
    assertThat(o.nonNegativeInt("limit", 50)).isEqualTo(50);
    assertThat(o.bool("enabled", false)).isFalse();
    assertThat(o.choice("mode", List.of("live", "sandbox"), "live")).isEqualTo("live");
    assertThat(o.problems())
        .extracting(Violation::toString)
        .containsExactly(
            "options.limit: is '-1'; type a whole number, 0 for no limit (default 50)",
            "options.enabled: is 'yes'; type true or false (default false)",
            "options.mode: is 'prod'; type one of live, sandbox (default live)");
  }
}
