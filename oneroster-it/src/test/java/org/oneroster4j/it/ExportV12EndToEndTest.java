package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.it.Fixtures.IDS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

/**
 * Grade export over OneRoster 1.2 against the testkit's generic and Infinite Campus 1.2 flavours: a
 * full export under injected faults, a re-export that writes nothing, one changed grade, one
 * deleted assignment, and the 1.2 members (school, category, class, date-only scoreDate) as stored.
 */
class ExportV12EndToEndTest {

  private static FakeSis start(String flavour) {
    return Fixtures.start(flavour, Seed.large(1, 2, 2, 12), OneRosterVersion.V1_2);
  }

  /** Two classes, 6 assignments each: categories matching the seed, one not, one missing. */
  private static Gradebook gradebook(FakeSis sis) {
    Seed seed = sis.seed();
    Gradebook gb = Fixtures.gradebook(seed, seed.classIdsOf(seed.teacherId()).subList(0, 2), 6);
    List<GradebookClass> classes = new ArrayList<>();
    for (GradebookClass c : gb.classes()) {
      List<Assignment> assignments = new ArrayList<>();
      for (int i = 0; i < c.assignments().size(); i++) {
        String category = List.of("quizzes", "Homework", "Tests", "Labs", "", "Quizzes").get(i);
        assignments.add(c.assignments().get(i).toBuilder().category(category).build());
      }
      classes.add(c.toBuilder().assignments(assignments).build());
    }
    return gb.toBuilder().classes(classes).build();
  }

