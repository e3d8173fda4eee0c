package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneroster4j.testkit.FakeSis;

/**
 * Secrets given by flag or by environment never reach stdout, stderr or the logs, even with
 * --verbose. The test JVM logs at DEBUG (see the pom) and this test captures System.out and
 * System.err too, where slf4j-simple writes.
 */
class SecretsTest {
  private static final String CLIENT_SECRET = "cs-4f9a1e77-client-secret";
  private static final String VENDOR_SECRET = "vs-0b3d5c21-vendor-secret";

  private static FakeSis generic;
  private static FakeSis campus;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    generic = FakeSis.builder().clientSecret(CLIENT_SECRET).build().start();
    campus =
        FakeSis.builder()
            .vendor("infinitecampus")
            .clientSecret(CLIENT_SECRET)
            .vendorCredentials("vendor-key-1", VENDOR_SECRET)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    generic.close();
    campus.close();
  }

  /** Output of one run, including what went to the real System.out/System.err meanwhile. */
  private record Captured(Cli.Run run, String systemOut, String systemErr) {
    String all() {
      return run.out() + run.err() + systemOut + systemErr;
    }
  }

  private static Captured capture(Supplier<Cli.Run> body) {
    PrintStream realOut = System.out;
    PrintStream realErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      Cli.Run run = body.get();
      return new Captured(
          run, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(realOut);
      System.setErr(realErr);
    }
  }

  private static void assertNoSecret(Captured c) {
    assertThat(c.all()).as(c.run().toString()).doesNotContain(CLIENT_SECRET, VENDOR_SECRET);
  }

  private List<String> gradebook() {
    return List.of("--gradebook", Cli.resource("design-gradebook.json", dir).toString());
  }

  @Test
  void secretsByFlag_neverPrinted_evenWithVerbose() {
    List<Captured> runs = new ArrayList<>();
    for (String command : List.of("check", "classes", "export")) {
      List<String> args = new ArrayList<>(List.of("--verbose", command));
      args.addAll(
          List.of(
              "--url",
              campus.adminUrl(),
              "--vendor",
              "infinitecampus",
              "--token-url",
              campus.tokenUrl(),
              "--client-id",
              campus.clientId(),
              "--client-secret",
              CLIENT_SECRET,
              "--vendor-key",
              campus.vendorKey(),
              "--vendor-secret",
              VENDOR_SECRET));
      if (command.equals("classes")) {
        args.addAll(List.of("--teacher-email", campus.teacherEmail()));
      }
      if (command.equals("export")) {
        args.addAll(gradebook());
      }
      runs.add(capture(() -> Cli.run(args.toArray(String[]::new))));
    }

    assertThat(runs)
        .allSatisfy(c -> assertThat(c.run().exitCode()).as(c.run().toString()).isIn(0, 1));
    runs.forEach(SecretsTest::assertNoSecret);
    // the logs were on and captured, so their silence about secrets means something
    assertThat(runs.get(0).systemErr()).contains("DEBUG");
  }

  @Test
  void secretsByEnvironment_neverPrinted_evenWithVerbose() {
    Map<String, String> env =
        Map.of(
            "ONEROSTER_URL", campus.adminUrl(),
            "ONEROSTER_TOKEN_URL", campus.tokenUrl(),
            "ONEROSTER_CLIENT_ID", campus.clientId(),
            "ONEROSTER_CLIENT_SECRET", CLIENT_SECRET,
            "ONEROSTER_VENDOR_KEY", campus.vendorKey(),
            "ONEROSTER_VENDOR_SECRET", VENDOR_SECRET);

    Captured check = capture(() -> Cli.run(env, "-v", "check", "--vendor", "infinitecampus"));
    List<String> export = new ArrayList<>(List.of("export", "-v", "--vendor", "infinitecampus"));
    export.addAll(gradebook());
    Captured exported = capture(() -> Cli.run(env, export.toArray(String[]::new)));

    assertThat(check.run().exitCode()).as(check.run().toString()).isZero();
    assertThat(exported.run().exitCode()).as(exported.run().toString()).isIn(0, 1);
    assertNoSecret(check);
    assertNoSecret(exported);
    assertThat(check.systemErr()).contains("DEBUG");
  }

  @Test
  void secretsInRejectedOrMistypedCommandLines_neverEchoed() {
    List<Captured> runs = new ArrayList<>();
    // picocli echoes unmatched arguments; a secret given to a misspelt option is one
    runs.add(
        capture(
            () ->
                Cli.run(
                    "-v",
                    "check",
                    "--client-secret",
                    CLIENT_SECRET,
                    "--clientsecret",
                    CLIENT_SECRET)));
    runs.add(
        capture(() -> Cli.run("-v", "check", "--client-secret=" + CLIENT_SECRET, CLIENT_SECRET)));
    runs.add(capture(() -> Cli.run("-v", "vendors", "--vendor-secret", VENDOR_SECRET)));
    // a rejected secret: the SIS says no, the CLI explains, the secret stays hidden
    runs.add(
        capture(
            () ->
                Cli.run(
                    Map.of("ONEROSTER_CLIENT_SECRET", CLIENT_SECRET + "-wrong"),
                    "-v",
                    "check",
                    "--url",
                    generic.baseUrl(),
                    "--token-url",
                    generic.tokenUrl(),
                    "--client-id",
                    generic.clientId())));
    // plain http to another host is refused before anything is sent
    runs.add(
        capture(
            () ->
                Cli.run(
                    "-v",
                    "check",
                    "--url",
                    "http://sis.example.org",
                    "--client-id",
                    "id",
                    "--client-secret",
                    CLIENT_SECRET)));

    assertThat(runs).extracting(c -> c.run().exitCode()).containsExactly(2, 2, 2, 3, 2);
    runs.forEach(SecretsTest::assertNoSecret);
    assertThat(runs.get(0).run().err()).contains("Unknown option", Redactor.MASK);
  }
}
