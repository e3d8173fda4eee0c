package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.RefusingPort;

/** check, classes and export against a fake SIS on loopback, run in this process. */
class SisCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeSis sis;

  @TempDir Path dir;

  /** A SIS that is down: every connection to it is refused. */
  private static RefusingPort down;

  @BeforeAll
  static void start() {
    sis = FakeSis.builder().vendor("generic").build().start();
    down = RefusingPort.open();
  }

  @AfterAll
  static void stop() {
    sis.close();
    down.close();
  }

  @BeforeEach
  void reset() {
    sis.reset();
    sis.faults().clear();
  }

  private static List<String> connection(String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--url",
            sis.baseUrl(),
            "--token-url",
            sis.tokenUrl(),
            "--client-id",
            sis.clientId(),
            "--client-secret",
            sis.clientSecret()));
    args.addAll(List.of(more));
    return args;
  }

  private static Cli.Run run(String command, String... more) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.addAll(connection(more));
    return Cli.run(args.toArray(String[]::new));
  }

  // ------------------------------------------------------------------ check

  @Test
  void check_workingConnection_printsDiagnosis_exit0() {
    Cli.Run run = run("check");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Checking " + sis.baseUrl(), "ok ", "Connection OK");
  }

  @Test
  void check_readsTheConnectionFromTheEnvironment_exit0() {
    Map<String, String> env =
        Map.of(
            "ONEROSTER_URL", sis.baseUrl(),
            "ONEROSTER_TOKEN_URL", sis.tokenUrl(),
            "ONEROSTER_CLIENT_ID", sis.clientId(),
            "ONEROSTER_CLIENT_SECRET", sis.clientSecret());

    Cli.Run run = Cli.run(env, "check");

    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void check_flagWinsOverTheEnvironment() {
    Map<String, String> env =
        Map.of(
            "ONEROSTER_URL", sis.baseUrl(),
            "ONEROSTER_TOKEN_URL", sis.tokenUrl(),
            "ONEROSTER_CLIENT_ID", sis.clientId(),
            "ONEROSTER_CLIENT_SECRET", "not-the-secret");

    assertThat(Cli.run(env, "check").exitCode()).isEqualTo(ExitCodes.AUTH);
    assertThat(Cli.run(env, "check", "--client-secret", sis.clientSecret()).exitCode()).isZero();
  }

  @Test
  void check_rejectedSecret_explainsTheProblem_exit3() {
    Cli.Run run =
        Cli.run(
            "check",
            "--url",
            sis.baseUrl(),
            "--token-url",
            sis.tokenUrl(),
            "--client-id",
            sis.clientId(),
            "--client-secret",
            "wrong-secret");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(run.out()).contains("FAIL", "Problem: CREDENTIALS_REJECTED");
  }

  @Test
  void check_infiniteCampusWithoutVendorCredentials_namesTheFlags_exit3() {
    try (FakeSis campus = FakeSis.builder().vendor("infinitecampus").build().start()) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "check",
                  "--vendor",
                  "infinitecampus",
                  "--url",
                  campus.adminUrl(),
                  "--token-url",
                  campus.tokenUrl(),
                  "--client-id",
                  campus.clientId(),
                  "--client-secret",
                  campus.clientSecret()));

      Cli.Run without = Cli.run(args.toArray(String[]::new));
      args.addAll(
          List.of("--vendor-key", campus.vendorKey(), "--vendor-secret", campus.vendorSecret()));
      Cli.Run with = Cli.run(args.toArray(String[]::new));

      assertThat(without.exitCode()).as(without.toString()).isEqualTo(ExitCodes.AUTH);
      assertThat(without.out())
          .contains("VENDOR_HEADER_MISSING", "--vendor-key", "--vendor-secret");
      assertThat(with.exitCode()).as(with.toString()).isZero();
    }
  }

  @Test
  void check_vendorKeyWithoutItsSecret_exit2() {
    Cli.Run run = run("check", "--vendor-key", "k-1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--vendor-secret");
  }

  @Test
  void check_nothingListening_exit4() throws IOException {
    String base = down.origin();

    Cli.Run run =
        Cli.run(
            "check",
            "--url",
            base + "/ims/oneroster/v1p1",
            "--token-url",
            base + "/token",
            "--client-id",
            "id",
            "--client-secret",
            "secret");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(run.out()).contains("Problem: ");
  }

  @Test
  void check_notOneRosterAtThatPath_exit4() {
    sis.faults().matching("/teachers").respond(404);

    Cli.Run run = run("check");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
  }

  @Test
  void check_plainHttpToAnotherHost_isRefused_exit2() {
    Cli.Run run =
        Cli.run(
            "check",
            "--url",
            "http://sis.example.org",
            "--client-id",
            "id",
            "--client-secret",
            "secret");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("only https://");
  }

  @Test
  void check_noUrl_namesTheFlagAndTheVariable_exit2() {
    Cli.Run run = Cli.run("check", "--client-id", "id", "--client-secret", "secret");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--url", "ONEROSTER_URL");
  }

  @Test
  void check_unknownAuthOrSignatureMethod_exit2() {
    assertThat(run("check", "--auth", "basic").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("check", "--auth", "oauth1", "--signature-method", "RSA-SHA1").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void check_oauth1AgainstAnOauth1Sis_exit0() {
    try (FakeSis oauth1 = FakeSis.builder().auth(FakeSis.Auth.OAUTH1).build().start()) {
      for (String method : List.of("HMAC-SHA256", "HMAC-SHA1")) {
        Cli.Run run =
            Cli.run(
                "check",
                "--url",
                oauth1.baseUrl(),
                "--auth",
                "oauth1",
                "--signature-method",
                method,
                "--client-id",
                oauth1.clientId(),
                "--client-secret",
                oauth1.clientSecret());

        assertThat(run.exitCode()).as(method + "\n" + run).isZero();
      }
    }
  }

  // ------------------------------------------------------------------ classes

  @Test
  void classes_listsTheTeachersActiveClassesAsATable_exit0() {
    Cli.Run run = run("classes", "--teacher-email", sis.teacherEmail());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .contains("sourcedId", "title", "course", "term");
    assertThat(run.out()).contains("class-1", "class-2").doesNotContain("class-3");
  }

  @Test
  void classes_json_isAnArrayOfClasses_exit0() throws IOException {
    Cli.Run run = run("classes", "--teacher-email", sis.teacherEmail(), "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode classes = JSON.readTree(run.out());
    assertThat(classes.isArray()).isTrue();
    assertThat(classes.findValuesAsText("classSourcedId")).containsExactly("class-1", "class-2");
    assertThat(classes.get(0).get("title").asText()).isNotBlank();
  }

  @Test
  void classes_unknownTeacher_exit2() {
    Cli.Run run = run("classes", "--teacher-email", "nobody@example.org");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("oneroster classes:");
  }

  @Test
  void classes_withoutTeacherEmail_exit2() {
    Cli.Run run = run("classes");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--teacher-email");
  }

  // ------------------------------------------------------------------ export

  @Test
  void export_designGradebook_writesTheReportJson_exit0() throws IOException {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    Path report = dir.resolve("report.json");

    Cli.Run run = run("export", "--gradebook", gradebook.toString(), "--report", report.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.fieldNames())
        .toIterable()
        // The design's four keys, in order; then the two the report was extended with.
        .containsExactly("lineItems", "results", "failures", "skipped", "warnings", "sisWarnings");
    assertThat(json.get("lineItems").fieldNames())
        .toIterable()
        .containsExactly("created", "updated", "unchanged", "deleted", "failed");
    assertThat(json.get("lineItems").get("created").asInt()).isEqualTo(1);
    assertThat(json.get("results").get("created").asInt()).isEqualTo(2);
    assertThat(json.get("failures")).isEmpty();
    assertThat(run.out()).contains("Exported.", "Report written to");
    assertThat(run.err()).contains("Planned 3 writes", "(100%)");
  }

  @Test
  void export_sisWarnings_arePrinted_cleaned_andWrittenToTheReport_exit0() throws IOException {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    Path report = dir.resolve("report.json");
    sis.faults()
        .matching("/results/")
        .method("PUT")
        .times(1)
        .warn("rounded", "score rounded\u001b[31m to 1 decimal");

    Cli.Run run = run("export", "--gradebook", gradebook.toString(), "--report", report.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Accepted by the SIS with warnings (1):", "rounded", "to 1 decimal")
        .doesNotContain("\u001b");
    JsonNode warnings = JSON.readTree(report.toFile()).get("sisWarnings");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).get("kind").asText()).isEqualTo("result");
    assertThat(warnings.get(0).get("codeMinor").asText()).isEqualTo("rounded");
  }

  @Test
  void export_again_writesNothing() {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    assertThat(run("export", "--gradebook", gradebook.toString()).exitCode()).isZero();

    Cli.Run again = run("export", "--gradebook", gradebook.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 writes sent").containsPattern("lineItems +0 +0 +1 +0 +0");
  }

  @Test
  void export_dryRun_showsThePlanAndWritesNothing_exit0() {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    sis.clearRequests();

    Cli.Run run = run("export", "--gradebook", gradebook.toString(), "--dry-run");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Dry run").containsPattern("lineItems +1 +0 +0 +0");
    assertThat(sis.requests())
        .noneMatch(r -> !r.method().equals("GET") && !r.path().contains("token"));
  }

  @Test
  void export_someWritesRefused_reportsThem_exit1() throws IOException {
    sis.faults().matching("/results/").method("PUT").respond(400);
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    Path report = dir.resolve("report.json");

    Cli.Run run = run("export", "--gradebook", gradebook.toString(), "--report", report.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ITEM_FAILURES);
    assertThat(run.out()).contains("Exported with failures", "Failed (2)");
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.get("results").get("failed").asInt()).isEqualTo(2);
    assertThat(json.get("lineItems").get("created").asInt()).isEqualTo(1);
    JsonNode failure = json.get("failures").get(0);
    assertThat(failure.get("kind").asText()).isEqualTo("result");
    assertThat(failure.get("httpStatus").asInt()).isEqualTo(400);
    assertThat(failure.get("assignmentId").asText()).isEqualTo("a1");
  }

  /**
   * A gradebook of twelve assignments in every class (far more lineItems than the unanswered writes
   * in a row after which an export stops), written to a file, against a SIS that answers the check
   * and the reads, then no write at all.
   */
  private Path gradebookForASilentSis() throws IOException {
    ObjectNode book = JSON.createObjectNode().put("namespace", "cli-test");
    ArrayNode classes = book.putArray("classes");
    for (String classId : sis.seed().classIds()) {
      ObjectNode c = classes.addObject().put("classSourcedId", classId);
      ArrayNode assignments = c.putArray("assignments");
      for (int a = 1; a <= 12; a++) {
        ObjectNode assignment =
            assignments
                .addObject()
                .put("id", "quiz-" + a)
                .put("title", "Quiz " + a)
                .put("assignDate", "2026-09-01T00:00:00Z")
                .put("dueDate", "2026-09-08T23:59:00Z")
                .put("maxPoints", 10);
        ArrayNode grades = assignment.putArray("grades");
        for (String student : sis.seed().studentIdsOf(classId)) {
          grades.addObject().put("studentSourcedId", student).put("score", 7);
        }
      }
    }
    assertThat(sis.seed().classIds().size() * 12).isGreaterThan(18);
    Path gradebook = dir.resolve("silent-sis.json");
    JSON.writeValue(gradebook.toFile(), book);
    sis.faults().matching("/").method("PUT").dropConnection();
    return gradebook;
  }

  private List<String> triedWrites() {
    return sis.requests().stream()
        .filter(r -> r.method().equals("PUT"))
        .map(RecordedRequest::path)
        .distinct()
        .toList();
  }

  @Test
  void export_sisStopsAnsweringWrites_stopsSendingThem_exit4() throws IOException {
    Path gradebook = gradebookForASilentSis();

    Cli.Run run = run("export", "--gradebook", gradebook.toString(), "--concurrency", "8");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(run.out())
        .contains("Stopped: writes in a row got no answer from the SIS", "writes not sent");
    // The ten in a row, and at most the seven others already in flight then; no result, as
    // every lineItem failed.
    assertThat(triedWrites()).allMatch(p -> p.contains("/lineItems/")).hasSizeBetween(10, 10 + 7);
  }

  @Test
  void export_maxUnansweredWrites_setsHowManyInARowStopTheExport() throws IOException {
    Path gradebook = gradebookForASilentSis();

    Cli.Run run =
        run(
            "export",
            "--gradebook",
            gradebook.toString(),
            "--concurrency",
            "1",
            "--max-unanswered-writes",
            "3");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(run.out()).contains("Stopped: writes in a row got no answer from the SIS");
    // One write at a time: exactly the three in a row.
    assertThat(triedWrites()).hasSize(3).allMatch(p -> p.contains("/lineItems/"));
  }

  @Test
  void export_maxUnansweredWritesBelowZero_exit2_beforeAnyRequest() {
    Path gradebook = Cli.resource("design-gradebook.json", dir);

    Cli.Run run =
        run("export", "--gradebook", gradebook.toString(), "--max-unanswered-writes", "-1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--max-unanswered-writes must be 0 (never stop) or more");
    assertThat(sis.requests()).isEmpty();
  }

  @Test
  void export_rejectedSecret_exit3_beforeAnyWrite() {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    List<String> args =
        new ArrayList<>(
            List.of(
                "export",
                "--gradebook",
                gradebook.toString(),
                "--url",
                sis.baseUrl(),
                "--token-url",
                sis.tokenUrl(),
                "--client-id",
                sis.clientId(),
                "--client-secret",
                "wrong-secret"));

    Cli.Run run = Cli.run(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.AUTH);
    assertThat(sis.requests()).noneMatch(r -> r.method().equals("PUT"));
  }

  @Test
  void export_invalidGradebookFile_listsTheProblems_exit2() throws IOException {
    Path gradebook = dir.resolve("bad.json");
    Files.writeString(
        gradebook, "{\"classes\": [{\"classSourcedId\": \"class-1\", \"assignments\": 7}]}");

    Cli.Run run = run("export", "--gradebook", gradebook.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("assignments");
  }

  @Test
  void export_missingGradebookFile_exit2() {
    Cli.Run run = run("export", "--gradebook", dir.resolve("nope.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no such file");
  }

  @Test
  void export_concurrencyBelowOne_exit2() {
    Path gradebook = Cli.resource("design-gradebook.json", dir);

    assertThat(run("export", "--gradebook", gradebook.toString(), "--concurrency", "0").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(run("export", "--gradebook", gradebook.toString(), "--concurrency", "x").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void export_namespaceDifferentFromTheGradebooks_isRefused_exit2() {
    Path gradebook = Cli.resource("design-gradebook.json", dir);

    Cli.Run run = run("export", "--gradebook", gradebook.toString(), "--namespace", "other");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("namespace");
    assertThat(sis.requests()).noneMatch(r -> r.method().equals("PUT"));
  }

  @Test
  void export_serverDown_exit4() throws IOException {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    String base = down.origin();

    Cli.Run run =
        Cli.run(
            "export",
            "--gradebook",
            gradebook.toString(),
            "--url",
            base + "/ims/oneroster/v1p1",
            "--token-url",
            base + "/token",
            "--client-id",
            "id",
            "--client-secret",
            "secret");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
  }
}
