package org.oneroster4j.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.testkit.Seed;

/** The deterministic gradebooks of the suite and the drills, built from a generated seed. */
public final class Gradebooks {
  private Gradebooks() {}

  /**
   * The first teacher's first {@code classes} classes, each with {@code assignments} assignments
   * graded for every student of the class.
   *
   * @param seed a generated seed ({@link Seed#large})
   * @param namespace the LMS namespace
   * @param classes how many classes
   * @param assignments assignments per class
   * @return the gradebook
   */
  public static Gradebook of(Seed seed, String namespace, int classes, int assignments) {
    Gradebook.Builder book = Gradebook.builder().namespace(namespace);
    List<String> classIds = seed.classIdsOf(seed.teacherId());
    for (int c = 0; c < classes; c++) {
      String classId = classIds.get(c);
      List<String> students = seed.studentIdsOf(classId);
      GradebookClass.Builder gc = GradebookClass.builder().classSourcedId(classId);
      for (int a = 1; a <= assignments; a++) {
        Assignment.Builder assignment =
            Assignment.builder()
                .id(assignmentId(a))
                .title("Assignment " + a)
                .description("Benchmark assignment " + a)
                .assignDate(Instant.parse("2026-09-01T00:00:00Z").plus(Duration.ofDays(a)))
                .dueDate(Instant.parse("2026-09-08T23:59:00Z").plus(Duration.ofDays(a)))
                .maxPoints(100);
        for (int s = 0; s < students.size(); s++) {
          assignment.grade(
              Grade.builder()
                  .studentSourcedId(students.get(s))
                  .score(score(c, a, s))
                  .status(ScoreStatus.FULLY_GRADED)
                  .build());
        }
        gc.assignment(assignment.build());
      }
      book.addClass(gc.build());
    }
    return book.build();
  }

  /** The LMS id of assignment {@code a} (1-based). */
  public static String assignmentId(int a) {
    return "assignment-" + a;
  }

  /** The score of student {@code s} (0-based) on assignment {@code a} of class {@code c}. */
  public static double score(int c, int a, int s) {
    return (s * 7 + a * 13 + c) % 101;
  }
}
