package org.oneroster4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.testkit.FakeSisExtension;

/**
 * How to test an LMS integration with the testkit: a JUnit 5 test with a fake SIS per class, a
 * fresh gradebook per test and a ready client. The first test is the README's minimal test; the
 * second scripts a fault, exports, then asserts on what the SIS holds.
 */
class TestWithFakeSis {
  @RegisterExtension static FakeSisExtension sis = FakeSisExtension.skyward();

  @Test
  void findsTheTeachersClasses() {
    assertThat(sis.client().teacherClasses(sis.teacherEmail())).isNotEmpty();
  }

  @Test
  void exportRetriesABusySis_andASecondExportWritesNothing() {
    // The SIS is busy for the first write: the exporter retries after Retry-After.
    sis.faults().matching("/lineItems/").method("PUT").times(1).rateLimit(Duration.ofSeconds(1));
    String classId = sis.seed().classIdsOf(sis.seed().teacherId()).get(0);
    String studentId = sis.seed().studentIdsOf(classId).get(0);
    Gradebook gradebook =
        Gradebook.builder()
            .namespace("my-lms-tests")
            .addClass(
                GradebookClass.builder()
                    .classSourcedId(classId)
                    .assignment(
                        Assignment.builder()
                            .id("essay-1")
                            .title("Essay 1")
                            .dueDate(Instant.parse("2026-10-01T23:59:00Z"))
                            .maxPoints(10)
                            .grade(Grade.builder().studentSourcedId(studentId).score(9).build())
                            .build())
                    .build())
            .build();

    ExportReport report = GradeExporter.of(sis.client()).export(gradebook);

    assertThat(report.succeeded()).as("the export succeeded: %s", report).isTrue();
    assertThat(sis.gradebook().lineItemCount(classId)).isEqualTo(1);
    assertThat(sis.gradebook().resultsFor(sis.gradebook().lineItemsFor(classId).get(0).sourcedId()))
        .singleElement()
        .satisfies(result -> assertThat(result.score()).isEqualTo(9.0));
    sis.gradebook().assertNoDuplicateLineItems().assertNoDuplicateResults();
    assertThat(sis.requests()).anyMatch(r -> r.status() == 429);
    assertThat(GradeExporter.of(sis.client()).export(gradebook).writes()).isZero();
  }
}
