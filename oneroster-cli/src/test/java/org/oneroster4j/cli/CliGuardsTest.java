package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneroster4j.testkit.FakeSis;

/**
 * What the command line refuses before it sends anything (a --report that would destroy the
 * gradebook or cannot be written, a dot-segment class id), and advice that names its flags and
 * variables rather than the SDK's builder methods.
 */
class CliGuardsTest {
  private static FakeSis sis;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sis = FakeSis.builder().vendor("generic").build().start();
  }

  @AfterAll
  static void stop() {
    sis.close();
  }

  @BeforeEach
  void reset() {
    sis.reset();
  }

  private static Cli.Run export(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "export",
                "--url",
                sis.baseUrl(),
                "--token-url",
                sis.tokenUrl(),
                "--client-id",
                sis.clientId(),
                "--client-secret",
                sis.clientSecret()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private void assertRefusedBeforeAnyRequest(Cli.Run run, String... saying) {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(saying);
    assertThat(sis.requests()).as("requests sent").isEmpty();
  }

  // ------------------------------------------------------------------ --report

  @Test
  void report_sameFileAsTheGradebook_isRefused_andTheGradebookIsKept() throws IOException {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    byte[] before = Files.readAllBytes(gradebook);
    for (String report :
        List.of(
            gradebook.toString(),
            dir.resolve(".").resolve("design-gradebook.json").toString(),
            dir.resolve("sub").resolve("..").resolve("design-gradebook.json").toString())) {
      assertRefusedBeforeAnyRequest(
          export("--gradebook", gradebook.toString(), "--report", report),
          "--report",
          "overwrite the gradebook");
    }
    assertThat(Files.readAllBytes(gradebook)).isEqualTo(before);
  }

  @Test
  void report_throughALinkToTheGradebook_isRefused() throws IOException {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), gradebook);
    assertRefusedBeforeAnyRequest(
        export("--gradebook", gradebook.toString(), "--report", link.toString()),
        "overwrite the gradebook");
  }

  @Test
  void report_inAMissingDirectory_isRefusedBeforeAnythingIsSent() {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    assertRefusedBeforeAnyRequest(
        export(
            "--gradebook",
            gradebook.toString(),
            "--report",
            dir.resolve("no-such-dir").resolve("report.json").toString()),
        "does not exist");
  }

  @Test
  void report_thatIsADirectory_isRefused() {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    assertRefusedBeforeAnyRequest(
        export("--gradebook", gradebook.toString(), "--report", dir.toString()), "directory");
  }

  @Test
  void report_inAReadOnlyDirectory_isRefused() throws IOException {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    Path readOnly = Files.createDirectory(dir.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(readOnly), "running with rights that ignore permissions");
      assertRefusedBeforeAnyRequest(
          export(
              "--gradebook",
              gradebook.toString(),
              "--report",
              readOnly.resolve("report.json").toString()),
          "cannot create a file");
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void report_writable_isStillWritten() throws IOException {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    Path report = dir.resolve("report.json");
    Cli.Run run = export("--gradebook", gradebook.toString(), "--report", report.toString());
    assertThat(run.exitCode()).as(run.toString()).isIn(ExitCodes.OK, ExitCodes.ITEM_FAILURES);
    assertThat(Files.readString(report)).contains("\"lineItems\"");
  }

  // ------------------------------------------------------------------ ids

  @Test
  void gradebook_withAClassIdDotDot_isRefusedBeforeAnythingIsSent() throws IOException {
    Path gradebook = dir.resolve("gradebook.json");
    Files.writeString(
        gradebook,
        "{\"classes\":[{\"classSourcedId\":\"..\",\"assignments\":[{\"id\":\"a1\",\"title\":"
            + "\"Quiz\",\"dueDate\":\"2026-09-08T23:59:00Z\",\"maxPoints\":10}]}]}");
    assertRefusedBeforeAnyRequest(
        export("--gradebook", gradebook.toString()), "classSourcedId", "dot segment");
  }

  // ------------------------------------------------------------------ advice

  @Test
  void missingTokenUrl_namesTheFlagAndTheVariable_notTheBuilderMethod() {
    Cli.Run run =
        Cli.run(
            "check",
            "--url",
            sis.baseUrl(),
            "--client-id",
            sis.clientId(),
            "--client-secret",
            sis.clientSecret());
    assertRefusedBeforeAnyRequest(run, "--token-url", "ONEROSTER_TOKEN_URL");
    assertThat(run.err()).doesNotContain("tokenUrl(");
  }

  @Test
  void urlWithoutAHostName_isEchoedAsTyped_notAsNull() {
    Cli.Run run =
        Cli.run(
            "check",
            "--url",
            "http://127.1/ims/oneroster/v1p1",
            "--token-url",
            sis.tokenUrl(),
            "--client-id",
            "id",
            "--client-secret",
            "secret");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("http://127.1").doesNotContain("null");
  }

  @Test
  void vendorOptionAdvice_namesTheVendorOptionFlag_andTheFlagWorks() {
    List<String> base =
        List.of(
            "check",
            "--vendor",
            "sims",
            "--url",
            "https://oneroster.sims.co.uk",
            "--client-id",
            "id",
            "--client-secret",
            "secret");
    Cli.Run missing = Cli.run(base.toArray(String[]::new));
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err())
        .contains("--vendor-option organisationId")
        .doesNotContain("vendorOption(");

    List<String> bad = new ArrayList<>(base);
    bad.addAll(List.of("--vendor-option", "organisationId"));
    Cli.Run malformed = Cli.run(bad.toArray(String[]::new));
    assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(malformed.err()).contains("NAME=VALUE");
  }

  @Test
  void advice_rewritesEveryBuilderCallTheSdkSuggests() {
    assertThat(Advice.forCli("call tokenUrl(\"https://…/token\") with the token URL"))
        .isEqualTo("give --token-url URL (or set ONEROSTER_TOKEN_URL) with the token URL");
    assertThat(Advice.forCli("or choose version(OneRosterVersion.V1_2)"))
        .isEqualTo("or give --oneroster 1.2 (or set ONEROSTER_VERSION=1.2)");
    assertThat(Advice.forCli("set .vendor(\"skyward\") explicitly")).contains("--vendor skyward");
    assertThat(Advice.forCli("with vendorCredentials(key, secret)."))
        .contains("--vendor-key and --vendor-secret");
    assertThat(Advice.forCli("set vendorOption(\"organisationId\", \"…\")"))
        .isEqualTo("give --vendor-option organisationId=…");
    assertThat(Advice.forCli("(callTimeout), ...; try again later, or raise callTimeout(Duration)"))
        .doesNotContain("callTimeout")
        .contains("--timeout");
    assertThat(Advice.forCli("raise maxListItems(int), or iterate")).doesNotContain("maxListItems");
    assertThat(
            Advice.forCli(
                "The SIS is rate limiting this client; lower the concurrency (maxConcurrency(int),"
                    + " or GradeExporter.concurrency(int) for an export) or try again later."))
        .contains("--concurrency N")
        .doesNotContain("maxConcurrency");
    assertThat(
            Advice.forCli(
                "The response to GET /users is larger than the limit of 5 bytes; ask for smaller"
                    + " pages (Query.builder().pageSize(n)) or raise maxResponseBytes(long)"))
        .doesNotContain("maxResponseBytes")
        .doesNotContain("Query.")
        .contains("64 MiB");
    assertThat(
            Advice.forCli(
                "call credentials(Credentials.clientCredentials(clientId, clientSecret)) for OAuth"
                    + " 2, or Credentials.oauth1(key, secret) for OAuth 1.0a"))
        .contains("--client-id and --client-secret")
        .contains("--auth oauth1");
  }
}
