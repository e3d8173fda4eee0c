package org.oneroster4j.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;

/**
 * Client-side checks of the gradebook entities OneRoster4j writes, run before any request is sent.
 *
 * <p>{@code problems(…)} lists every problem found (empty when the entity can be written); {@code
 * require(…)} throws one {@link ValidationException} listing all of them. Field names are the JSON
 * field names ({@code class}, {@code assignDate}), and each message says how to fix the problem.
 *
 * <p>The checks without a version are OneRoster 1.1's; {@link #problems(OneRosterEntity,
 * OneRosterVersion)} and {@link #require(OneRosterEntity, OneRosterVersion)} apply the rules of the
 * version written to.
 */
public final class Validation {
  private Validation() {}

  /**
   * Returns every problem that stops {@code lineItem} from being written; empty when there is none.
   *
   * <p>Checked: sourcedId and title are not blank; the class reference is present; assignDate and
   * dueDate are present and assignDate is not after dueDate; resultValueMin and resultValueMax are
   * present, finite, and max is greater than min; references have non-blank sourcedIds.
   *
   * @param lineItem the line item to check; not null
   * @return the problems found, in the order checked; unmodifiable, and empty when the line item
   *     can be written
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
   *
   * @param result the result to check; not null
   * @return the problems found, in the order checked; unmodifiable, and empty when the result can
   *     be written
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
   *
   * @param category the category to check; not null
   * @return the problems found, in the order checked; unmodifiable, and empty when the category can
   *     be written
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
   * @param lineItem the line item to check; not null
   * @throws ValidationException listing every problem {@link #problems(LineItem)} finds
   */
  public static void require(LineItem lineItem) {
    Objects.requireNonNull(lineItem, "lineItem");
    throwIfAny("lineItem", lineItem.sourcedId(), problems(lineItem));
  }

  /**
   * Checks {@code result} and returns normally when it can be written.
   *
   * @param result the result to check; not null
   * @throws ValidationException listing every problem {@link #problems(Result)} finds
   */
  public static void require(Result result) {
    Objects.requireNonNull(result, "result");
    throwIfAny("result", result.sourcedId(), problems(result));
  }

  /**
   * Checks {@code category} and returns normally when it can be written.
   *
   * @param category the category to check; not null
   * @throws ValidationException listing every problem {@link #problems(Category)} finds
   */
  public static void require(Category category) {
    Objects.requireNonNull(category, "category");
    throwIfAny("category", category.sourcedId(), problems(category));
  }

