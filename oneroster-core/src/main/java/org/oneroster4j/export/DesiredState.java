package org.oneroster4j.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.ValidationException.Violation;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.OneRosterEntity;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.Validation;
import org.oneroster4j.spi.CategoryMatch;
import org.oneroster4j.spi.CategoryPolicy;
import org.oneroster4j.spi.FittedText;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;

/**
 * What the SIS should hold for the LMS's assignments and grades: the lineItem and result the export
 * would PUT, fitted to the vendor's rules and the OneRoster version, with the warnings about what
 * was adjusted and the problems that make an item invalid. Also the categories the export must
 * create first ({@link CategoryPolicy#MATCH_OR_CREATE}), once each per run.
 *
 * <p>In OneRoster 1.2 a lineItem needs the class's school and a category: the class's by title,
 * else the vendor's rule, with {@value #UNCATEGORIZED} for an assignment without one; a result
 * references its class.
 */
final class DesiredState {
  /**
   * The category title an assignment without one gets in OneRoster 1.2, which requires a category
   * on every line item.
   */
  static final String UNCATEGORIZED = "Uncategorized";

  private final StableIds ids;
  private final LineItemRules rules;
  private final LocalDate today;
  private final OneRosterVersion version;
  private final List<PlannedWrite> categoryCreates = new ArrayList<>();
  private final Set<String> createdCategoryIds = new HashSet<>();

  DesiredState(StableIds ids, LineItemRules rules, LocalDate today, OneRosterVersion version) {
    this.ids = ids;
    this.rules = rules;
    this.today = today;
    this.version = version;
  }

  /**
   * A desired object, or why it cannot be sent.
   *
   * @param value what to PUT; meaningful only when {@code problems} is empty
   * @param warnings what was adjusted to fit the SIS
   * @param problems what makes it invalid; empty when it can be sent
   */
  record Desired<T>(T value, List<String> warnings, List<String> problems) {
    boolean valid() {
      return problems.isEmpty();
    }

    /** The problems as one skip reason. */
    String reason() {
      return String.join("; ", problems);
    }
  }

  /** What building one desired object found: adjustments, and problems that make it invalid. */
  private static final class Notes {
    final List<String> warnings = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    void warn(String warning) {
      warnings.add(warning);
    }

    void problem(String problem) {
      problems.add(problem);
    }
  }

  /** The categories to create before any lineItem, in the order first needed. */
  List<PlannedWrite> categoryCreates() {
    return categoryCreates;
  }

  /**
   * Takes over a category create that another class's planning made, unless this one plans it
   * already: creates stay in the order first needed, once each.
   */
  void adoptCategoryCreate(PlannedWrite create) {
    if (createdCategoryIds.add(create.sourcedId())) {
      categoryCreates.add(create);
    }
  }

  /** True when {@code categorySourcedId} is one of {@link #categoryCreates()}. */
  boolean createsCategory(String categorySourcedId) {
    return createdCategoryIds.contains(categorySourcedId);
  }

  /** The lineItem {@code lineItemId} for assignment {@code a} of class {@code classId}. */
  Desired<LineItem> lineItem(String classId, Assignment a, String lineItemId, SisClassState sis) {
    Notes notes = new Notes();
    String title = title(a, notes);
    Double max = maxPoints(a, notes);
    Dates dates = dates(a, notes);
    if (version == OneRosterVersion.V1_2 && sis.school() == null) {
      notes.problem(
          "school: the SIS names no school for class "
              + classId
              + ", and OneRoster 1.2 requires one on every line item; ask the SIS administrator to"
              + " give the class its school");
    }
    GuidRef category = category(a, sis, notes);
    if (category == null && version == OneRosterVersion.V1_2 && notes.problems.isEmpty()) {
      notes.problem(
          "category: OneRoster 1.2 requires a category on every line item and none could be"
              + " chosen (see the warnings); give the assignment the title of one of the class's"
              + " categories");
    }
    GuidRef gradingPeriod = gradingPeriod(a, dates.due(), sis, notes);
    return validated(
        () ->
            LineItem.builder()
                .sourcedId(lineItemId)
                .status(StatusType.ACTIVE)
                .title(title)
                .description(a.description())
                .assignDate(FieldDiff.millis(dates.assign()))
                .dueDate(FieldDiff.millis(dates.due()))
                .schoolClass(GuidRef.of(classId, GuidRefType.CLASS))
                .category(category)
                .gradingPeriod(gradingPeriod)
                .school(version == OneRosterVersion.V1_2 ? sis.school() : null)
                .resultValueMin(0.0)
                .resultValueMax(max)
                .build(),
        notes);
  }