  private static ExportReport export(OneRosterClient client, Gradebook gb) {
    return GradeExporter.of(client).namespace(Fixtures.NAMESPACE).concurrency(4).export(gb);
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus"})
  @Timeout(value = 3, unit = TimeUnit.MINUTES) // a safety net against a hung build, not a benchmark
  void export_underFaults_thenReexportWritesNothing_thenOneChange_thenADelete(String flavour) {
    try (FakeSis sis = start(flavour)) {
      OneRosterClient client = Fixtures.client(sis);
      assertThat(client.version()).isEqualTo(OneRosterVersion.V1_2);
      Fixtures.Baseline baseline = Fixtures.Baseline.of(sis);
      Gradebook gb = gradebook(sis);
      sis.faults().randomly(0.05, 21).rateLimit(Duration.ofSeconds(1));
      sis.faults().randomly(0.05, 22).respond(503);
      sis.faults().randomly(0.03, 23).dropConnection();

      ExportReport first = export(client, gb);

      assertThat(first.failures()).isEmpty();
      assertThat(first.skipped()).isEmpty();
      assertThat(first.lineItems().created()).isEqualTo(Fixtures.lineItemCount(gb));
      assertThat(first.results().created()).isEqualTo(Fixtures.resultCount(gb));
      assertThat(sis.requests()).anyMatch(r -> r.status() == 503);
      sis.faults().clear();
      Fixtures.assertSisMatches(sis, baseline, gb);
      assertStored12Members(sis, gb, flavour);

      Fixtures.clearRequests(sis);
      ExportReport second = export(client, gb);
      assertThat(Fixtures.writes(sis, 0)).isEmpty();
      assertThat(second.writes()).isZero();
      assertThat(second.results().unchanged()).isEqualTo(Fixtures.resultCount(gb));

      // One grade changes: exactly one PUT.
      GradebookClass c = gb.classes().get(0);
      Assignment a = c.assignments().get(0);
      Grade g = a.grades().get(1);
      Gradebook edited =
          replaceAssignment(
              gb,
              0,
              0,
              a.toBuilder()
                  .grades(
                      replace(
                          a.grades(),
                          1,
                          g.toBuilder().score(g.score() == null ? 2.0 : g.score() + 0.5).build()))
                  .build());
      Fixtures.clearRequests(sis);
      ExportReport third = export(client, edited);
      assertThat(third.writes()).isEqualTo(1);
      assertThat(Fixtures.writes(sis, 1))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.path())
                      .contains("/gradebook/v1p2/results/")
                      .endsWith(
                          IDS.resultId(
                              IDS.lineItemId(c.classSourcedId(), a.id()), g.studentSourcedId())));
      Fixtures.assertSisMatches(sis, baseline, edited);

      // One assignment deleted: its results, then its lineItem.
      Assignment gone = edited.classes().get(1).assignments().get(2);
      Gradebook deleted = replaceAssignment(edited, 1, 2, gone.toBuilder().deleted(true).build());
      Fixtures.clearRequests(sis);
      ExportReport fourth = export(client, deleted);
      assertThat(fourth.failures()).isEmpty();
      assertThat(fourth.lineItems().deleted()).isEqualTo(1);
      assertThat(fourth.results().deleted()).isEqualTo(gone.grades().size());
      List<RecordedRequest> writes = Fixtures.writes(sis, gone.grades().size() + 1);
      assertThat(writes).allMatch(r -> r.method().equals("DELETE"));
      Fixtures.assertSisMatches(sis, baseline, deleted);
    }
  }

  /** Line items carry school and a category of their class; results class and a plain date. */
  private static void assertStored12Members(FakeSis sis, Gradebook gb, String flavour) {
    Map<String, JsonNode> lineItems = SisContents.byId(sis, "lineItems");
    Map<String, JsonNode> results = SisContents.byId(sis, "results");
    Map<String, JsonNode> categories = SisContents.byId(sis, "categories");
    for (GradebookClass c : gb.classes()) {
      for (Assignment a : c.assignments()) {
        JsonNode li = lineItems.get(IDS.lineItemId(c.classSourcedId(), a.id()));
        assertThat(li.at("/school/sourcedId").asText()).isNotBlank();
        String categoryId = li.at("/category/sourcedId").asText();
        JsonNode category = categories.get(categoryId);
        assertThat(category).as("category %s of %s", categoryId, a.id()).isNotNull();
        String title = category.path("title").asText();
        if (a.category().equalsIgnoreCase("quizzes") || a.category().equals("Homework")) {
          assertThat(title).isEqualToIgnoringCase(a.category());
        } else if (flavour.equals("generic") && !a.category().equals("Tests")) {
          // generic creates what does not match: "Labs", and "Uncategorized" for no category
          assertThat(title).isIn("Labs", "Uncategorized");
        } else if (flavour.equals("infinitecampus")) {
          // Campus never lets an integration create one: one of the class's own, the lowest title
          assertThat(category.at("/metadata/classId").asText()).isEqualTo(c.classSourcedId());
        }
        for (Grade g : a.grades()) {
          JsonNode r =
              results.get(IDS.resultId(li.path("sourcedId").asText(), g.studentSourcedId()));
          assertThat(r.at("/class/sourcedId").asText()).isEqualTo(c.classSourcedId());
          assertThat(r.path("scoreDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
      }
    }
  }

  @Test
  void infiniteCampus12_neverCreatesACategory_andWarnsNamingTheOneUsed() throws Exception {
    try (FakeSis sis = start("infinitecampus")) {
      ExportReport report = export(Fixtures.client(sis), gradebook(sis));
      assertThat(report.failures()).isEmpty();
      assertThat(sis.requests()).noneMatch(r -> r.path().contains("/categories/"));
      assertThat(report.warnings())
          .anyMatch(w -> w.contains("Labs") && w.contains("sent in the class's category"));
      // The report JSON carries the same adjustments, one string each.
      JsonNode json = new ObjectMapper().readTree(report.toJson());
      assertThat(json.path("warnings")).hasSize(report.warnings().size());
      assertThat(json.path("warnings").get(0).asText()).isEqualTo(report.warnings().get(0));
    }
  }

  @Test
  void generic12_createsTheMissingCategoryOnce_withItsStableId() {
    try (FakeSis sis = start("generic")) {
      ExportReport report = export(Fixtures.client(sis), gradebook(sis));
      assertThat(report.failures()).isEmpty();
      assertThat(sis.requests())
          .filteredOn(r -> r.method().equals("PUT") && r.path().contains("/categories/"))
          .extracting(RecordedRequest::path)
          .allMatch(
              p ->
                  p.endsWith(IDS.categoryId("Labs")) || p.endsWith(IDS.categoryId("Uncategorized")))
          .hasSize(2);
    }
  }

  private static <T> List<T> replace(List<T> list, int index, T value) {
    List<T> out = new ArrayList<>(list);
    out.set(index, value);
    return out;
  }

  private static Gradebook replaceAssignment(
      Gradebook gb, int classIndex, int index, Assignment a) {
    GradebookClass c = gb.classes().get(classIndex);
    return gb.toBuilder()
        .classes(
            replace(
                gb.classes(),
                classIndex,
                c.toBuilder().assignments(replace(c.assignments(), index, a)).build()))
        .build();
  }
}
