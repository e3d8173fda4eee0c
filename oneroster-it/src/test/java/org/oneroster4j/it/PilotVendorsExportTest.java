package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.it.Fixtures.IDS;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

/**
 * Exports against the pilot vendors' testkit flavours (Aeries, Aspen, Capita SIMS) through their
 * vendor modules, as an administrator would connect them: the URL they type, the token URL only
 * where the vendor needs one, and the vendor options. The SIS state is read back with plain HTTP.
 */
class PilotVendorsExportTest {

  /** A client connected the way the vendor's administrator would connect it. */
  private static OneRosterClient client(FakeSis sis, Map<String, String> extraOptions) {
    return Fixtures.adminClient(sis, extraOptions);
  }

  private static OneRosterClient client(FakeSis sis) {
    return client(sis, Map.of());
  }

  private static ExportReport export(OneRosterClient client, Gradebook gb) {
    return GradeExporter.of(client).namespace(Fixtures.NAMESPACE).export(gb);
  }

  private static Gradebook twoClasses(FakeSis sis) {
    Seed seed = sis.seed();
    return Fixtures.gradebook(seed, seed.classIdsOf(seed.teacherId()).subList(0, 2), 3);
  }

  private static Gradebook oneAssignment(FakeSis sis, Assignment.Builder assignment) {
    Seed seed = sis.seed();
    String classId = seed.classIdsOf(seed.teacherId()).get(0);
    List<String> students = seed.studentIdsOf(classId);
    assignment.grade(
        Grade.builder()
            .studentSourcedId(students.get(0))
            .score(7)
            .status(ScoreStatus.FULLY_GRADED)
            .comment("c".repeat(120))
            .build());
    return Gradebook.builder()
        .namespace(Fixtures.NAMESPACE)
        .addClass(
            GradebookClass.builder().classSourcedId(classId).assignment(assignment.build()).build())
        .build();
  }

  private static Assignment.Builder assignment(String id, String title) {
    return Assignment.builder()
        .id(id)
        .title(title)
        .assignDate(Fixtures.FIRST_DUE.minus(7, ChronoUnit.DAYS))
        .dueDate(Fixtures.FIRST_DUE)
        .maxPoints(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aeries", "aspen", "sims"})
  void export_createsEveryItem_thenASecondRunWritesNothing(String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      int lineItemsBefore = SisContents.readAll(sis, "lineItems").size();
      int resultsBefore = SisContents.readAll(sis, "results").size();
      OneRosterClient client = client(sis);
      assertThat(client.vendor().id()).isEqualTo(flavour);
      Gradebook gb = twoClasses(sis);

      ExportReport first = export(client, gb);

      assertThat(first.failures()).isEmpty();
      assertThat(first.lineItems().created()).isEqualTo(Fixtures.lineItemCount(gb));
      assertThat(first.results().created()).isEqualTo(Fixtures.resultCount(gb));
      Map<String, JsonNode> lineItems = SisContents.byId(sis, "lineItems");
      Map<String, JsonNode> results = SisContents.byId(sis, "results");
      assertThat(lineItems).hasSize(lineItemsBefore + Fixtures.lineItemCount(gb));
      assertThat(results).hasSize(resultsBefore + Fixtures.resultCount(gb));
      for (GradebookClass c : gb.classes()) {
        for (Assignment a : c.assignments()) {
          String li = IDS.lineItemId(c.classSourcedId(), a.id());
          assertThat(lineItems.get(li).path("title").asText()).isEqualTo(a.title());
          for (Grade g : a.grades()) {
            JsonNode r = results.get(IDS.resultId(li, g.studentSourcedId()));
            assertThat(r.path("scoreStatus").asText()).isEqualTo(g.status().value());
          }
        }
      }

      Fixtures.clearRequests(sis);
      ExportReport second = export(client, gb);
      assertThat(second.writes()).isZero();
      assertThat(Fixtures.writes(sis, 0)).isEmpty();
    }
  }

  @Test
  void aeries_tokenCarriesTheScope_andEveryCallTheSessionCookies() {
    try (FakeSis sis = Fixtures.start("aeries")) {
      export(client(sis), twoClasses(sis));
      List<RecordedRequest> requests = sis.requests();
      List<RecordedRequest> tokens =
          requests.stream().filter(r -> r.path().endsWith("/aeries/token")).toList();
      assertThat(tokens).isNotEmpty();
      assertThat(tokens.get(0).body())
          .contains(
              "scope="
                  + URLEncoder.encode(
                      "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly",
                      StandardCharsets.UTF_8));
      List<RecordedRequest> api =
          requests.stream().filter(r -> r.path().contains("/ims/oneroster/v1p1/")).toList();
      assertThat(api).isNotEmpty();
      assertThat(api)
          .allSatisfy(
              r -> {
                assertThat(r.status()).as(r.toString()).isLessThan(400);
                assertThat(r.header("Cookie"))
                    .as(r.toString())
                    .contains("ARRAffinity=")
                    .contains("ASP.NET_SessionId=");
              });
    }
  }

  @Test
  void aeries_longTitles_areShortenedTo50_withAWarning() {
    try (FakeSis sis = Fixtures.start("aeries")) {
      String title = "Unit 3 review: fractions, decimals, percentages and ratios";
      Gradebook gb = oneAssignment(sis, assignment("long", title));
      ExportReport report = export(client(sis), gb);
      assertThat(report.failures()).isEmpty();
      String li = IDS.lineItemId(gb.classes().get(0).classSourcedId(), "long");
      String stored = SisContents.byId(sis, "lineItems").get(li).path("title").asText();
      assertThat(stored).hasSize(50).isEqualTo(title.substring(0, 50).stripTrailing());
      assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("shortened"));
    }
  }

