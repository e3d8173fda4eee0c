package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportPlan;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.export.ItemKind;
import org.oneroster4j.export.PlannedItem;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;

/**
 * Classes are planned as their reads finish, in whatever order that is, yet the plan is always the
 * one planning them one after the other in gradebook order gives: categories they create first
 * (once each, where first needed), then every class's items in gradebook order.
 */
class PlanOrderTest {
  private static final String NEW_CATEGORY = "Weekly quizzes (new)";

  /** Two assignments per class in a category the SIS does not have, every student graded. */
  private static Gradebook gradebook(Seed seed, List<String> classIds) {
    Gradebook.Builder gb = Gradebook.builder().namespace(Fixtures.NAMESPACE);
    for (String classId : classIds) {
      GradebookClass.Builder c = GradebookClass.builder().classSourcedId(classId);
      for (int a = 0; a < 2; a++) {
        Assignment.Builder assignment =
            Assignment.builder()
                .id("quiz-" + a)
                .title("Quiz " + a)
                .category(NEW_CATEGORY)
                .assignDate(Instant.parse("2026-09-01T08:00:00Z"))
                .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
                .maxPoints(10);
        for (String student : seed.studentIdsOf(classId)) {
          assignment.grade(Grade.builder().studentSourcedId(student).score(a + 7).build());
        }
        c.assignment(assignment.build());
      }
      gb.addClass(c.build());
    }
    return gb.build();
  }

  private static List<String> describe(ExportPlan plan) {
    List<String> out = new ArrayList<>();
    for (PlannedItem i : plan.items()) {
      out.add(
          i.kind()
              + " "
              + i.action()
              + " "
              + i.sourcedId()
              + " class="
              + i.classSourcedId()
              + " after="
              + i.dependsOn());
    }
    return out;
  }

  @Test
  void plan_isTheSame_whicheverClassIsReadLast() {
    try (FakeSis sis = Fixtures.start("generic", Seed.large(1, 1, 3, 4))) {
      List<String> classes = sis.seed().classIds().subList(0, 3);
      Gradebook gb = gradebook(sis.seed(), classes);
      OneRosterClient client = Fixtures.client(sis);
      GradeExporter exporter =
          GradeExporter.of(client).namespace(Fixtures.NAMESPACE).concurrency(8);

      List<String> inOrder = describe(exporter.plan(gb));
      // The first class's reads now finish last, then the last class's.
      sis.faults().matching("/classes/" + classes.get(0) + "/").method("GET").delay(ms(400));
      List<String> firstReadLast = describe(exporter.plan(gb));
      sis.faults().clear();
      sis.faults().matching("/classes/" + classes.get(2) + "/").method("GET").delay(ms(400));
      List<String> lastReadLast = describe(exporter.plan(gb));

      assertThat(firstReadLast).isEqualTo(inOrder);
      assertThat(lastReadLast).isEqualTo(inOrder);

      ExportPlan plan = exporter.plan(gb);
      List<PlannedItem> items = plan.items();
      // The category all three classes need is created once, first; every lineItem waits for it.
      assertThat(items.get(0).kind()).isEqualTo(ItemKind.CATEGORY);
      assertThat(items).filteredOn(i -> i.kind() == ItemKind.CATEGORY).hasSize(1);
      String category = items.get(0).sourcedId();
      assertThat(items)
          .filteredOn(i -> i.kind() == ItemKind.LINE_ITEM)
          .hasSize(6)
          .allSatisfy(i -> assertThat(i.dependsOn()).containsExactly(category));
      // Then the classes, each as one run of items, in gradebook order.
      List<String> runs = new ArrayList<>();
      for (PlannedItem i : items.subList(1, items.size())) {
        if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(i.classSourcedId())) {
          runs.add(i.classSourcedId());
        }
      }
      assertThat(runs).isEqualTo(classes);
    }
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
