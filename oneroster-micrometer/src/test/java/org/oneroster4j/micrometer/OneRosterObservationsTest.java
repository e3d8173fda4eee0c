package org.oneroster4j.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExportConnection;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.query.Query;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;

/** Requests and exports against the testkit's fake SIS over loopback HTTP, observed for real. */
class OneRosterObservationsTest {
  private FakeSis sis;
  private SimpleMeterRegistry meters;
  private TestObservationRegistry observations;
  private OneRosterClient client;
  private GradeExportConnection connection;

  @BeforeEach
  void start() {
    sis = FakeSis.builder().build().start();
    meters = new SimpleMeterRegistry();
    observations = TestObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    OneRosterObservations bindings = OneRosterObservations.of(observations, meters);
    client =
        sis.clientBuilder()
            .requestListener(bindings.requestListener())
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(3)
                    .baseDelay(Duration.ofMillis(1))
                    .maxDelay(Duration.ofMillis(5))
                    .build())
            .build();
    connection =
        GradeExportConnection.builder()
            .client(client)
            .namespace("observed-lms")
            .exportListener(bindings.exportListener())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    sis.close();
  }

  @Test
  void eachAttempt_isAnObservationAndATimer_taggedByTemplateNeverById() {
    String teacher = sis.seed().teacherId();
    client.classesForTeacher(teacher).stream().count();

    TestObservationRegistryAssert.assertThat(observations)
        .hasAnObservation(
            o ->
                o.hasNameEqualTo(OneRosterObservations.REQUESTS)
                    .hasLowCardinalityKeyValue("vendor", "generic")
                    .hasLowCardinalityKeyValue("version", "1.1")
                    .hasLowCardinalityKeyValue("service", "rostering")
                    .hasLowCardinalityKeyValue("method", "GET")
                    .hasLowCardinalityKeyValue("endpoint", "/teachers/{teacherId}/classes")
                    .hasLowCardinalityKeyValue("attempt", "first")
                    .hasLowCardinalityKeyValue("status", "200")
                    .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                    .hasLowCardinalityKeyValue("exception", "none"));
    Timer classes =
        meters
            .get(OneRosterObservations.REQUESTS)
            .tag("endpoint", "/teachers/{teacherId}/classes")
            .timer();
    assertThat(classes.count()).isEqualTo(1);
    Timer token = meters.get(OneRosterObservations.REQUESTS).tag("endpoint", "token").timer();
    assertThat(token.getId().getTag("service")).isEqualTo("token");
    assertThat(meters.get(OneRosterObservations.PERMIT_WAIT).timer().count()).isEqualTo(2);
    assertNoTagHolds(teacher);
  }

  @Test
  void aRetriedAttempt_isCountedWithItsCause_andTheRetryTaggedAsSuch() {
    sis.faults().next(1).respond(503);

    client.teachers(Query.builder().pageSize(1).build()).iterator().next();

    assertThat(
            meters
                .get(OneRosterObservations.RETRIES)
                .tag("cause", "HTTP 503")
                .tag("endpoint", "/teachers")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            meters
                .get(OneRosterObservations.REQUESTS)
                .tags("endpoint", "/teachers", "attempt", "first")
                .tags("status", "503", "outcome", "SERVER_ERROR")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(
            meters
                .get(OneRosterObservations.REQUESTS)
                .tags("endpoint", "/teachers", "attempt", "retry", "status", "200")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void anAttemptWithoutAnswer_isTaggedWithItsOutcomeAndException() {
    sis.faults().next(1).delay(Duration.ofMillis(1500));

    try (OneRosterClient impatient =
        client.toBuilder().requestTimeout(Duration.ofMillis(200)).build()) {
      impatient.teachers(Query.builder().pageSize(1).build()).iterator().next();
    }

    Timer failed =
        meters
            .get(OneRosterObservations.REQUESTS)
            .tags("endpoint", "/teachers", "status", "none", "outcome", "TIMEOUT")
            .timer();
    assertThat(failed.count()).isEqualTo(1);
    assertThat(failed.getId().getTag("exception")).isNotEqualTo("none");
  }

  @Test
  void anExport_isObserved_andItsItemsCountedByKindActionAndOutcome() {
    Gradebook gradebook = gradebook(sis.seed(), "not-a-student");

    ExportReport first = connection.exporter().export(gradebook);
    ExportReport second = connection.exporter().export(gradebook);

    assertThat(first.succeeded()).isTrue();
    assertThat(second.writes()).isZero();
    TestObservationRegistryAssert.assertThat(observations)
        .hasNumberOfObservationsWithNameEqualTo(OneRosterObservations.EXPORT_DURATION, 2)
        .hasObservationWithNameEqualTo(OneRosterObservations.EXPORT_DURATION)
        .that()
        .hasLowCardinalityKeyValue("vendor", "generic")
        .hasLowCardinalityKeyValue("version", "1.1")
        .hasLowCardinalityKeyValue("outcome", "success")
        .hasBeenStopped();
    assertThat(
            meters
                .get(OneRosterObservations.EXPORT_DURATION)
                .tag("outcome", "success")
                .timer()
                .count())
        .isEqualTo(2);
    assertThat(count("result", "create", "succeeded")).isEqualTo(first.results().created());
    assertThat(count("lineItem", "create", "succeeded")).isEqualTo(1);
    assertThat(count("result", "unchanged", "unchanged")).isEqualTo(first.results().created());
    assertThat(count("lineItem", "unchanged", "unchanged")).isEqualTo(1);
    assertThat(
            meters
                .get(OneRosterObservations.EXPORT_SKIPPED)
                .tag("kind", "result")
                .counter()
                .count())
        .isEqualTo(2); // once per run
    assertNoTagHolds("not-a-student");
    for (String student : sis.seed().studentIds()) {
      assertNoTagHolds(student);
    }
  }

  @Test
  void failedWrites_areCountedAsFailures_andTheRunTaggedFailures() {
    sis.faults().matching("/results/").method("PUT").respond(400);

    ExportReport report = connection.exporter().export(gradebook(sis.seed(), null));

    assertThat(report.succeeded()).isFalse();
    assertThat(count("result", "create", "failed")).isEqualTo(report.results().failed());
    assertThat(
            meters
                .get(OneRosterObservations.EXPORT_FAILURES)
                .tags("kind", "result", "stage", "write")
                .counter()
                .count())
        .isEqualTo(report.results().failed());
    assertThat(
            meters
                .get(OneRosterObservations.EXPORT_DURATION)
                .tag("outcome", "failures")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void sisWarnings_areCountedByKind_neverTaggedWithTheSisText() {
    sis.faults().matching("/results/").method("PUT").times(2).warn("rounded", "score rounded");

    ExportReport report = connection.exporter().export(gradebook(sis.seed(), null));

    assertThat(report.succeeded()).isTrue();
    assertThat(report.sisWarnings()).hasSize(2);
    assertThat(
            meters
                .get(OneRosterObservations.EXPORT_SIS_WARNINGS)
                .tags("vendor", "generic", "version", "1.1", "kind", "result")
                .counter()
                .count())
        .isEqualTo(2);
    assertNoTagHolds("rounded");
    assertNoTagHolds("score rounded");
  }

  @Test
  void anExportTheSisStopsAnswering_isTaggedSisNotAnswering() {
    sis.faults().matching("/").method("PUT").dropConnection();

    ExportReport report =
        connection.exporter().maxUnansweredWrites(1).export(gradebook(sis.seed(), null));

    assertThat(report.stopCause()).isEqualTo(ExportReport.StopCause.SIS_NOT_ANSWERING);
    assertThat(
            meters
                .get(OneRosterObservations.EXPORT_DURATION)
                .tag("outcome", "sis_not_answering")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void anExportThatThrows_isObservedAsAnError() {
    Gradebook otherNamespace =
        Gradebook.builder().namespace("another-lms").addClass(classOf(sis.seed(), null)).build();

    assertThatThrownBy(() -> connection.exporter().export(otherNamespace))
        .isInstanceOf(ValidationException.class);

    TestObservationRegistryAssert.assertThat(observations)
        .hasObservationWithNameEqualTo(OneRosterObservations.EXPORT_DURATION)
        .that()
        .hasLowCardinalityKeyValue("outcome", "error")
        .hasError()
        .hasBeenStopped();
  }

  @Test
  void metricsOnly_withoutAnObservationRegistry_stillRecordsTimers() {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    try (OneRosterClient c =
        sis.clientBuilder()
            .requestListener(OneRosterObservations.of(own).requestListener())
            .build()) {
      c.teachers().stream().count();
    }

    assertThat(own.get(OneRosterObservations.REQUESTS).tag("endpoint", "/teachers").timer().count())
        .isEqualTo(1);
  }

  private double count(String kind, String action, String outcome) {
    return meters
        .get(OneRosterObservations.EXPORT_ITEMS)
        .tags("kind", kind, "action", action, "outcome", outcome)
        .counter()
        .count();
  }

  private void assertNoTagHolds(String value) {
    List<String> tags =
        meters.getMeters().stream()
            .map(Meter::getId)
            .flatMap(id -> id.getTags().stream())
            .map(Tag::getValue)
            .collect(Collectors.toList());
    assertThat(tags).isNotEmpty().noneMatch(t -> t.contains(value));
  }

  private static Gradebook gradebook(Seed seed, String unknownStudent) {
    return Gradebook.builder().addClass(classOf(seed, unknownStudent)).build();
  }

  private static GradebookClass classOf(Seed seed, String unknownStudent) {
    String classId = seed.classIdsOf(seed.teacherId()).get(0);
    Assignment.Builder quiz =
        Assignment.builder()
            .id("quiz-1")
            .title("Quiz 1")
            .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
            .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
            .maxPoints(10);
    for (String student : seed.studentIdsOf(classId).subList(0, 3)) {
      quiz.grade(
          Grade.builder()
              .studentSourcedId(student)
              .score(8)
              .status(ScoreStatus.FULLY_GRADED)
              .build());
    }
    if (unknownStudent != null) {
      quiz.grade(Grade.builder().studentSourcedId(unknownStudent).score(5).build());
    }
    return GradebookClass.builder().classSourcedId(classId).assignment(quiz.build()).build();
  }
}