  /** The result {@code resultId}: {@code grade} of the roster's {@code studentId}. */
  Desired<Result> result(
      String classId,
      Assignment a,
      Grade grade,
      String resultId,
      String lineItemId,
      String studentId) {
    Notes notes = new Notes();
    Double score = grade.score();
    if (score != null && !Double.isFinite(score)) {
      notes.problem("score is " + score + "; it must be a finite number");
    }
    if (score == null && grade.status() == null) {
      notes.problem("no score and no status; send a score, or a status such as \"exempt\"");
    }
    String comment = comment(a, grade, notes);
    return validated(
        () ->
            Result.builder()
                .sourcedId(resultId)
                .status(StatusType.ACTIVE)
                .lineItem(GuidRef.of(lineItemId, GuidRefType.LINE_ITEM))
                .student(GuidRef.of(studentId, GuidRefType.STUDENT))
                .scoreStatus(grade.status() == null ? ScoreStatus.FULLY_GRADED : grade.status())
                .score(score)
                .scoreDate(today)
                .comment(comment)
                .schoolClass(
                    version == OneRosterVersion.V1_2
                        ? GuidRef.of(classId, GuidRefType.CLASS)
                        : null)
                .build(),
        notes);
  }

  /**
   * The object {@code desired} builds when nothing is wrong so far, with what the OneRoster version
   * finds wrong in it; else only the problems.
   */
  private <T extends OneRosterEntity> Desired<T> validated(Supplier<T> desired, Notes notes) {
    if (!notes.problems.isEmpty()) {
      return new Desired<>(null, notes.warnings, notes.problems);
    }
    T value = desired.get();
    for (Violation v : Validation.problems(value, version)) {
      notes.problem(v.toString());
    }
    return new Desired<>(value, notes.warnings, notes.problems);
  }

  private String title(Assignment a, Notes notes) {
    String title = a.title() == null ? "" : a.title().strip();
    if (title.isEmpty()) {
      notes.problem("blank title; give the assignment a title");
      return title;
    }
    FittedText fitted = rules.fitTitle(title);
    fitted.warning().ifPresent(w -> notes.warn("assignment " + a.id() + ": " + w));
    return fitted.text();
  }

  private Double maxPoints(Assignment a, Notes notes) {
    Double max = a.maxPoints();
    if (max == null) {
      notes.problem("no maxPoints; give the assignment its maximum points (greater than 0)");
    } else if (!Double.isFinite(max) || max <= 0) {
      notes.problem("maxPoints is " + max + "; it must be a number greater than 0");
    } else if (rules.wholeNumberPoints() && max != Math.rint(max)) {
      notes.problem(
          "maxPoints is " + max + " but this SIS accepts whole-number points only; round it");
    }
    return max;
  }

  private record Dates(Instant assign, Instant due) {}

  private Dates dates(Assignment a, Notes notes) {
    Instant due = a.dueDate();
    Instant assign = a.assignDate();
    if (due == null && rules.dueDateRequired()) {
      notes.problem("no due date; this SIS requires one on every assignment");
    } else if (due == null && assign == null) {
      notes.problem("no due date and no assign date; OneRoster needs at least one");
    }
    // OneRoster 1.1 requires both dates. The other date is the one stable stand-in: the export
    // time would change the lineItem on every run.
    if (assign == null) {
      return new Dates(due, due);
    }
    if (due == null) {
      return new Dates(assign, assign);
    }
    if (assign.isAfter(due)) {
      notes.problem("assignDate " + assign + " is after dueDate " + due + "; fix the dates");
    }
    return new Dates(assign, due);
  }

  private String comment(Assignment a, Grade grade, Notes notes) {
    if (grade.comment() == null) {
      return null;
    }
    FittedText fitted = rules.fitComment(grade.comment());
    if (fitted.truncated()) {
      // The comment itself stays out of the warning: it is student data.
      notes.warn(
          "a comment on assignment "
              + a.id()
              + " shortened to "
              + fitted.limit()
              + " characters, the SIS's limit");
    }
    return fitted.text();
  }

