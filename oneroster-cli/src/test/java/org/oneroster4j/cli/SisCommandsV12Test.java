package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.testkit.FakeSis;

/** check, classes and export over OneRoster 1.2 against a 1.2 fake SIS on loopback. */
class SisCommandsV12Test {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeSis sis;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sis = FakeSis.builder().vendor("generic").version(OneRosterVersion.V1_2).build().start();
  }

  @AfterAll
  static void stop() {
    sis.close();
  }

  @BeforeEach
  void reset() {
    sis.reset();
  }

  private static Cli.Run run(String command, String url, String... more) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.addAll(
        List.of(
            "--url",
            url,
            "--token-url",
            sis.tokenUrl(),
            "--client-id",
            sis.clientId(),
            "--client-secret",
            sis.clientSecret()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void check_detects12FromTheRoot_exit0() {
    Cli.Run run = run("check", sis.rootUrl());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Connection OK");
    assertThat(sis.requests()).allMatch(r -> !r.path().contains("/v1p1"));
    assertThat(sis.requests()).anyMatch(r -> r.path().contains("/rostering/v1p2/"));
    assertThat(sis.requests()).anyMatch(r -> r.path().contains("/gradebook/v1p2/"));
  }

  @Test
  void check_onerosterFlag_withAHostOnlyUrl_exit0() {
    String host = sis.rootUrl().substring(0, sis.rootUrl().indexOf("/ims/oneroster"));
    Cli.Run run = run("check", host, "--oneroster", "1.2");

    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void check_versionFromTheEnvironment_exit0() {
    String host = sis.rootUrl().substring(0, sis.rootUrl().indexOf("/ims/oneroster"));
    Cli.Run run =
        Cli.run(
            Map.of(
                "ONEROSTER_URL", host,
                "ONEROSTER_VERSION", "1.2",
                "ONEROSTER_TOKEN_URL", sis.tokenUrl(),
                "ONEROSTER_CLIENT_ID", sis.clientId(),
                "ONEROSTER_CLIENT_SECRET", sis.clientSecret()),
            "check");

    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void check_12UrlWith11Flag_isRefusedWithTheUrlToType_exit2() {
    Cli.Run run =
        run("check", sis.serviceUrl(org.oneroster4j.Service.ROSTERING), "--oneroster", "1.1");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("is a OneRoster 1.2 URL", "/ims/oneroster/v1p1");
    assertThat(sis.requests()).isEmpty();
  }

  @Test
  void check_unknownVersion_exit2() {
    Cli.Run run = run("check", sis.rootUrl(), "--oneroster", "2.0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--oneroster 1.1", "--oneroster 1.2");
  }

  @Test
  void check_oauth1With12_isRefusedBeforeAnyRequest_exit2() {
    Cli.Run run = run("check", sis.rootUrl(), "--auth", "oauth1");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("OAuth 2");
    assertThat(sis.requests()).isEmpty();
  }

  @Test
  void classes_json_listsTheTeachersClasses_exit0() throws IOException {
    Cli.Run run =
        run(
            "classes",
            sis.serviceUrl(org.oneroster4j.Service.ROSTERING),
            "--teacher-email",
            sis.teacherEmail(),
            "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode classes = JSON.readTree(run.out());
    assertThat(classes.findValuesAsText("classSourcedId")).contains("class-1", "class-2");
  }

  @Test
  void export_thenAgain_writesNothingTheSecondTime_exit0() throws IOException {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    Path report = dir.resolve("report.json");

    Cli.Run run =
        run(
            "export",
            sis.rootUrl(),
            "--gradebook",
            gradebook.toString(),
            "--report",
            report.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.get("lineItems").get("created").asInt()).isEqualTo(1);
    assertThat(json.get("results").get("created").asInt()).isEqualTo(2);
    assertThat(sis.requests())
        .filteredOn(r -> r.method().equals("PUT"))
        .allMatch(r -> r.path().contains("/gradebook/v1p2/"));

    Cli.Run again = run("export", sis.rootUrl(), "--gradebook", gradebook.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 writes sent");
  }
}
