package org.oneroster4j.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.User;
import org.oneroster4j.spi.LineItemRules;

/**
 * Plans an export class by class: for every assignment and grade it resolves the SIS's student and
 * objects ({@link ClassIndex}), computes what the SIS should hold ({@link DesiredState}) and diffs
 * the two ({@link FieldDiff}) into a create, update, delete or unchanged item; what cannot be sent
 * is skipped with the reason. Pure: no I/O, so every rule is testable with plain values.
 */
final class Planner {
  private final StableIds ids;
  private final LineItemRules rules;
  private final LocalDate today;
  private final OneRosterVersion version;
  private final DesiredState desired;
  private final List<PlannedItem> items = new ArrayList<>();
  private final List<SkippedItem> skipped = new ArrayList<>();
  private final List<ExportFailure> failures = new ArrayList<>();

  Planner(StableIds ids, LineItemRules rules, LocalDate today) {
    this(ids, rules, today, OneRosterVersion.V1_1);
  }

  Planner(StableIds ids, LineItemRules rules, LocalDate today, OneRosterVersion version) {
    this.ids = Objects.requireNonNull(ids, "ids");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.today = Objects.requireNonNull(today, "today");
    this.version = Objects.requireNonNull(version, "version");
    this.desired = new DesiredState(ids, rules, today, version);
  }

  /**
   * A planner with the same ids, rules, date and version and nothing planned yet: one class can be
   * planned with it on another thread, then {@linkplain #add added} to this one.
   */
  Planner forClass() {
    return new Planner(ids, rules, today, version);
  }

