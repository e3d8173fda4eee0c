package org.oneroster4j.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;

/**
 * What differs between the SIS's object and the desired one, comparing only the fields the export
 * owns: for a lineItem title, description, assign and due dates (to the millisecond, the precision
 * we send), resultValueMin/Max, class, and category or grading period only when we send one; for a
 * result the lineItem, student, scoreStatus, score and comment.
 *
 * <p>{@code scoreDate} is not compared: it is the date of the export that last changed the result
 * (the injected clock's date), so an unchanged grade stays unchanged on later days instead of being
 * re-sent daily. Null and empty descriptions and comments are equal, and a missing resultValueMin
 * equals 0, because SISs drop empty values. An object marked {@code tobedeleted} differs in {@code
 * status}.
 */
final class FieldDiff {
  private static final double EPSILON = 1e-9;

  private FieldDiff() {}

  /**
   * What to do with a desired object: create it when the SIS lacks it, update the fields that
   * differ, or nothing.
   *
   * @param action create, update or unchanged
   * @param fields for an update, the fields that differ; else empty
   */
  record Change(Action action, List<String> fields) {
    static <T> Change of(T existing, T desired, BiFunction<T, T, List<String>> differing) {
      if (existing == null) {
        return new Change(Action.CREATE, List.of());
      }
      List<String> fields = differing.apply(existing, desired);
      return new Change(fields.isEmpty() ? Action.UNCHANGED : Action.UPDATE, fields);
    }
  }

  static List<String> lineItemFields(LineItem sis, LineItem want) {
    List<String> changed = new ArrayList<>(0);
    flag(changed, "title", !Objects.equals(sis.title(), want.title()));
    flag(
        changed,
        "description",
        !Objects.equals(orEmpty(sis.description()), orEmpty(want.description())));
    flag(
        changed,
        "assignDate",
        want.assignDate() != null && !Objects.equals(millis(sis.assignDate()), want.assignDate()));
    flag(
        changed,
        "dueDate",
        want.dueDate() != null && !Objects.equals(millis(sis.dueDate()), want.dueDate()));
    flag(changed, "class", !sameRef(sis.schoolClass(), want.schoolClass()));
    flag(changed, "category", want.category() != null && !sameRef(sis.category(), want.category()));
    flag(
        changed,
        "gradingPeriod",
        want.gradingPeriod() != null && !sameRef(sis.gradingPeriod(), want.gradingPeriod()));
    flag(
        changed,
        "resultValueMin",
        !sameNumber(
            sis.resultValueMin() == null ? 0.0 : sis.resultValueMin(), want.resultValueMin()));
    flag(changed, "resultValueMax", !sameNumber(sis.resultValueMax(), want.resultValueMax()));
    flag(changed, "status", ClassIndex.isDeleted(sis.status()));
    return changed.isEmpty() ? List.of() : List.copyOf(changed);
  }

  // Called once per grade on every run: a list only when something differs (the usual re-export
  // finds nothing), fields in a fixed order.
  static List<String> resultFields(Result sis, Result want) {
    List<String> changed = new ArrayList<>(0);
    flag(changed, "lineItem", !sameRef(sis.lineItem(), want.lineItem()));
    flag(changed, "student", !sameRef(sis.student(), want.student()));
    flag(changed, "scoreStatus", !Objects.equals(sis.scoreStatus(), want.scoreStatus()));
    flag(changed, "score", !sameNumber(sis.score(), want.score()));
    flag(changed, "comment", !Objects.equals(orEmpty(sis.comment()), orEmpty(want.comment())));
    flag(changed, "status", ClassIndex.isDeleted(sis.status()));
    return changed.isEmpty() ? List.of() : List.copyOf(changed);
  }

  /** {@code t} to the millisecond, the precision OneRoster carries. */
  static Instant millis(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
  }

  private static void flag(List<String> changed, String field, boolean differs) {
    if (differs) {
      changed.add(field);
    }
  }

  private static boolean sameNumber(Double a, Double b) {
    if (a == null || b == null) {
      return a == b;
    }
    return Math.abs(a - b) <= EPSILON * Math.max(1.0, Math.abs(b));
  }

  private static boolean sameRef(GuidRef a, GuidRef b) {
    return Objects.equals(PlannedItems.refId(a), PlannedItems.refId(b));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
