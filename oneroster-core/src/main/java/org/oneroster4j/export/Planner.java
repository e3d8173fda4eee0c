package org.oneroster4j.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.ValidationException.Violation;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.User;
import org.oneroster4j.model.Validation;
import org.oneroster4j.spi.CategoryMatch;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.FittedText;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;

/**
 * Validates the gradebook against the vendor's rules and diffs it with the SIS state, class by
 * class. Pure: no I/O, so every rule is testable with plain values.
 *
 * <p>Only the fields the export owns are compared: for a lineItem title, description, assign and
 * due dates (to the millisecond, the precision we send), resultValueMin/Max, class, and category or
 * grading period only when we send one; for a result the lineItem, student, scoreStatus, score and
 * comment. {@code scoreDate} is not compared: it is the date of the export that last changed the
 * result (the injected clock's date), so an unchanged grade stays unchanged on later days instead
 * of being re-sent daily. Null and empty descriptions and comments are equal, and a missing
 * resultValueMin equals 0, because SISs drop empty values.
 */
final class Planner {
  private static final double EPSILON = 1e-9;

  /**
   * The category title an assignment without one gets in OneRoster 1.2, which requires a category
   * on every line item.
   */
  static final String UNCATEGORIZED = "Uncategorized";

  private final StableIds ids;
  private final LineItemRules rules;
  private final LocalDate today;
  private final OneRosterVersion version;
  private final List<PlannedItem> categoryItems = new ArrayList<>();
  private final List<PlannedItem> items = new ArrayList<>();
  private final List<SkippedItem> skipped = new ArrayList<>();
  private final List<ExportFailure> failures = new ArrayList<>();
  private final Set<String> plannedCategoryIds = new HashSet<>();

  Planner(StableIds ids, LineItemRules rules, LocalDate today) {
    this(ids, rules, today, OneRosterVersion.V1_1);
  }

  Planner(StableIds ids, LineItemRules rules, LocalDate today, OneRosterVersion version) {
    this.ids = Objects.requireNonNull(ids, "ids");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.today = Objects.requireNonNull(today, "today");
    this.version = Objects.requireNonNull(version, "version");
  }

  /** Records that a class's SIS state could not be read: nothing is planned for it. */
  void classFailed(String classSourcedId, Integer httpStatus, String message) {
    failures.add(
        new ExportFailure(
            ItemKind.CLASS, classSourcedId, classSourcedId, null, null, httpStatus, message));
  }

  /** Records that a class appears twice in the gradebook. */
  void duplicateClass(String classSourcedId) {
    skipped.add(
        new SkippedItem(
            ItemKind.CLASS,
            classSourcedId,
            null,
            null,
            "class "
                + classSourcedId
                + " appears more than once in the gradebook; only its first"
                + " entry is exported. Merge the entries."));
  }

  ExportPlan build() {
    List<PlannedItem> all = new ArrayList<>(categoryItems);
    all.addAll(items);
    return new ExportPlan(ids.namespace(), all, skipped, failures);
  }