  /**
   * Appends everything {@code other} planned: the same plan as if its classes had been planned by
   * this planner at this point. Categories that both create are created once, where first needed.
   */
  void add(Planner other) {
    for (PlannedWrite create : other.desired.categoryCreates()) {
      desired.adoptCategoryCreate(create);
    }
    items.addAll(other.items);
    skipped.addAll(other.skipped);
    failures.addAll(other.failures);
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

  /** The plan so far: the categories to create first, then every class's items in order. */
  ExportPlan build() {
    List<PlannedItem> all = new ArrayList<>(desired.categoryCreates());
    all.addAll(items);
    return new ExportPlan(ids.namespace(), all, skipped, failures);
  }

  /** Plans one class of the gradebook against the SIS's state of that class. */
  void planClass(GradebookClass gc, SisClassState sis) {
    String classId = gc.classSourcedId();
    ClassIndex index = new ClassIndex(sis);
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
      } else if (a.deleted()) {
        planDeletedAssignment(classId, a, index);
      } else {
        planAssignment(classId, a, sis, index);
      }
    }
  }

  private void planDeletedAssignment(String classId, Assignment a, ClassIndex index) {
    // Delete the results first: some SISs refuse to delete a lineItem that still has results, and
    // orphaned results would be invisible but still count in SIS reports.
    String lineItemId = ids.lineItemId(classId, a.id());
    List<String> resultIds = new ArrayList<>();
    for (Result r : index.resultsOf(lineItemId)) {
      resultIds.add(r.sourcedId());
      items.add(
          new PlannedWrite.ResultDelete(
              r.sourcedId(), classId, a.id(), PlannedItems.refId(r.student())));
    }
    if (index.lineItem(lineItemId) != null) {
      items.add(new PlannedWrite.LineItemDelete(lineItemId, classId, a.id(), resultIds));
    }
  }

  private void planAssignment(String classId, Assignment a, SisClassState sis, ClassIndex index) {
    String lineItemId = ids.lineItemId(classId, a.id());
    DesiredState.Desired<LineItem> want = desired.lineItem(classId, a, lineItemId, sis);
    if (!want.valid()) {
      skipped.add(new SkippedItem(ItemKind.LINE_ITEM, classId, a.id(), null, want.reason()));
      for (Grade g : a.grades()) {
        skipGrade(classId, a, g, "not sent: its assignment " + a.id() + " is invalid");
      }
      return;
    }
    PlannedItem item = diffLineItem(classId, a, want, index.lineItem(lineItemId));
    items.add(item);
    planGrades(new Slot(classId, a, lineItemId, item.isWrite()), index);
  }

  /** The desired lineItem diffed with the SIS's: a PUT, or unchanged. */
  private PlannedItem diffLineItem(
      String classId, Assignment a, DesiredState.Desired<LineItem> want, LineItem existing) {
    LineItem lineItem = want.value();
    FieldDiff.Change change = FieldDiff.Change.of(existing, lineItem, FieldDiff::lineItemFields);
    if (change.action() == Action.UNCHANGED) {
      return new PlannedItem.Unchanged(
          ItemKind.LINE_ITEM, lineItem.sourcedId(), classId, a.id(), null, want.warnings());
    }
    String category = PlannedItems.refId(lineItem.category());
    return new PlannedWrite.LineItemPut(
        change.action(),
        a.id(),
        lineItem,
        change.fields(),
        want.warnings(),
        category != null && desired.createsCategory(category) ? List.of(category) : List.of());
  }

  /**
   * Where an assignment's grades go: its class and lineItem, and whether the lineItem is written
   * first (its results then wait for it).
   */
  private record Slot(
      String classId, Assignment assignment, String lineItemId, boolean lineItemWritten) {}

  private void planGrades(Slot slot, ClassIndex index) {
    String classId = slot.classId();
    Assignment a = slot.assignment();
    Set<String> seenStudents = new HashSet<>();
    for (Grade g : a.grades()) {
      User student = index.student(g);
      if (student == null) {
        skipGrade(classId, a, g, unknownStudent(classId, g));
      } else if (!seenStudents.add(student.sourcedId())) {
        skipGrade(
            classId,
            a,
            g,
            "a second grade for the same student on assignment "
                + a.id()
                + "; only the first is exported");
      } else {
        planGrade(slot, g, student.sourcedId(), index);
      }
    }
  }

  private void skipGrade(String classId, Assignment a, Grade g, String reason) {
    skipped.add(new SkippedItem(ItemKind.RESULT, classId, a.id(), g.student(), reason));
  }

  private static String unknownStudent(String classId, Grade g) {
    return (g.studentSourcedId() != null
            ? "unknown student: no student with sourcedId " + g.studentSourcedId()
            : "unknown student: no student with that email")
        + " in the SIS roster of class "
        + classId;
  }

  private void planGrade(Slot slot, Grade g, String studentId, ClassIndex index) {
    String classId = slot.classId();
    String assignmentId = slot.assignment().id();
    String resultId = ids.resultId(slot.lineItemId(), studentId);
    Result existing = index.result(resultId);
    if (g.deleted()) {
      if (existing != null) {
        items.add(new PlannedWrite.ResultDelete(resultId, classId, assignmentId, studentId));
      }
      return;
    }
    DesiredState.Desired<Result> want =
        desired.result(classId, slot.assignment(), g, resultId, slot.lineItemId(), studentId);
    if (!want.valid()) {
      skipGrade(classId, slot.assignment(), g, want.reason());
      return;
    }
    items.add(diffResult(slot, studentId, want, existing));
  }

  /** The desired result diffed with the SIS's: a PUT, after its lineItem's, or unchanged. */
  private PlannedItem diffResult(
      Slot slot, String studentId, DesiredState.Desired<Result> want, Result existing) {
    Result result = want.value();
    FieldDiff.Change change = FieldDiff.Change.of(existing, result, FieldDiff::resultFields);
    if (change.action() == Action.UNCHANGED) {
      return new PlannedItem.Unchanged(
          ItemKind.RESULT,
          result.sourcedId(),
          slot.classId(),
          slot.assignment().id(),
          studentId,
          want.warnings());
    }
    return new PlannedWrite.ResultPut(
        change.action(),
        slot.classId(),
        slot.assignment().id(),
        result,
        change.fields(),
        want.warnings(),
        slot.lineItemWritten() ? List.of(slot.lineItemId()) : List.of());
  }
}
