package org.oneroster4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneroster4j.internal.json.OneRosterJson;

/**
 * Runs in both surefire executions: in {@code classpath-test} (which sets {@code
 * oneroster4j.test.classpath}) the library must work as an unnamed module on the class path, in the
 * default execution as the named module.
 */
@Tag("classpath")
class ClassPathTest {

  @Test
  void modelAndJsonBinding_workOnWhicheverPathTheTestsRun() {
    boolean classPathRun = Boolean.getBoolean("oneroster4j.test.classpath");
    Module module = LineItem.class.getModule();

    assertThat(module.isNamed())
        .as("named module (class path run: %s)", classPathRun)
        .isEqualTo(!classPathRun);
    assertThat(OneRosterJson.class.getModule()).isSameAs(module);

    Result result =
        Result.builder()
            .sourcedId("r-1")
            .lineItem(GuidRef.of("li-1", GuidRefType.LINE_ITEM))
            .student(GuidRef.of("s-1", GuidRefType.STUDENT))
            .scoreStatus(ScoreStatus.FULLY_GRADED)
            .score(80)
            .dateLastModified(Instant.parse("2026-09-09T12:00:00Z"))
            .build();
    OneRosterJson json = OneRosterJson.get();
    byte[] body = json.writeSingle(result);

    assertThat(new String(body, StandardCharsets.UTF_8)).endsWith("\"score\":80}}");
    assertThat(json.readSingle(new ByteArrayInputStream(body), Result.class)).isEqualTo(result);
  }
}