  void planClass(GradebookClass gc, SisClassState sis) {
    String classId = gc.classSourcedId();
    Map<String, User> rosterById = new HashMap<>();
    Map<String, User> rosterByEmail = new HashMap<>();
    for (User u : sis.students()) {
      if (isDeleted(u.status())) {
        continue;
      }
      rosterById.put(u.sourcedId(), u);
      if (u.email() != null && !u.email().isBlank()) {
        rosterByEmail.putIfAbsent(normalizeEmail(u.email()), u);
      }
    }
    Map<String, LineItem> existingLineItems = new HashMap<>();
    for (LineItem li : sis.lineItems()) {
      if (!isDeleted(li.status())) {
        existingLineItems.put(li.sourcedId(), li);
      }
    }
    Map<String, Result> existingResults = new HashMap<>();
    Map<String, List<Result>> resultsByLineItem = new HashMap<>();
    for (Result r : sis.results()) {
      if (isDeleted(r.status())) {
        continue;
      }
      existingResults.put(r.sourcedId(), r);
      if (r.lineItem() != null) {
        resultsByLineItem.computeIfAbsent(r.lineItem().sourcedId(), k -> new ArrayList<>()).add(r);
      }
    }

    Set<String> seenAssignments = new HashSet<>();
    for (Assignment a : gc.assignments()) {
      if (!seenAssignments.add(a.id())) {
        skipped.add(
            new SkippedItem(
                ItemKind.LINE_ITEM,
                classId,
                a.id(),
                null,
                "assignment id "
                    + a.id()
                    + " appears more than once in class "
                    + classId
                    + "; only the first is exported. Give each assignment its own id."));
        continue;
      }
      String lineItemId = ids.lineItemId(classId, a.id());
      if (a.deleted()) {
        planDeletedAssignment(classId, a, lineItemId, existingLineItems, resultsByLineItem);
        continue;
      }
      List<String> warnings = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      LineItem desired = desiredLineItem(classId, a, lineItemId, sis, warnings, problems);
      if (!problems.isEmpty()) {
        skipped.add(
            new SkippedItem(
                ItemKind.LINE_ITEM, classId, a.id(), null, String.join("; ", problems)));
        for (Grade g : a.grades()) {
          skipped.add(
              new SkippedItem(
                  ItemKind.RESULT,
                  classId,
                  a.id(),
                  g.student(),
                  "not sent: its assignment " + a.id() + " is invalid"));
        }
        continue;
      }
      LineItem existing = existingLineItems.get(lineItemId);
      Action action;
      List<String> changed = List.of();
      if (existing == null) {
        action = Action.CREATE;
      } else {
        changed = changedLineItemFields(existing, desired);
        action = changed.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
      }
      List<String> deps = new ArrayList<>();
      if (desired.category() != null
          && plannedCategoryIds.contains(desired.category().sourcedId())) {
        deps.add(desired.category().sourcedId());
      }
      items.add(
          action == Action.UNCHANGED
              ? new PlannedItem.Unchanged(
                  ItemKind.LINE_ITEM, lineItemId, classId, a.id(), null, warnings)
              : new PlannedWrite.LineItemPut(action, a.id(), desired, changed, warnings, deps));
      boolean lineItemWritten = action != Action.UNCHANGED;
      planGrades(
          classId, a, lineItemId, lineItemWritten, rosterById, rosterByEmail, existingResults);
    }
  }

  private void planDeletedAssignment(
      String classId,
      Assignment a,
      String lineItemId,
      Map<String, LineItem> existingLineItems,
      Map<String, List<Result>> resultsByLineItem) {
    // Delete the results first: some SISs refuse to delete a lineItem that still has results, and
    // orphaned results would be invisible but still count in SIS reports.
    List<String> resultIds = new ArrayList<>();
    List<Result> results = new ArrayList<>(resultsByLineItem.getOrDefault(lineItemId, List.of()));
    results.sort(Comparator.comparing(Result::sourcedId));
    for (Result r : results) {
      resultIds.add(r.sourcedId());
      items.add(
          new PlannedWrite.ResultDelete(
              r.sourcedId(),
              classId,
              a.id(),
              r.student() == null ? null : r.student().sourcedId()));
    }
    if (existingLineItems.containsKey(lineItemId)) {
      items.add(new PlannedWrite.LineItemDelete(lineItemId, classId, a.id(), resultIds));
    }
  }

