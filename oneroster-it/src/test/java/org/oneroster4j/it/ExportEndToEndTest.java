package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.it.Fixtures.IDS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ClassLink;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExportConnection;
import org.oneroster4j.export.GradeExportUnavailableException;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.export.ItemKind;
import org.oneroster4j.export.LmsStudent;
import org.oneroster4j.export.SisClass;
import org.oneroster4j.export.SkippedItem;
import org.oneroster4j.export.StudentMatch;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

class ExportEndToEndTest {

  private static Gradebook twoClasses(FakeSis sis) {
    Seed seed = sis.seed();
    return Fixtures.gradebook(seed, seed.classIdsOf(seed.teacherId()).subList(0, 2), 3);
  }

  private static ExportReport export(OneRosterClient client, Gradebook gb) {
    return GradeExporter.of(client).namespace(Fixtures.NAMESPACE).export(gb);
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  void export_ofAMultiClassGradebook_createsExactlyTheExpectedItems_thenASecondRunWritesNothing(
      String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      Fixtures.Baseline baseline = Fixtures.Baseline.of(sis);
      OneRosterClient client = Fixtures.client(sis);
      Gradebook gb = twoClasses(sis);

      ExportReport first = export(client, gb);

      assertThat(first.failures()).isEmpty();
      assertThat(first.skipped()).isEmpty();
      assertThat(first.lineItems().created()).isEqualTo(Fixtures.lineItemCount(gb));
      assertThat(first.results().created()).isEqualTo(Fixtures.resultCount(gb));
      Fixtures.assertSisMatches(sis, baseline, gb);

      Fixtures.clearRequests(sis);
      ExportReport second = export(client, gb);

      assertThat(Fixtures.writes(sis, 0)).isEmpty();
      assertThat(second.writes()).isZero();
      assertThat(second.lineItems().unchanged()).isEqualTo(Fixtures.lineItemCount(gb));
      assertThat(second.results().unchanged()).isEqualTo(Fixtures.resultCount(gb));
      Fixtures.assertSisMatches(sis, baseline, gb);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  void export_afterOneGradeChanged_sendsExactlyOnePut(String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      Fixtures.Baseline baseline = Fixtures.Baseline.of(sis);
      OneRosterClient client = Fixtures.client(sis);
      Gradebook gb = twoClasses(sis);
      export(client, gb);

      GradebookClass c = gb.classes().get(1);
      Assignment a = c.assignments().get(2);
      Grade g = a.grades().get(1);
      Grade changed = g.toBuilder().score(g.score() == null ? 3.0 : g.score() + 0.5).build();
      List<Grade> grades = new ArrayList<>(a.grades());
      grades.set(1, changed);
      List<Assignment> assignments = new ArrayList<>(c.assignments());
      assignments.set(2, a.toBuilder().grades(grades).build());
      List<GradebookClass> classes = new ArrayList<>(gb.classes());
      classes.set(1, c.toBuilder().assignments(assignments).build());
      Gradebook edited = gb.toBuilder().classes(classes).build();
      Fixtures.clearRequests(sis);

      ExportReport report = export(client, edited);

      List<RecordedRequest> writes = Fixtures.writes(sis, 1);
      String resultId =
          IDS.resultId(IDS.lineItemId(c.classSourcedId(), a.id()), g.studentSourcedId());
      assertThat(writes)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.method()).isEqualTo("PUT");
                assertThat(r.path()).endsWith("/results/" + resultId);
              });
      assertThat(report.results().updated()).isEqualTo(1);
      assertThat(report.writes()).isEqualTo(1);
      Fixtures.assertSisMatches(sis, baseline, edited);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  void export_ofADeletedAssignment_deletesItsResultsAndLineItem(String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      Fixtures.Baseline baseline = Fixtures.Baseline.of(sis);
      OneRosterClient client = Fixtures.client(sis);
      Gradebook gb = twoClasses(sis);
      export(client, gb);
      GradebookClass c = gb.classes().get(0);
      Assignment gone = c.assignments().get(0);
      List<Assignment> assignments = new ArrayList<>(c.assignments());
      assignments.set(0, gone.toBuilder().deleted(true).build());
      List<GradebookClass> classes = new ArrayList<>(gb.classes());
      classes.set(0, c.toBuilder().assignments(assignments).build());
      Gradebook edited = gb.toBuilder().classes(classes).build();
      Fixtures.clearRequests(sis);

      ExportReport report = export(client, edited);

      String lineItemId = IDS.lineItemId(c.classSourcedId(), gone.id());
      assertThat(report.lineItems().deleted()).isEqualTo(1);
      assertThat(report.results().deleted()).isEqualTo(gone.grades().size());
      assertThat(report.failures()).isEmpty();
      assertThat(SisContents.lineItems(sis)).noneMatch(li -> li.sourcedId().equals(lineItemId));
      List<RecordedRequest> writes = Fixtures.writes(sis, gone.grades().size() + 1);
      assertThat(writes).hasSize(gone.grades().size() + 1);
      assertThat(writes).allMatch(r -> r.method().equals("DELETE"));
      assertThat(writes.get(writes.size() - 1).path()).endsWith("/lineItems/" + lineItemId);
      Fixtures.assertSisMatches(sis, baseline, edited);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  void export_reportsInvalidItemsWithReasons_sendsNothingForThem_andExportsTheValidOnes(
      String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      Seed seed = sis.seed();
      String classId = seed.classIdsOf(seed.teacherId()).get(0);
      String student = seed.studentIdsOf(classId).get(0);
      Instant due = Fixtures.FIRST_DUE;
      List<Assignment> invalid =
          new ArrayList<>(
              List.of(
                  Assignment.builder().id("blank").title(" ").maxPoints(10).dueDate(due).build(),
                  Assignment.builder().id("zero").title("Zero").maxPoints(0).dueDate(due).build(),
                  Assignment.builder()
                      .id("nan")
                      .title("NaN score")
                      .maxPoints(10)
                      .dueDate(due)
                      .grade(Grade.builder().studentSourcedId(student).score(Double.NaN).build())
                      .build(),
                  Assignment.builder()
                      .id("stranger")
                      .title("Unknown student")
                      .maxPoints(10)
                      .dueDate(due)
                      .grade(Grade.builder().studentSourcedId("not-enrolled").score(1).build())
                      .build()));
      if (flavour.equals("skyward")) {
        invalid.add(Assignment.builder().id("nodue").title("No due date").maxPoints(10).build());
        invalid.add(
            Assignment.builder().id("half").title("Half").maxPoints(9.5).dueDate(due).build());
      }
      Assignment valid =
          Assignment.builder()
              .id("valid")
              .title("Valid")
              .maxPoints(10)
              .dueDate(due)
              .grade(Grade.builder().studentSourcedId(student).score(7).build())
              .build();
      List<Assignment> all = new ArrayList<>(invalid);
      all.add(valid);
      Gradebook gb =
          Gradebook.builder()
              .addClass(GradebookClass.builder().classSourcedId(classId).assignments(all).build())
              .build();

      ExportReport report = export(Fixtures.client(sis), gb);

      assertThat(report.skipped())
          .filteredOn(s -> s.kind() == ItemKind.LINE_ITEM)
          .extracting(SkippedItem::assignmentId)
          .containsExactlyElementsOf(
              flavour.equals("skyward")
                  ? List.of("blank", "zero", "nodue", "half")
                  : List.of("blank", "zero"));
      assertThat(report.skipped())
          .filteredOn(s -> s.kind() == ItemKind.RESULT)
          .extracting(SkippedItem::assignmentId)
          .containsExactly("nan", "stranger");
      assertThat(report.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
      Fixtures.writes(sis, 4);
      for (String bad : List.of("blank", "zero", "nodue", "half")) {
        String id = IDS.lineItemId(classId, bad);
        assertThat(sis.requests()).noneMatch(r -> r.path().contains(id));
      }
      String nanResult = IDS.resultId(IDS.lineItemId(classId, "nan"), student);
      assertThat(sis.requests()).noneMatch(r -> r.path().contains(nanResult));
      assertThat(report.failures()).isEmpty();
      // Valid assignments are exported, including those whose grades were all invalid.
      assertThat(report.lineItems().created()).isEqualTo(3);
      assertThat(report.results().created()).isEqualTo(1);
      assertThat(SisContents.lineItems(sis).stream().map(li -> li.sourcedId()))
          .contains(IDS.lineItemId(classId, "valid"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  void link_findsTheTeachersClasses_andMatchesStudentsByEmailOrSourcedId(String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      GradeExportConnection connection =
          GradeExportConnection.builder()
              .client(Fixtures.client(sis))
              .namespace(Fixtures.NAMESPACE)
              .gradeExportEnabled(true)
              .build();
      Seed seed = sis.seed();

      List<SisClass> classes = connection.linker().linkableClasses(sis.teacherEmail());

      assertThat(classes)
          .extracting(SisClass::classSourcedId)
          .containsExactlyInAnyOrderElementsOf(seed.classIdsOf(seed.teacherId()));
      SisClass first = classes.get(0);
      assertThat(first.title()).isNotBlank();
      assertThat(first.term()).isNotBlank();
      assertThat(first.course()).isNotBlank();
      List<String> roster = seed.studentIdsOf(first.classSourcedId());
      List<LmsStudent> lms =
          List.of(
              LmsStudent.byEmail("lms-0", seed.emailOf(roster.get(0)).toUpperCase()),
              LmsStudent.bySourcedId("lms-1", roster.get(1)),
              LmsStudent.byEmail("lms-x", "nobody@example.invalid"));

      ClassLink link = connection.linker().link(first, lms);

      assertThat(link.classSourcedId()).isEqualTo(first.classSourcedId());
      assertThat(link.students())
          .containsExactlyInAnyOrder(
              new StudentMatch("lms-0", roster.get(0), StudentMatch.MatchedBy.EMAIL),
              new StudentMatch("lms-1", roster.get(1), StudentMatch.MatchedBy.SOURCED_ID));
      assertThat(link.unmatchedLmsStudents())
          .extracting(LmsStudent::lmsId)
          .containsExactly("lms-x");
      assertThat(link.unmatchedSisStudents())
          .extracting(s -> s.sourcedId())
          .containsExactlyInAnyOrderElementsOf(roster.subList(2, roster.size()));
      assertThat(link.studentSourcedId("lms-0")).contains(roster.get(0));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  void disconnect_stopsUpdates_andReconnect_picksUpThePastExportWithoutDuplicates(String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      Fixtures.Baseline baseline = Fixtures.Baseline.of(sis);
      GradeExportConnection connection =
          GradeExportConnection.builder()
              .client(Fixtures.client(sis))
              .namespace(Fixtures.NAMESPACE)
              .gradeExportEnabled(true)
              .build();
      Gradebook gb = twoClasses(sis);
      assertThat(connection.exporter().export(gb).failures()).isEmpty();

      connection.disconnect();
      Fixtures.clearRequests(sis);

      assertThatThrownBy(() -> connection.exporter().export(gb))
          .isInstanceOfSatisfying(
              GradeExportUnavailableException.class,
              e ->
                  assertThat(e.reason())
                      .isEqualTo(GradeExportUnavailableException.Reason.DISCONNECTED))
          .hasMessageContaining("disconnected");
      assertThatThrownBy(() -> connection.linker())
          .isInstanceOf(GradeExportUnavailableException.class);
      assertThat(sis.requests()).isEmpty();
      Fixtures.assertSisMatches(sis, baseline, gb); // past exports stay in the SIS

      connection.reconnect(Fixtures.client(sis)); // e.g. renewed credentials: a new client
      ExportReport again = connection.exporter().export(gb);

      assertThat(again.writes()).isZero();
      assertThat(again.results().unchanged()).isEqualTo(Fixtures.resultCount(gb));
      Fixtures.assertSisMatches(sis, baseline, gb);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"generic", "infinitecampus", "skyward"})
  void gradeExportSwitchedOff_refusesLinkingAndExport_withAClearError(String flavour) {
    try (FakeSis sis = Fixtures.start(flavour)) {
      GradeExportConnection connection =
          GradeExportConnection.builder().client(Fixtures.client(sis)).build();
      Gradebook gb = twoClasses(sis);
      assertThat(connection.isGradeExportEnabled()).isTrue(); // on by default

      connection.disableGradeExport();

      assertThat(connection.isGradeExportEnabled()).isFalse();
      assertThatThrownBy(connection::linker)
          .isInstanceOfSatisfying(
              GradeExportUnavailableException.class,
              e ->
                  assertThat(e.reason())
                      .isEqualTo(GradeExportUnavailableException.Reason.GRADE_EXPORT_DISABLED))
          .hasMessageContaining("link classes")
          .hasMessageContaining("switched off");
      assertThatThrownBy(connection::exporter)
          .isInstanceOf(GradeExportUnavailableException.class)
          .hasMessageContaining("export grades");
      assertThat(Fixtures.writes(sis, 0)).isEmpty();
      // The administrator's connection check works while export is off.
      assertThat(connection.check().ok()).isTrue();

      connection.enableGradeExport();
      GradeExporter exporter = connection.exporter();
      connection.disableGradeExport();
      assertThatThrownBy(() -> exporter.export(gb))
          .isInstanceOf(GradeExportUnavailableException.class);
      assertThat(Fixtures.writes(sis, 0)).isEmpty();
    }
  }
}