  @Test
  void aeries_titleMaxLengthOption_reachesTheExport() {
    try (FakeSis sis = Fixtures.start("aeries")) {
      Gradebook gb = oneAssignment(sis, assignment("short", "Quiz on chapter four"));
      ExportReport report = export(client(sis, Map.of("titleMaxLength", "10")), gb);
      assertThat(report.failures()).isEmpty();
      String li = IDS.lineItemId(gb.classes().get(0).classSourcedId(), "short");
      assertThat(SisContents.byId(sis, "lineItems").get(li).path("title").asText())
          .isEqualTo("Quiz on ch");
    }
  }

  @Test
  void aspen_deletedAssignment_isReportedAsAnOrphan_notRetried() {
    try (FakeSis sis = Fixtures.start("aspen")) {
      OneRosterClient client = client(sis);
      Gradebook gb = oneAssignment(sis, assignment("gone", "Lab 1"));
      assertThat(export(client, gb).failures()).isEmpty();
      GradebookClass c = gb.classes().get(0);
      Assignment deleted = c.assignments().get(0).toBuilder().deleted(true).build();
      Gradebook without =
          gb.toBuilder()
              .classes(List.of(c.toBuilder().assignments(List.of(deleted)).build()))
              .build();

      ExportReport report = export(client, without);

      String li = IDS.lineItemId(c.classSourcedId(), "gone");
      assertThat(report.failures())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.sourcedId()).isEqualTo(li);
                assertThat(f.httpStatus()).isEqualTo(405);
                assertThat(f.message()).contains("delete it in the SIS gradebook by hand");
              });
      assertThat(report.results().deleted()).isEqualTo(1);
      assertThat(SisContents.byId(sis, "lineItems")).containsKey(li);
      assertThat(
              sis.requests().stream()
                  .filter(r -> r.method().equals("DELETE") && r.path().endsWith(li))
                  .count())
          .isEqualTo(1);
    }
  }

  @Test
  void aspen_commentsAreCutTo100_andCategoriesMatchOnlyByExactTitle() {
    try (FakeSis sis = Fixtures.start("aspen")) {
      Gradebook gb = oneAssignment(sis, assignment("q1", "Quiz 1").category("Quizzes"));
      Gradebook lower = oneAssignment(sis, assignment("q2", "Quiz 2").category("quizzes"));
      OneRosterClient client = client(sis);
      ExportReport exact = export(client, gb);
      ExportReport caseDiffers = export(client, lower);

      assertThat(exact.failures()).isEmpty();
      assertThat(caseDiffers.failures()).isEmpty();
      String classId = gb.classes().get(0).classSourcedId();
      Map<String, JsonNode> lineItems = SisContents.byId(sis, "lineItems");
      assertThat(lineItems.get(IDS.lineItemId(classId, "q1")).at("/category/sourcedId").asText())
          .isEqualTo("cat-quizzes");
      assertThat(lineItems.get(IDS.lineItemId(classId, "q2")).has("category")).isFalse();
      assertThat(caseDiffers.warnings())
          .anySatisfy(w -> assertThat(w).contains("differs only in case"));
      assertThat(
              SisContents.readAll(sis, "results").stream()
                  .map(r -> r.path("comment").asText(""))
                  .filter(t -> t.startsWith("c")))
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t).hasSize(100));
      assertThat(sis.requests().stream().filter(r -> r.path().contains("/categories/")))
          .noneMatch(r -> r.method().equals("PUT"));
    }
  }

  @Test
  void sims_tokenRequestNamesTheOrganisation() {
    try (FakeSis sis = Fixtures.start("sims")) {
      ExportReport report = export(client(sis), twoClasses(sis));
      assertThat(report.failures()).isEmpty();
      RecordedRequest token =
          sis.requests().stream()
              .filter(r -> r.path().equals("/connect/token"))
              .findFirst()
              .orElseThrow();
      assertThat(token.body())
          .contains(
              "acr_values="
                  + URLEncoder.encode(
                      "orgselection:" + sis.vendorOptions().get("organisationId"),
                      StandardCharsets.UTF_8));
    }
  }
}
