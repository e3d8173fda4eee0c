package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ClassLink;
import org.oneroster4j.export.Diagnosis;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExportConnection;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.export.LmsStudent;
import org.oneroster4j.export.SisClass;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.testkit.FakeSis;

/**
 * The README's "Exporting grades" walk-through, statement for statement, against the fake SIS (its
 * teacher and students instead of the README's example names), so it keeps compiling and stays
 * true.
 */
class ReadmeExportExampleTest {

  @Test
  void readmeWalkThrough_authorizesLinksExportsAndReports(@TempDir Path dir) throws Exception {
    try (FakeSis fake = Fixtures.start("generic")) {
      OneRosterClient sis = Fixtures.client(fake);
      String teacherEmail = fake.teacherEmail();

      GradeExportConnection connection =
          GradeExportConnection.builder().client(sis).namespace("my-lms").build();

      Diagnosis diagnosis = connection.check();
      if (!diagnosis.ok()) {
        throw new IllegalStateException(diagnosis.problem() + ": " + diagnosis.message());
      }

      List<SisClass> classes = connection.linker().linkableClasses(teacherEmail);
      List<String> roster = fake.seed().studentIdsOf(classes.get(0).classSourcedId());
      String anaEmail = fake.seed().emailOf(roster.get(0));
      String s2 = roster.get(1);
      ClassLink link =
          connection
              .linker()
              .link(
                  classes.get(0),
                  List.of(
                      LmsStudent.byEmail("lms-17", anaEmail),
                      LmsStudent.bySourcedId("lms-18", s2)));
      link.unmatchedLmsStudents()
          .forEach(s -> System.out.println("not in the SIS class: " + s.lmsId()));

      Gradebook gradebook =
          Gradebook.builder()
              .addClass(
                  GradebookClass.builder()
                      .classSourcedId(link.classSourcedId())
                      .assignment(
                          Assignment.builder()
                              .id("a1")
                              .title("Quiz 1")
                              .maxPoints(100)
                              .category("Quizzes")
                              .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
                              .grade(Grade.builder().studentSourcedId(s2).score(95).build())
                              .grade(
                                  Grade.builder()
                                      .studentEmail(anaEmail)
                                      .status(ScoreStatus.EXEMPT)
                                      .build())
                              .build())
                      .build())
              .build();
      ExportReport report = connection.exporter().concurrency(4).export(gradebook);

      System.out.println(
          report.results().created() + " created, " + report.results().updated() + " updated");
      report
          .failures()
          .forEach(f -> System.out.println(f.kind() + " " + f.httpStatus() + " " + f.message()));
      report.skipped().forEach(s -> System.out.println(s.assignmentId() + ": " + s.reason()));
      Files.writeString(dir.resolve("report.json"), report.toJson());

      assertThat(diagnosis.ok()).isTrue();
      assertThat(link.students()).hasSize(2);
      assertThat(report.lineItems().created()).isEqualTo(1);
      assertThat(report.results().created()).isEqualTo(2);
      assertThat(report.failures()).isEmpty();
      assertThat(Files.readString(dir.resolve("report.json")))
          .startsWith("{\"lineItems\":{\"created\":1");
    }
  }
}