  /**
   * Whether planning {@code gc} looks at the SIS's categories at all: under OneRoster 1.2 always
   * (every line item needs one), under 1.1 only when the vendor's policy sends categories and an
   * assignment of the class names one. Otherwise the export does not read them: {@link #category}
   * returns before it consults them.
   */
  static boolean needsSisCategories(
      GradebookClass gc, LineItemRules rules, OneRosterVersion version) {
    if (version == OneRosterVersion.V1_2) {
      return true;
    }
    if (rules.categoryPolicy() == CategoryPolicy.OMIT) {
      return false;
    }
    for (Assignment a : gc.assignments()) {
      if (a.category() != null && !a.category().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private GuidRef category(Assignment a, SisClassState sis, Notes notes) {
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
        notes.problem(
            "no category; this SIS needs every assignment in one of its grading categories");
      }
      return null;
    }
    CategoryMatch<Category> match =
        rules.matchCategory(
            wanted,
            sis.categories().stream().filter(c -> !ClassIndex.isDeleted(c.status())).toList(),
            Category::title);
    if (match.matched()) {
      return GuidRef.of(match.category().orElseThrow().sourcedId(), GuidRefType.CATEGORY);
    }
    return unmatchedCategory(policy, a, wanted, match, sis, notes);
  }

  /** What an assignment whose category {@code wanted} matches none of the SIS's gets. */
  private GuidRef unmatchedCategory(
      CategoryPolicy policy,
      Assignment a,
      String wanted,
      CategoryMatch<Category> match,
      SisClassState sis,
      Notes notes) {
    if (policy == CategoryPolicy.MATCH_OR_CLASS_DEFAULT) {
      return classDefaultCategory(a, wanted, match, sis, notes);
    }
    if (match.kind() == CategoryMatch.Kind.AMBIGUOUS) {
      if (policy == CategoryPolicy.MATCH_REQUIRED) {
        notes.problem("category: " + match.explanation());
      } else {
        notes.warn("assignment " + a.id() + " is sent without a category: " + match.explanation());
      }
      return null;
    }
    switch (policy) {
      case MATCH_REQUIRED:
        notes.problem(
            "category: "
                + match.explanation()
                + "; create it in the SIS gradebook or use an"
                + " existing category title");
        return null;
      case MATCH_OR_CREATE:
        return createdCategory(wanted);
      default:
        notes.warn(
            "assignment "
                + a.id()
                + " is sent without a category (the SIS files it under its"
                + " default): "
                + match.explanation());
        return null;
    }
  }

  /** The category titled {@code title} that the export creates, planned once per run. */
  private GuidRef createdCategory(String title) {
    String id = ids.categoryId(title);
    if (createdCategoryIds.add(id)) {
      categoryCreates.add(
          new PlannedWrite.CategoryPut(
              Category.builder().sourcedId(id).status(StatusType.ACTIVE).title(title).build()));
    }
    return GuidRef.of(id, GuidRefType.CATEGORY);
  }

  /**
   * The class's own category an assignment goes in when none matches and the SIS lets nobody create
   * one: the lowest title ignoring case, then the lowest sourcedId, so every run picks the same one
   * and a re-export changes nothing.
   */
  private GuidRef classDefaultCategory(
      Assignment a, String wanted, CategoryMatch<Category> match, SisClassState sis, Notes notes) {
    Category fallback =
        sis.categories().stream()
            .filter(c -> !ClassIndex.isDeleted(c.status()) && c.sourcedId() != null)
            .min(
                Comparator.comparing(
                        (Category c) -> c.title() == null ? "" : c.title().toLowerCase(Locale.ROOT))
                    .thenComparing(Category::sourcedId))
            .orElse(null);
    if (fallback == null) {
      notes.problem(
          "category: the class has no grading category in the SIS, and this SIS lets no"
              + " integration create one; ask the teacher or the SIS administrator to add a"
              + " category to the class, then export again");
      return null;
    }
    notes.warn(
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

  /** The shortest live grading period containing the due date, when the vendor wants one. */
  private GuidRef gradingPeriod(Assignment a, Instant due, SisClassState sis, Notes notes) {
    if (rules.gradingPeriodPolicy() != GradingPeriodPolicy.PICK_BY_DUE_DATE || due == null) {
      return null;
    }
    LocalDate day = due.atOffset(ZoneOffset.UTC).toLocalDate();
    AcademicSession best = null;
    for (AcademicSession gp : sis.gradingPeriods()) {
      if (contains(gp, day) && (best == null || days(gp) < days(best))) {
        best = gp;
      }
    }
    if (best == null) {
      notes.warn(
          "no grading period contains the due date "
              + day
              + " of assignment "
              + a.id()
              + "; sent without one (the SIS derives it from the due date)");
      return null;
    }
    return GuidRef.of(best.sourcedId(), GuidRefType.ACADEMIC_SESSION);
  }

  private static boolean contains(AcademicSession gp, LocalDate day) {
    return !ClassIndex.isDeleted(gp.status())
        && gp.startDate() != null
        && gp.endDate() != null
        && !day.isBefore(gp.startDate())
        && !day.isAfter(gp.endDate());
  }

  private static long days(AcademicSession gp) {
    return ChronoUnit.DAYS.between(gp.startDate(), gp.endDate());
  }
}
