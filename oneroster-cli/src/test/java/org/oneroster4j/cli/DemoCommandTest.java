package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCommandTest {

  @Test
  void demo_speaks12ByDefault() {
    Cli.Run run = Cli.run("demo");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("generic OneRoster 1.2")
        .contains("/ims/oneroster/rostering/v1p2", "/ims/oneroster/gradebook/v1p2")
        .containsPattern("lineItems +7 +0 +0 +0 +0")
        .contains("0 writes:", "Done.");
  }

  @Test
  void demo_unknownVersion_exit2() {
    Cli.Run run = Cli.run("demo", "--oneroster", "3");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("use 1.1 or 1.2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.1", "1.2"})
  void demo_exportsTheSampleGradebook_thenExportsAgainWithoutWrites_exit0(String version) {
    Cli.Run run = Cli.run("demo", "--oneroster", version);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String out = run.out();
    assertThat(out)
        .contains("generic OneRoster " + version)
        .contains("Connection OK")
        .contains("Active classes of teacher1@example.org")
        .contains("class-1", "class-2", "class-3")
        .containsPattern("lineItems +7 +0 +0 +0 +0")
        .containsPattern("results +56 +0 +0 +0 +0")
        .contains("in its categories Homework, Quizzes, Tests")
        .contains("56 results with 2 exempt and 2 extra credit")
        .contains("Skipped as invalid", "project-1", "is after dueDate")
        .containsPattern("lineItems +0 +0 +7 +0 +0")
        .containsPattern("results +0 +0 +56 +0 +0")
        .contains("0 writes:")
        .contains("Done.");
    assertThat(out.indexOf("4. Export")).isLessThan(out.indexOf("5. The same gradebook"));
  }

  @Test
  void sampleGradebook_gradesTheSeededTeachersClasses() {
    var gradebook = DemoCommand.sampleGradebook();

    assertThat(gradebook.classes())
        .extracting(c -> c.classSourcedId())
        .containsExactlyElementsOf(DemoCommand.SEED.classIdsOf(DemoCommand.SEED.teacherId()));
  }
}
