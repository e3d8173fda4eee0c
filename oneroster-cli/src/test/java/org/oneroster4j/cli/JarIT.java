package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code oneroster.jar}, run as a user runs it: {@code fake-sis} in one process,
 * {@code export} (and friends) in others. Runs in the integration-test phase, after shading.
 */
class JarIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR =
      Path.of(System.getProperty("oneroster.jar", "target/oneroster.jar"));
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private static final String SECRET = "it-secret-5d1c";

  private static Process fakeSis;
  private static JsonNode sis;

  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  @BeforeAll
  static void startFakeSis() throws IOException {
    assertThat(JAR).as("run `mvn package` first").isRegularFile();
    fakeSis =
        new ProcessBuilder(
                JAVA, "-jar", JAR.toString(), "fake-sis", "--port", "0", "--client-secret", SECRET)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(fakeSis.getInputStream(), StandardCharsets.UTF_8));
    String first = lines.readLine();
    assertThat(first).as("fake-sis startup line").isNotNull();
    sis = JSON.readTree(first);
    // the fake SIS's own credentials are its output: not masked like a user's secrets
    assertThat(sis.get("clientSecret").asText()).isEqualTo(SECRET);
  }

  @AfterAll
  static void stopFakeSis() throws InterruptedException {
    if (fakeSis != null) {
      fakeSis.destroy();
      if (!fakeSis.waitFor(30, TimeUnit.SECONDS)) {
        fakeSis.destroyForcibly();
      }
    }
  }

  private Result oneroster(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("ONEROSTER_"));
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("oneroster " + String.join(" ", args) + " did not finish");
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Map<String, String> connectionEnv() {
    return Map.of(
        "ONEROSTER_URL", sis.get("baseUrl").asText(),
        "ONEROSTER_TOKEN_URL", sis.get("tokenUrl").asText(),
        "ONEROSTER_CLIENT_ID", sis.get("clientId").asText(),
        "ONEROSTER_CLIENT_SECRET", sis.get("clientSecret").asText());
  }

  @Test
  void export_designGradebook_againstFakeSisInAnotherProcess() throws Exception {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    Path report = dir.resolve("report.json");

    Result first =
        oneroster(
            Map.of(),
            "export",
            "--gradebook",
            gradebook.toString(),
            "--report",
            report.toString(),
            "--url",
            sis.get("baseUrl").asText(),
            "--token-url",
            sis.get("tokenUrl").asText(),
            "--client-id",
            sis.get("clientId").asText(),
            "--client-secret",
            sis.get("clientSecret").asText());

    assertThat(first.exitCode()).as(first.toString()).isZero();
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.get("lineItems").get("created").asInt()).isEqualTo(1);
    assertThat(json.get("results").get("created").asInt()).isEqualTo(2);
    assertThat(json.get("failures")).isEmpty();
    assertThat(first.err()).contains("(100%)");

    Result again = oneroster(connectionEnv(), "export", "--gradebook", gradebook.toString());

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("0 writes sent");
  }

  @Test
  void check_and_classes_againstFakeSisInAnotherProcess() throws Exception {
    Result check = oneroster(connectionEnv(), "check");
    Result classes =
        oneroster(
            connectionEnv(),
            "classes",
            "--teacher-email",
            sis.get("teacherEmail").asText(),
            "--json");

    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(classes.exitCode()).as(classes.toString()).isZero();
    assertThat(JSON.readTree(classes.out()).isArray()).isTrue();
  }

  @Test
  void verbose_logsDebugOnStderr_andOnlyThen() throws Exception {
    Result quiet = oneroster(connectionEnv(), "check");
    Result verbose = oneroster(connectionEnv(), "-v", "check");

    assertThat(quiet.err()).doesNotContain("DEBUG");
    assertThat(verbose.err()).contains("DEBUG");
    assertThat(verbose.out()).doesNotContain("DEBUG");
    assertThat(verbose.out() + verbose.err()).doesNotContain(sis.get("clientSecret").asText());
  }

  @Test
  void demo_runsFromTheJar_exit0() throws Exception {
    Result demo = oneroster(Map.of(), "demo");

    assertThat(demo.exitCode()).as(demo.toString()).isZero();
    assertThat(demo.out()).contains("0 writes:");
  }

  @Test
  void version_comesFromTheBuild() throws Exception {
    Result version = oneroster(Map.of(), "--version");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).matches("(?s)oneroster \\d+\\.\\d+\\.\\d+.*");
  }
}
