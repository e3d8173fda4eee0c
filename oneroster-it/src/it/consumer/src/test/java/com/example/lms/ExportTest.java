package com.example.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExportConnection;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.model.Result;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.FakeSisExtension;

/** Exports to the fake Skyward SIS, then reads its gradebook as model types. */
class ExportTest {
  @RegisterExtension static FakeSisExtension sis = FakeSisExtension.skyward();

  @Test
  void exportsAGrade_andTheTestkitShowsIt() {
    OneRosterClient client = sis.client();
    assertThat(client.vendor().id()).isEqualTo("skyward"); // found by ServiceLoader
    assertThat(SisClasses.titles(client, sis.teacherEmail())).isNotEmpty();
    Gradebook gradebook =
        Gradebook.builder()
            .addClass(
                GradebookClass.builder()
                    .classSourcedId("class-1")
                    .assignment(
                        Assignment.builder()
                            .id("quiz-1")
                            .title("Quiz 1")
                            .maxPoints(10)
                            .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
                            .grade(Grade.builder().studentSourcedId("student-1").score(9).build())
                            .grade(Grade.builder().studentEmail("student2@example.org").score(7).build())
                            .build())
                    .build())
            .build();

    ExportReport report =
        GradeExportConnection.builder()
            .client(client)
            .namespace("my-lms")
            .build()
            .exporter()
            .export(gradebook);

    assertThat(report.succeeded()).as("%s", report).isTrue();
    // The call that failed with IllegalAccessError when the testkit used core's internals.
    assertThat(sis.gradebook().results()).extracting(Result::score).containsExactlyInAnyOrder(9.0, 7.0);
    sis.gradebook().assertNoDuplicateLineItems().assertNoDuplicateResults();
  }

  @Test
  void runsWhereTheBuildPutIt() {
    String expect = System.getProperty("consumer.expect", "module");
    boolean modular = expect.equals("module");
    assertThat(SisClasses.class.getModule().isNamed()).isEqualTo(modular);
    assertThat(OneRosterClient.class.getModule().isNamed()).isEqualTo(modular);
    // Test-scoped and not required by the module: the class path either way.
    assertThat(FakeSis.class.getModule().isNamed()).isFalse();
  }
}