  private LineItem desiredLineItem(
      String classId,
      Assignment a,
      String lineItemId,
      SisClassState sis,
      List<String> warnings,
      List<String> problems) {
    String title = a.title() == null ? "" : a.title().strip();
    if (title.isEmpty()) {
      problems.add("blank title; give the assignment a title");
    } else {
      FittedText fitted = rules.fitTitle(title);
      title = fitted.text();
      fitted.warning().ifPresent(w -> warnings.add("assignment " + a.id() + ": " + w));
    }
    Double max = a.maxPoints();
    if (max == null) {
      problems.add("no maxPoints; give the assignment its maximum points (greater than 0)");
    } else if (!Double.isFinite(max) || max <= 0) {
      problems.add("maxPoints is " + max + "; it must be a number greater than 0");
    } else if (rules.wholeNumberPoints() && max != Math.rint(max)) {
      problems.add(
          "maxPoints is " + max + " but this SIS accepts whole-number points only; round it");
    }
    Instant due = a.dueDate();
    Instant assign = a.assignDate();
    if (due == null && rules.dueDateRequired()) {
      problems.add("no due date; this SIS requires one on every assignment");
    } else if (due == null && assign == null) {
      problems.add("no due date and no assign date; OneRoster needs at least one");
    }
    // OneRoster 1.1 requires both dates. The other date is the one stable stand-in: the export
    // time would change the lineItem on every run.
    if (assign == null) {
      assign = due;
    } else if (due == null) {
      due = assign;
    } else if (assign.isAfter(due)) {
      problems.add("assignDate " + assign + " is after dueDate " + due + "; fix the dates");
    }

    if (version == OneRosterVersion.V1_2 && sis.school() == null) {
      problems.add(
          "school: the SIS names no school for class "
              + classId
              + ", and OneRoster 1.2 requires one on every line item; ask the SIS administrator to"
              + " give the class its school");
    }
    GuidRef categoryRef = category(a, sis, warnings, problems);
    if (categoryRef == null && version == OneRosterVersion.V1_2 && problems.isEmpty()) {
      problems.add(
          "category: OneRoster 1.2 requires a category on every line item and none could be"
              + " chosen (see the warnings); give the assignment the title of one of the class's"
              + " categories");
    }
    GuidRef gradingPeriodRef = gradingPeriod(a, due, sis, warnings);
    if (!problems.isEmpty()) {
      return null;
    }
    LineItem desired =
        LineItem.builder()
            .sourcedId(lineItemId)
            .status(StatusType.ACTIVE)
            .title(title)
            .description(a.description())
            .assignDate(millis(assign))
            .dueDate(millis(due))
            .schoolClass(GuidRef.of(classId, GuidRefType.CLASS))
            .category(categoryRef)
            .gradingPeriod(gradingPeriodRef)
            .school(version == OneRosterVersion.V1_2 ? sis.school() : null)
            .resultValueMin(0.0)
            .resultValueMax(max)
            .build();
    for (Violation v : Validation.problems(desired, version)) {
      problems.add(v.toString());
    }
    return desired;
  }

  private GuidRef category(
      Assignment a, SisClassState sis, List<String> warnings, List<String> problems) {
    boolean required = version == OneRosterVersion.V1_2;
    CategoryPolicy policy = rules.categoryPolicy();
    if (policy == CategoryPolicy.OMIT && !required) {
      return null;
    }
    if (required && (policy == CategoryPolicy.OMIT || policy == CategoryPolicy.MATCH_OR_OMIT)) {
      // OneRoster 1.2 requires a category on every line item, so "omit" cannot apply there.
      policy = CategoryPolicy.MATCH_OR_CREATE;
    }
    String wanted = a.category() == null ? "" : a.category().strip();
    if (wanted.isEmpty() && required) {
      wanted = UNCATEGORIZED;
    }
    if (wanted.isEmpty()) {
      if (policy == CategoryPolicy.MATCH_REQUIRED) {
        problems.add(
            "no category; this SIS needs every assignment in one of its grading categories");
      }
      return null;
    }
    CategoryMatch<Category> match =
        rules.matchCategory(
            wanted,
            sis.categories().stream().filter(c -> !isDeleted(c.status())).toList(),
            Category::title);
    if (match.matched()) {
      return GuidRef.of(match.category().orElseThrow().sourcedId(), GuidRefType.CATEGORY);
    }
    if (policy == CategoryPolicy.MATCH_OR_CLASS_DEFAULT) {
      return classDefaultCategory(a, wanted, match, sis, warnings, problems);
    }
    if (match.kind() == CategoryMatch.Kind.AMBIGUOUS) {
      if (policy == CategoryPolicy.MATCH_REQUIRED) {
        problems.add("category: " + match.explanation());
      } else {
        warnings.add(
            "assignment " + a.id() + " is sent without a category: " + match.explanation());
      }
      return null;
    }
    switch (policy) {
      case MATCH_REQUIRED:
        problems.add(
            "category: "
                + match.explanation()
                + "; create it in the SIS gradebook or use an"
                + " existing category title");
        return null;
      case MATCH_OR_CREATE:
        String id = ids.categoryId(wanted);
        if (plannedCategoryIds.add(id)) {
          Category category =
              Category.builder().sourcedId(id).status(StatusType.ACTIVE).title(wanted).build();
          categoryItems.add(new PlannedWrite.CategoryPut(category));
        }
        return GuidRef.of(id, GuidRefType.CATEGORY);
      default:
        warnings.add(
            "assignment "
                + a.id()
                + " is sent without a category (the SIS files it under its"
                + " default): "
                + match.explanation());
        return null;
    }
  }

