package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportReportTest {

  @Test
  void toJson_writesExactlyTheDesignShape() throws Exception {
    ExportPlan plan =
        PlannerTest.plan(
            WriteSchedulerTest.RULES,
            PlannerTest.cls(
                PlannerTest.quiz("a1").grade(PlannerTest.graded("s-1", 9)).build(),
                PlannerTest.quiz("a2").grade(PlannerTest.graded("s-2", 5)).build(),
                PlannerTest.quiz("bad").maxPoints(-1).build(),
                PlannerTest.quiz("a3").grade(PlannerTest.graded("ghost", 1)).build()),
            PlannerTest.sis(List.of(), List.of()));
    WriteSchedulerTest.RecordingWriter w = new WriteSchedulerTest.RecordingWriter();
    String failing = PlannerTest.IDS.resultId(PlannerTest.IDS.lineItemId("c-1", "a2"), "s-2");
    w.failing.add(failing);

    ExportReport report =
        new WriteScheduler(
                w, 2, WriteSchedulerTest.NO_EVENTS, WriteGate.OPEN, WriteSchedulerTest.RULES)
            .execute(plan);
    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.properties())
        .extracting(e -> e.getKey())
        // The design's four keys, in order; then the two the report was extended with.
        .containsExactly("lineItems", "results", "failures", "skipped", "warnings", "sisWarnings");
    assertThat(json.get("lineItems").toString())
        .isEqualTo("{\"created\":3,\"updated\":0,\"unchanged\":0,\"deleted\":0,\"failed\":0}");
    assertThat(json.get("results").toString())
        .isEqualTo("{\"created\":1,\"updated\":0,\"unchanged\":0,\"deleted\":0,\"failed\":1}");
    JsonNode failure = json.get("failures").get(0);
    assertThat(failure.properties())
        .extracting(e -> e.getKey())
        .containsExactly(
            "kind",
            "sourcedId",
            "classSourcedId",
            "assignmentId",
            "student",
            "httpStatus",
            "message");
    assertThat(failure.get("kind").asText()).isEqualTo("result");
    assertThat(failure.get("sourcedId").asText()).isEqualTo(failing);
    assertThat(failure.get("classSourcedId").asText()).isEqualTo("c-1");
    assertThat(failure.get("assignmentId").asText()).isEqualTo("a2");
    assertThat(failure.get("student").asText()).isEqualTo("s-2");
    assertThat(failure.get("httpStatus").asInt()).isEqualTo(503);
    assertThat(failure.get("message").asText()).contains("maintenance window");
    assertThat(json.get("skipped")).hasSize(2);
    JsonNode skipped = json.get("skipped").get(0);
    assertThat(skipped.properties())
        .extracting(e -> e.getKey())
        .containsExactly("kind", "assignmentId", "student", "reason");
    assertThat(skipped.get("kind").asText()).isEqualTo("lineItem");
    assertThat(skipped.get("assignmentId").asText()).isEqualTo("bad");
    assertThat(skipped.get("student").isNull()).isTrue();
    assertThat(json.get("skipped").get(1).get("student").asText()).isEqualTo("ghost");
  }

  @Test
  void toJson_ofANoOpRun_hasZeroCountsAndEmptyLists() throws Exception {
    ExportPlan plan =
        PlannerTest.plan(
            WriteSchedulerTest.RULES, PlannerTest.cls(), PlannerTest.sis(List.of(), List.of()));
    ExportReport report =
        new WriteScheduler(
                new WriteSchedulerTest.RecordingWriter(),
                1,
                WriteSchedulerTest.NO_EVENTS,
                WriteGate.OPEN,
                WriteSchedulerTest.RULES)
            .execute(plan);

    assertThat(report.toJson())
        .isEqualTo(
            "{\"lineItems\":{\"created\":0,\"updated\":0,\"unchanged\":0,\"deleted\":0,\"failed\":0},"
                + "\"results\":{\"created\":0,\"updated\":0,\"unchanged\":0,\"deleted\":0,\"failed\":0},"
                + "\"failures\":[],\"skipped\":[],\"warnings\":[],\"sisWarnings\":[]}");
  }
}
