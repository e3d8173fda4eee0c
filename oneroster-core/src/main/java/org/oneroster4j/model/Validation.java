package org.oneroster4j.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;

/**
 * Client-side checks of the gradebook entities OneRoster4j writes, run before any request is sent.
 *
 * <p>{@code problems(…)} lists every problem found (empty when the entity can be written); {@code
 * require(…)} throws one {@link ValidationException} listing all of them. Field names are the JSON
 * field names ({@code class}, {@code assignDate}), and each message says how to fix the problem.
 */
public final class Validation {
  private Validation() {}

  /**
   * Returns every problem that stops {@code lineItem} from being written; empty when there is none.
   *
   * <p>Checked: sourcedId and title are not blank; the class reference is present; assignDate and
   * dueDate are present and assignDate is not after dueDate; resultValueMin and resultValueMax are
   * present, finite, and max is greater than min; references have non-blank sourcedIds.
   */
  public static List<Violation> problems(LineItem lineItem) {
    Objects.requireNonNull(lineItem, "lineItem");
    List<Violation> problems = new ArrayList<>();
    sourcedId(lineItem.sourcedId(), "lineItem", problems);
    if (isBlank(lineItem.title())) {
      problems.add(
          new Violation("title", "is required; give the line item the assignment's title"));
    }
    ref(lineItem.schoolClass(), "class", true, "the class the line item belongs to", problems);
    ref(lineItem.category(), "category", false, "", problems);
    ref(lineItem.gradingPeriod(), "gradingPeriod", false, "", problems);
    if (lineItem.assignDate() == null) {
      problems.add(
          new Violation(
              "assignDate", "is required; use the date the work was assigned (or created)"));
    }
    if (lineItem.dueDate() == null) {
      problems.add(
          new Violation(
              "dueDate",
              "is required; use the due date, or the assign date when the work has none"));
    }
    if (lineItem.assignDate() != null
        && lineItem.dueDate() != null
        && lineItem.assignDate().isAfter(lineItem.dueDate())) {
      problems.add(
          new Violation(
              "assignDate",
              "is after dueDate ("
                  + lineItem.assignDate()
                  + " > "
                  + lineItem.dueDate()
                  + "); set assignDate on or before dueDate"));
    }
    boolean minOk = number(lineItem.resultValueMin(), "resultValueMin", "use 0", problems);
    boolean maxOk =
        number(lineItem.resultValueMax(), "resultValueMax", "use the maximum points", problems);
    if (minOk && maxOk && lineItem.resultValueMax() <= lineItem.resultValueMin()) {
      problems.add(
          new Violation(
              "resultValueMax",
              "must be greater than resultValueMin ("
                  + lineItem.resultValueMax()
                  + " <= "
                  + lineItem.resultValueMin()
                  + "); set the maximum points above the minimum"));
    }
    return List.copyOf(problems);
  }

  /**
   * Returns every problem that stops {@code result} from being written; empty when there is none.
   *
   * <p>Checked: sourcedId is not blank; the lineItem and student references are present;
   * scoreStatus is present; score, when present, is finite. A score above the line item's maximum
   * is allowed (extra credit).
   */
  public static List<Violation> problems(Result result) {
    Objects.requireNonNull(result, "result");
    List<Violation> problems = new ArrayList<>();
    sourcedId(result.sourcedId(), "result", problems);
    ref(result.lineItem(), "lineItem", true, "the line item that was graded", problems);
    ref(result.student(), "student", true, "the student who was graded", problems);
    if (result.scoreStatus() == null) {
      problems.add(
          new Violation(
              "scoreStatus",
              "is required; use ScoreStatus.FULLY_GRADED for a final score, or EXEMPT, "
                  + "NOT_SUBMITTED, PARTIALLY_GRADED, SUBMITTED"));
    }
    if (result.score() != null && !Double.isFinite(result.score())) {
      problems.add(
          new Violation(
              "score", "is " + result.score() + "; use a finite number or leave the score unset"));
    }
    return List.copyOf(problems);
  }

  /**
   * Returns every problem that stops {@code category} from being written; empty when there is none.
   *
   * <p>Checked: sourcedId and title are not blank.
   */
  public static List<Violation> problems(Category category) {
    Objects.requireNonNull(category, "category");
    List<Violation> problems = new ArrayList<>();
    sourcedId(category.sourcedId(), "category", problems);
    if (isBlank(category.title())) {
      problems.add(
          new Violation("title", "is required; give the category a name, e.g. \"Quizzes\""));
    }
    return List.copyOf(problems);
  }

  /**
   * Checks {@code lineItem} and returns normally when it can be written.
   *
   * @throws ValidationException listing every problem {@link #problems(LineItem)} finds
   */
  public static void require(LineItem lineItem) {
    throwIfAny("lineItem", lineItem.sourcedId(), problems(lineItem));
  }

  /**
   * Checks {@code result} and returns normally when it can be written.
   *
   * @throws ValidationException listing every problem {@link #problems(Result)} finds
   */
  public static void require(Result result) {
    throwIfAny("result", result.sourcedId(), problems(result));
  }

  /**
   * Checks {@code category} and returns normally when it can be written.
   *
   * @throws ValidationException listing every problem {@link #problems(Category)} finds
   */
  public static void require(Category category) {
    throwIfAny("category", category.sourcedId(), problems(category));
  }

  private static void throwIfAny(String kind, String sourcedId, List<Violation> problems) {
    if (!problems.isEmpty()) {
      String subject = isBlank(sourcedId) ? kind + " (no sourcedId)" : kind + " " + sourcedId;
      throw new ValidationException(subject, problems);
    }
  }

  private static void sourcedId(String sourcedId, String kind, List<Violation> problems) {
    if (isBlank(sourcedId)) {
      problems.add(
          new Violation(
              "sourcedId",
              "is required; set a stable id for the " + kind + " (PUT creates or replaces by id)"));
    }
  }

  private static void ref(
      GuidRef ref, String field, boolean required, String what, List<Violation> problems) {
    if (ref == null) {
      if (required) {
        problems.add(
            new Violation(field, "is required; set a reference to " + what + " (its sourcedId)"));
      }
    } else if (isBlank(ref.sourcedId())) {
      problems.add(
          new Violation(
              field + ".sourcedId",
              "is blank; reference the " + field + " by its sourcedId, or leave it unset"));
    }
  }

  private static boolean number(Double value, String field, String fix, List<Violation> problems) {
    if (value == null) {
      problems.add(new Violation(field, "is required; " + fix));
      return false;
    }
    if (!Double.isFinite(value)) {
      problems.add(new Violation(field, "is " + value + "; use a finite number (" + fix + ")"));
      return false;
    }
    return true;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
