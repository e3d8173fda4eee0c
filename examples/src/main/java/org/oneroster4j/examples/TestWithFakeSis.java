package org.oneroster4j.examples;

import java.time.Duration;
import java.time.Instant;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.testkit.FakeSis;

/**
 * How to test an LMS integration with the testkit: start a fake SIS, script a fault, export, then
 * assert on what the SIS holds. Written as a {@code main} so it runs anywhere; in a real test the
 * same lines sit in a JUnit test. It always uses the fake SIS: testing without a SIS is its point.
 */
public final class TestWithFakeSis {
  private TestWithFakeSis() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (FakeSis sis = FakeSis.builder().vendor("skyward").build().start()) {
      OneRosterClient client =
          OneRosterClient.builder()
              .vendor("skyward")
              .url(sis.adminUrl())
              .tokenUrl(sis.tokenUrl())
              .credentials(Credentials.clientCredentials(sis.clientId(), sis.clientSecret()))
              .build();

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

      ExportReport report = GradeExporter.of(client).export(gradebook);

      check(report.succeeded(), "the export succeeded: " + report);
      check(sis.gradebook().lineItemCount(classId) == 1, "one lineItem in " + classId);
      sis.gradebook().assertNoDuplicateLineItems().assertNoDuplicateResults();
      check(
          sis.requests().stream().anyMatch(r -> r.status() == 429),
          "the SIS answered 429 once and the write was retried");
      check(
          GradeExporter.of(client).export(gradebook).writes() == 0,
          "a second export writes nothing");
      System.out.println("All checks passed against the fake SIS at " + sis.baseUrl());
    }
  }

  /** A stand-in for AssertJ's assertThat, so the example needs no test library. */
  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("expected: " + what);
    }
    System.out.println("ok: " + what);
  }
}
