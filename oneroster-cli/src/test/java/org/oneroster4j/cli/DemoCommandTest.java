package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void demo_exportsTheSampleGradebook_thenExportsAgainWithoutWrites_exit0() {
    Cli.Run run = Cli.run("demo");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String out = run.out();
    assertThat(out)
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