  /**
   * The class's own category an assignment goes in when none matches and the SIS lets nobody create
   * one: the lowest title ignoring case, then the lowest sourcedId, so every run picks the same one
   * and a re-export changes nothing.
   */
  private GuidRef classDefaultCategory(
      Assignment a,
      String wanted,
      CategoryMatch<Category> match,
      SisClassState sis,
      List<String> warnings,
      List<String> problems) {
    Category fallback =
        sis.categories().stream()
            .filter(c -> !isDeleted(c.status()) && c.sourcedId() != null)
            .min(
                java.util.Comparator.comparing(
                        (Category c) ->
                            c.title() == null ? "" : c.title().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(Category::sourcedId))
            .orElse(null);
    if (fallback == null) {
      problems.add(
          "category: the class has no grading category in the SIS, and this SIS lets no"
              + " integration create one; ask the teacher or the SIS administrator to add a"
              + " category to the class, then export again");
      return null;
    }
    warnings.add(
        "assignment "
            + a.id()
            + ": "
            + (wanted.equals(UNCATEGORIZED)
                ? "it has no category"
                : "no category of the class matches \""
                    + wanted
                    + "\" ("
                    + match.explanation()
                    + ")")
            + "; sent in the class's category \""
            + fallback.title()
            + "\" ("
            + fallback.sourcedId()
            + "), because this SIS does not let integrations create categories");
    return GuidRef.of(fallback.sourcedId(), GuidRefType.CATEGORY);
  }

  private GuidRef gradingPeriod(
      Assignment a, Instant due, SisClassState sis, List<String> warnings) {
    if (rules.gradingPeriodPolicy() != GradingPeriodPolicy.PICK_BY_DUE_DATE || due == null) {
      return null;
    }
    LocalDate day = due.atOffset(ZoneOffset.UTC).toLocalDate();
    AcademicSession best = null;
    for (AcademicSession gp : sis.gradingPeriods()) {
      if (isDeleted(gp.status()) || gp.startDate() == null || gp.endDate() == null) {
        continue;
      }
      if (!day.isBefore(gp.startDate()) && !day.isAfter(gp.endDate())) {
        // The shortest period containing the date is the most specific one.
        if (best == null
            || ChronoUnit.DAYS.between(gp.startDate(), gp.endDate())
                < ChronoUnit.DAYS.between(best.startDate(), best.endDate())) {
          best = gp;
        }
      }
    }
    if (best == null) {
      warnings.add(
          "no grading period contains the due date "
              + day
              + " of assignment "
              + a.id()
              + "; sent without one (the SIS derives it from the due date)");
      return null;
    }
    return GuidRef.of(best.sourcedId(), GuidRefType.ACADEMIC_SESSION);
  }

  private void planGrades(
      String classId,
      Assignment a,
      String lineItemId,
      boolean lineItemWritten,
      Map<String, User> rosterById,
      Map<String, User> rosterByEmail,
      Map<String, Result> existingResults) {
    Set<String> seenStudents = new HashSet<>();
    for (Grade g : a.grades()) {
      User student = null;
      if (g.studentSourcedId() != null) {
        student = rosterById.get(g.studentSourcedId());
      } else if (g.studentEmail() != null) {
        student = rosterByEmail.get(normalizeEmail(g.studentEmail()));
      }
      if (student == null) {
        skipped.add(
            new SkippedItem(
                ItemKind.RESULT,
                classId,
                a.id(),
                g.student(),
                g.studentSourcedId() != null
                    ? "unknown student: no student with sourcedId "
                        + g.studentSourcedId()
                        + " in the SIS roster of class "
                        + classId
                    : "unknown student: no student with that email in the SIS roster of class "
                        + classId));
        continue;
      }
      String studentId = student.sourcedId();
      if (!seenStudents.add(studentId)) {
        skipped.add(
            new SkippedItem(
                ItemKind.RESULT,
                classId,
                a.id(),
                g.student(),
                "a second grade for the same student on assignment "
                    + a.id()
                    + "; only the first is exported"));
        continue;
      }
      String resultId = ids.resultId(lineItemId, studentId);
      Result existing = existingResults.get(resultId);
      if (g.deleted()) {
        if (existing != null) {
          items.add(new PlannedWrite.ResultDelete(resultId, classId, a.id(), studentId));
        }
        continue;
      }
      List<String> problems = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      Double score = g.score();
      if (score != null && !Double.isFinite(score)) {
        problems.add("score is " + score + "; it must be a finite number");
      }
      if (score == null && g.status() == null) {
        problems.add("no score and no status; send a score, or a status such as \"exempt\"");
      }
      String comment = g.comment();
      if (comment != null) {
        FittedText fitted = rules.fitComment(comment);
        comment = fitted.text();
        if (fitted.truncated()) {
          // The comment itself stays out of the warning: it is student data.
          warnings.add(
              "a comment on assignment "
                  + a.id()
                  + " shortened to "
                  + fitted.limit()
                  + " characters, the SIS's limit");
        }
      }
      Result desired = null;
      if (problems.isEmpty()) {
        desired =
            Result.builder()
                .sourcedId(resultId)
                .status(StatusType.ACTIVE)
                .lineItem(GuidRef.of(lineItemId, GuidRefType.LINE_ITEM))
                .student(GuidRef.of(studentId, GuidRefType.STUDENT))
                .scoreStatus(g.status() == null ? ScoreStatus.FULLY_GRADED : g.status())
                .score(score)
                .scoreDate(today)
                .comment(comment)
                .schoolClass(
                    version == OneRosterVersion.V1_2
                        ? GuidRef.of(classId, GuidRefType.CLASS)
                        : null)
                .build();
        for (Violation v : Validation.problems(desired, version)) {
          problems.add(v.toString());
        }
      }
      if (!problems.isEmpty()) {
        skipped.add(
            new SkippedItem(
                ItemKind.RESULT, classId, a.id(), g.student(), String.join("; ", problems)));
        continue;
      }
      Action action;
      List<String> changed = List.of();
      if (existing == null) {
        action = Action.CREATE;
      } else {
        changed = changedResultFields(existing, desired);
        action = changed.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
      }
      items.add(
          action == Action.UNCHANGED
              ? new PlannedItem.Unchanged(
                  ItemKind.RESULT, resultId, classId, a.id(), studentId, warnings)
              : new PlannedWrite.ResultPut(
                  action,
                  classId,
                  a.id(),
                  desired,
                  changed,
                  warnings,
                  lineItemWritten ? List.of(lineItemId) : List.of()));
    }
  }

  static List<String> changedLineItemFields(LineItem sis, LineItem want) {
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
    flag(changed, "class", !Objects.equals(refId(sis.schoolClass()), refId(want.schoolClass())));
    flag(
        changed,
        "category",
        want.category() != null && !Objects.equals(refId(sis.category()), refId(want.category())));
    flag(
        changed,
        "gradingPeriod",
        want.gradingPeriod() != null
            && !Objects.equals(refId(sis.gradingPeriod()), refId(want.gradingPeriod())));
    flag(
        changed,
        "resultValueMin",
        !sameNumber(
            sis.resultValueMin() == null ? 0.0 : sis.resultValueMin(), want.resultValueMin()));
    flag(changed, "resultValueMax", !sameNumber(sis.resultValueMax(), want.resultValueMax()));
    flag(changed, "status", isDeleted(sis.status()));
    return changed.isEmpty() ? List.of() : List.copyOf(changed);
  }

  // Called once per grade on every run: a list only when something differs (the usual re-export
  // finds nothing), fields in a fixed order.
  static List<String> changedResultFields(Result sis, Result want) {
    List<String> changed = new ArrayList<>(0);
    flag(changed, "lineItem", !Objects.equals(refId(sis.lineItem()), refId(want.lineItem())));
    flag(changed, "student", !Objects.equals(refId(sis.student()), refId(want.student())));
    flag(changed, "scoreStatus", !Objects.equals(sis.scoreStatus(), want.scoreStatus()));
    flag(changed, "score", !sameNumber(sis.score(), want.score()));
    flag(changed, "comment", !Objects.equals(orEmpty(sis.comment()), orEmpty(want.comment())));
    flag(changed, "status", isDeleted(sis.status()));
    return changed.isEmpty() ? List.of() : List.copyOf(changed);
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

  private static String refId(GuidRef ref) {
    return ref == null ? null : ref.sourcedId();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static Instant millis(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
  }

  private static boolean isDeleted(StatusType status) {
    return StatusType.TO_BE_DELETED.equals(status);
  }

  static String normalizeEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
