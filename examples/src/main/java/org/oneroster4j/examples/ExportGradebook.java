package org.oneroster4j.examples;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ClassLinker;
import org.oneroster4j.export.ExportPlan;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.export.SisClass;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.User;

/**
 * Exports a gradebook: builds one in code for the teacher's first class (an assignment, a grade, an
 * exempt grade), exports it, and exports it again to show that nothing is rewritten.
 *
 * <p>Against a real SIS ({@code ONEROSTER_URL} set) it never writes made-up grades: it exports the
 * gradebook JSON file given as the first argument, or without one only shows the plan (a dry run).
 */
public final class ExportGradebook {
  private ExportGradebook() {}

  /**
   * Runs the example.
   *
   * @param args optional: a gradebook JSON file to export (format in the README)
   */
  public static void main(String[] args) {
    try (ExampleSis example = ExampleSis.connect()) {
      OneRosterClient sis = example.client();
      GradeExporter exporter = GradeExporter.of(sis).namespace("examples");

      if (args.length > 0) {
        print("Exported " + args[0], exporter.export(Gradebook.fromJson(Path.of(args[0]))));
        return;
      }

      Gradebook gradebook = sampleFor(example);
      if (!example.isFake()) {
        ExportPlan plan = exporter.plan(gradebook);
        System.out.println("Dry run (nothing written): " + plan.writeCount() + " writes planned");
        return;
      }
      print("First export", exporter.export(gradebook));
      print("Second export", exporter.export(gradebook));
    }
  }

  /** One quiz in the teacher's first class: a score for the first student, the second exempt. */
  private static Gradebook sampleFor(ExampleSis example) {
    List<SisClass> classes =
        ClassLinker.of(example.client()).linkableClasses(example.teacherEmail());
    String classId = classes.get(0).classSourcedId();
    List<User> students = example.client().studentsForClass(classId).stream().limit(2).toList();

    Assignment.Builder quiz =
        Assignment.builder()
            .id("quiz-1")
            .title("Quiz 1")
            .assignDate(Instant.parse("2026-09-01T08:00:00Z"))
            .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
            .maxPoints(20)
            .category("Quizzes");
    if (!students.isEmpty()) {
      quiz.grade(
          Grade.builder()
              .studentSourcedId(students.get(0).sourcedId())
              .score(18.5)
              .status(ScoreStatus.FULLY_GRADED)
              .build());
    }
    if (students.size() > 1) {
      quiz.grade(
          Grade.builder()
              .studentSourcedId(students.get(1).sourcedId())
              .status(ScoreStatus.EXEMPT)
              .comment("Excused")
              .build());
    }
    return Gradebook.builder()
        .namespace("examples")
        .addClass(GradebookClass.builder().classSourcedId(classId).assignment(quiz.build()).build())
        .build();
  }

  private static void print(String what, ExportReport report) {
    System.out.println(
        what
            + ": "
            + report.writes()
            + " writes; lineItems "
            + report.lineItems()
            + "; results "
            + report.results()
            + (report.succeeded() ? "" : "; failures " + report.failures()));
    report
        .skipped()
        .forEach(s -> System.out.println("  skipped " + s.assignmentId() + ": " + s.reason()));
  }
}
