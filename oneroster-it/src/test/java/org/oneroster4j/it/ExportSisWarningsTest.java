package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.export.ExportListener;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.ItemKind;
import org.oneroster4j.export.ItemOutcome;
import org.oneroster4j.export.SisWarning;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;

/**
 * A warning the SIS sends with a write it accepts reaches the report, its JSON and the listener,
 * cleaned; the write still counts as a success.
 */
class ExportSisWarningsTest {

  @ParameterizedTest
  @EnumSource(OneRosterVersion.class)
  void warningsWithAcceptedWrites_areKept_perWrite_andDoNotFailTheRun(OneRosterVersion version)
      throws Exception {
    try (FakeSis sis = Fixtures.start("generic", Seed.small(), version)) {
      Gradebook gb = Fixtures.gradebook(sis.seed(), List.of("class-1"), 2);
      // A hostile description: an ESC sequence and a forged log line must not survive.
      sis.faults()
          .matching("/results/")
          .method("PUT")
          .times(2)
          .warn("rounded", "score rounded\u001b[2J\nINFO forged line");
      List<ItemOutcome> warned = new ArrayList<>();
      ExportListener listener =
          new ExportListener() {
            @Override
            public void itemDone(ItemOutcome outcome) {
              if (!outcome.sisWarnings().isEmpty()) {
                warned.add(outcome);
              }
            }
          };

      ExportReport report =
          GradeExporter.of(Fixtures.client(sis))
              .namespace(Fixtures.NAMESPACE)
              .concurrency(1)
              .listener(listener)
              .export(gb);

      assertThat(report.succeeded()).isTrue();
      assertThat(report.results().created()).isEqualTo(Fixtures.resultCount(gb));
      List<SisWarning> warnings = report.sisWarnings();
      assertThat(warnings).hasSize(2);
      assertThat(warnings).extracting(w -> w.sourcedId()).doesNotHaveDuplicates();
      for (SisWarning w : warnings) {
        assertThat(w.kind()).isEqualTo(ItemKind.RESULT);
        assertThat(w.classSourcedId()).isEqualTo("class-1");
        assertThat(w.student()).isNotNull();
        assertThat(w.assignmentId()).isNotNull();
        assertThat(w.httpStatus()).isBetween(200, 201);
        assertThat(w.info().severity()).isEqualTo("warning");
        assertThat(w.info().codeMinor()).isEqualTo("rounded");
        assertThat(w.info().description())
            .startsWith("score rounded")
            .doesNotContain("\u001b")
            .doesNotContain("\n");
        assertThat(w.describe())
            .startsWith("result " + w.sourcedId() + " (class class-1, student " + w.student())
            .contains(": SIS warning rounded: score rounded");
      }
      assertThat(warned)
          .extracting(o -> o.item().sourcedId())
          .containsExactlyInAnyOrderElementsOf(
              warnings.stream().map(SisWarning::sourcedId).toList());
      assertThat(report.toString()).contains("sisWarnings=2");

      JsonNode json = new ObjectMapper().readTree(report.toJson());
      assertThat(json.path("sisWarnings")).hasSize(2);
      JsonNode first = json.path("sisWarnings").get(0);
      assertThat(first.path("kind").asText()).isEqualTo("result");
      assertThat(first.path("sourcedId").asText()).isEqualTo(warnings.get(0).sourcedId());
      assertThat(first.path("student").asText()).isEqualTo(warnings.get(0).student());
      assertThat(first.path("codeMinor").asText()).isEqualTo("rounded");
      assertThat(first.path("severity").asText()).isEqualTo("warning");
      assertThat(first.path("description").asText()).doesNotContain("\n");
      assertThat(json.path("warnings").isArray()).isTrue();
      assertThat(json.path("failures")).isEmpty();
    }
  }
}