  /**
   * Returns every problem that stops {@code entity} from being written to a OneRoster {@code
   * version} provider; empty when there is none, and for entity types without write rules.
   *
   * <p>OneRoster 1.1 checks are those of {@link #problems(LineItem)}, {@link #problems(Result)} and
   * {@link #problems(Category)}. OneRoster 1.2 (required members from its gradebook OpenAPI): a
   * line item also needs {@code school} and {@code category}, while resultValueMin and
   * resultValueMax become optional (when both are set, max must exceed min); a result also needs
   * {@code scoreDate}; a score scale needs sourcedId, title, type, {@code class} and at least one
   * {@code scoreScaleValue}; an assessment line item needs sourcedId and title (resultValueMin and
   * resultValueMax are optional, finite, and max must exceed min when both are set); an assessment
   * result needs sourcedId, {@code assessmentLineItem}, {@code student}, scoreStatus and scoreDate,
   * its score must be finite and its scorePercentile a percentage from 0 to 100. Score scales and
   * the assessment entities are not part of OneRoster 1.1, so they have no 1.1 rules.
   *
   * @param entity the entity to check; not null
   * @param version the OneRoster version it is written to; not null
   * @return the problems found, in the order checked; unmodifiable, and empty when the entity can
   *     be written
   */
  public static List<Violation> problems(OneRosterEntity entity, OneRosterVersion version) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(version, "version");
    boolean v12 = version == OneRosterVersion.V1_2;
    if (entity instanceof LineItem lineItem) {
      return v12 ? problems12(lineItem) : problems(lineItem);
    }
    if (entity instanceof Result result) {
      if (!v12) {
        return problems(result);
      }
      List<Violation> problems = new ArrayList<>(problems(result));
      if (result.scoreDate() == null) {
        problems.add(
            new Violation(
                "scoreDate", "is required by OneRoster 1.2; use the date the score was given"));
      }
      ref(result.schoolClass(), "class", false, "", problems);
      ref(result.scoreScale(), "scoreScale", false, "", problems);
      return List.copyOf(problems);
    }
    if (entity instanceof Category category) {
      return problems(category);
    }
    if (entity instanceof ScoreScale scoreScale && v12) {
      return problems12(scoreScale);
    }
    if (entity instanceof AssessmentLineItem item && v12) {
      return problems12(item);
    }
    if (entity instanceof AssessmentResult result && v12) {
      return problems12(result);
    }
    return List.of();
  }

  /**
   * Checks {@code entity} for a OneRoster {@code version} write and returns normally when it can be
   * written.
   *
   * @param entity the entity to check; not null
   * @param version the OneRoster version it is written to; not null
   * @throws ValidationException listing every problem {@link #problems(OneRosterEntity,
   *     OneRosterVersion)} finds
   */
  public static void require(OneRosterEntity entity, OneRosterVersion version) {
    List<Violation> problems = problems(entity, version);
    if (!problems.isEmpty()) {
      // Named only when reporting: every write is checked, almost none fails.
      throwIfAny(kind(entity), entity.sourcedId(), problems);
    }
  }

  private static String kind(OneRosterEntity entity) {
    String name = entity.getClass().getSimpleName();
    return entity instanceof SchoolClass
        ? "class"
        : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static List<Violation> problems12(LineItem lineItem) {
    List<Violation> problems = new ArrayList<>();
    for (Violation violation : problems(lineItem)) {
      boolean range =
          violation.field().equals("resultValueMin") || violation.field().equals("resultValueMax");
      // 1.2 makes the range optional: only a missing value stops being a problem.
      if (!range || !violation.message().startsWith("is required")) {
        problems.add(violation);
      }
    }
    ref(
        lineItem.school(),
        "school",
        true,
        "the school (org) of the line item's class; OneRoster 1.2 requires it",
        problems);
    if (lineItem.category() == null) {
      problems.add(
          new Violation(
              "category",
              "is required by OneRoster 1.2; set a reference to the category of the line item"
                  + " (its sourcedId)"));
    }
    ref(lineItem.academicSession(), "academicSession", false, "", problems);
    ref(lineItem.scoreScale(), "scoreScale", false, "", problems);
    return List.copyOf(problems);
  }

  private static List<Violation> problems12(ScoreScale scoreScale) {
    List<Violation> problems = new ArrayList<>();
    sourcedId(scoreScale.sourcedId(), "scoreScale", problems);
    if (isBlank(scoreScale.title())) {
      problems.add(new Violation("title", "is required; give the score scale a name"));
    }
    if (isBlank(scoreScale.type())) {
      problems.add(
          new Violation("type", "is required; name the kind of scale, e.g. \"letter grade\""));
    }
    ref(scoreScale.schoolClass(), "class", true, "the class that uses the scale", problems);
    ref(scoreScale.course(), "course", false, "", problems);
    if (scoreScale.scoreScaleValue().isEmpty()) {
      problems.add(
          new Violation(
              "scoreScaleValue",
              "needs at least one entry; add ScoreScaleValue entries mapping each scale value"));
    }
    return List.copyOf(problems);
  }

  private static List<Violation> problems12(AssessmentLineItem item) {
    List<Violation> problems = new ArrayList<>();
    sourcedId(item.sourcedId(), "assessment line item", problems);
    if (isBlank(item.title())) {
      problems.add(
          new Violation(
              "title", "is required; give the assessment line item the assessment's title"));
    }
    ref(item.schoolClass(), "class", false, "", problems);
    ref(item.parentAssessmentLineItem(), "parentAssessmentLineItem", false, "", problems);
    ref(item.scoreScale(), "scoreScale", false, "", problems);
    boolean minOk = optionalNumber(item.resultValueMin(), "resultValueMin", problems);
    boolean maxOk = optionalNumber(item.resultValueMax(), "resultValueMax", problems);
    if (minOk
        && maxOk
        && item.resultValueMin() != null
        && item.resultValueMax() != null
        && item.resultValueMax() <= item.resultValueMin()) {
      problems.add(
          new Violation(
              "resultValueMax",
              "must be greater than resultValueMin ("
                  + item.resultValueMax()
                  + " <= "
                  + item.resultValueMin()
                  + "); set the maximum score above the minimum"));
    }
    return List.copyOf(problems);
  }

  private static List<Violation> problems12(AssessmentResult result) {
    List<Violation> problems = new ArrayList<>();
    sourcedId(result.sourcedId(), "assessment result", problems);
    ref(
        result.assessmentLineItem(),
        "assessmentLineItem",
        true,
        "the assessment line item that was scored",
        problems);
    ref(result.student(), "student", true, "the student who was scored", problems);
    ref(result.scoreScale(), "scoreScale", false, "", problems);
    if (result.scoreStatus() == null) {
      problems.add(
          new Violation(
              "scoreStatus",
              "is required; use ScoreStatus.FULLY_GRADED for a final score, or EXEMPT, "
                  + "NOT_SUBMITTED, PARTIALLY_GRADED, SUBMITTED"));
    }
    if (result.scoreDate() == null) {
      problems.add(
          new Violation(
              "scoreDate", "is required by OneRoster 1.2; use the date the score was given"));
    }
    optionalNumber(result.score(), "score", problems);
    if (optionalNumber(result.scorePercentile(), "scorePercentile", problems)
        && result.scorePercentile() != null
        && (result.scorePercentile() < 0 || result.scorePercentile() > 100)) {
      problems.add(
          new Violation(
              "scorePercentile",
              "is "
                  + result.scorePercentile()
                  + "; a percentile rank is a percentage from 0 to 100"));
    }
    return List.copyOf(problems);
  }

  /** An optional number: absent is fine, present must be finite. Returns whether it is usable. */
  private static boolean optionalNumber(Double value, String field, List<Violation> problems) {
    if (value != null && !Double.isFinite(value)) {
      problems.add(
          new Violation(
              field, "is " + value + "; use a finite number or leave " + field + " unset"));
      return false;
    }
    return true;
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
