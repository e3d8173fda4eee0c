package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.it.Fixtures.IDS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

/** What the export reads of each class, against the fake SIS's request log: nothing needless. */
class ExportReadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two classes: the first without any category, the second with one assignment in Quizzes. */
  private static Gradebook oneClassWithACategory(FakeSis sis) {
    Seed seed = sis.seed();
    Gradebook gb = Fixtures.gradebook(seed, seed.classIdsOf(seed.teacherId()).subList(0, 2), 2);
    GradebookClass second = gb.classes().get(1);
    List<Assignment> assignments = new ArrayList<>(second.assignments());
    assignments.set(0, assignments.get(0).toBuilder().category("Quizzes").build());
    List<GradebookClass> classes = new ArrayList<>(gb.classes());
    classes.set(1, second.toBuilder().assignments(assignments).build());
    return gb.toBuilder().classes(classes).build();
  }

  private static long categoryReads(FakeSis sis, String classId) {
    return sis.requests().stream()
        .filter(
            r ->
                r.method().equals("GET")
                    && r.path().contains("/classes/" + classId + "/categories"))
        .count();
  }

  /** The category sourcedId of the lineItem PUT for {@code lineItemId}, or null for none. */
  private static String sentCategory(FakeSis sis, String lineItemId) throws IOException {
    RecordedRequest put =
        sis.requests().stream()
            .filter(r -> r.method().equals("PUT") && r.path().endsWith("/lineItems/" + lineItemId))
            .findFirst()
            .orElseThrow();
    JsonNode category = JSON.readTree(put.body()).path("lineItem").path("category");
    return category.isMissingNode() ? null : category.path("sourcedId").asText();
  }

  private static ExportReport export(FakeSis sis, Gradebook gb) {
    return GradeExporter.of(Fixtures.client(sis)).namespace(Fixtures.NAMESPACE).export(gb);
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "skyward"})
  void oneRoster11_readsTheCategoriesOnlyOfClassesWhoseAssignmentsNameOne(String flavour)
      throws IOException {
    try (FakeSis sis = Fixtures.start(flavour)) {
      Gradebook gb = oneClassWithACategory(sis);
      String plain = gb.classes().get(0).classSourcedId();
      String categorised = gb.classes().get(1).classSourcedId();

      ExportReport report = export(sis, gb);

      assertThat(report.failures()).isEmpty();
      assertThat(report.lineItems().created()).isEqualTo(4);
      assertThat(categoryReads(sis, plain)).isZero();
      assertThat(categoryReads(sis, categorised)).isEqualTo(1);
      // What was sent (a SIS may file a line item sent without a category under its default).
      assertThat(sentCategory(sis, IDS.lineItemId(categorised, "a0"))).isEqualTo("cat-quizzes");
      assertThat(sentCategory(sis, IDS.lineItemId(categorised, "a1"))).isNull();
      assertThat(sentCategory(sis, IDS.lineItemId(plain, "a0"))).isNull();

      // A second run reads the same and writes nothing: skipping the read changed no plan.
      Fixtures.clearRequests(sis);
      ExportReport again = export(sis, gb);
      assertThat(again.writes()).isZero();
      assertThat(categoryReads(sis, plain)).isZero();
      assertThat(categoryReads(sis, categorised)).isEqualTo(1);
    }
  }

  @Test
  void oneRoster11_aVendorThatNeverSendsCategories_readsNone() {
    try (FakeSis sis = Fixtures.start("infinitecampus")) {
      Gradebook gb = oneClassWithACategory(sis);

      ExportReport report = export(sis, gb);

      assertThat(report.failures()).isEmpty();
      for (GradebookClass c : gb.classes()) {
        assertThat(categoryReads(sis, c.classSourcedId())).isZero();
      }
    }
  }

  @Test
  void oneRoster12_readsTheCategoriesOfEveryClass_becauseEveryLineItemNeedsOne() {
    try (FakeSis sis = Fixtures.start("generic", Seed.small(), OneRosterVersion.V1_2)) {
      Gradebook gb = oneClassWithACategory(sis);
      String plain = gb.classes().get(0).classSourcedId();

      ExportReport report = export(sis, gb);

      assertThat(report.failures()).isEmpty();
      assertThat(categoryReads(sis, plain)).isEqualTo(1);
      assertThat(
              SisContents.byId(sis, "lineItems").get(IDS.lineItemId(plain, "a0")).has("category"))
          .isTrue();
    }
  }
}
