package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a SIS that trickles, stays silent, sends a broken token or terminal
 * escapes: it ends within its timeout with exit 4, never prints the token or a control character,
 * and advises flags rather than SDK builder methods.
 */
class HostileSisTest {
  private static final Duration SAFETY = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static Cli.Run run(RawSis sis, String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(
        List.of(
            "--url",
            sis.baseUrl(),
            "--token-url",
            sis.tokenUrl(),
            "--client-id",
            "id-1",
            "--client-secret",
            "secret-1"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertNoControlCharacters(Cli.Run run) {
    for (String text : List.of(run.out(), run.err())) {
      assertThat(text.chars().filter(c -> c == 0x1b || c == '\r' || c == 0x07 || c == 0x9b))
          .as(run.toString())
          .isEmpty();
    }
  }

  private static void assertNoBuilderAdvice(Cli.Run run) {
    assertThat(run.out() + run.err())
        .doesNotContain("Timeout(Duration)")
        .doesNotContain("tokenUrl(")
        .doesNotContain("maxListItems(")
        .doesNotContain("version(OneRosterVersion");
  }

  @Test
  void check_tokenEndpointThatTrickles_exits4_withinItsTimeout() throws IOException {
    try (RawSis sis = new RawSis((m, t, out) -> RawSis.trickle(out))) {
      Cli.Run run = assertTimeoutPreemptively(SAFETY, () -> run(sis, "check", "--timeout", "2"));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(run.out()).contains("TIMEOUT").contains("--timeout");
      assertNoBuilderAdvice(run);
    }
  }

  @Test
  void classes_apiThatTrickles_exits4_withinItsTimeout() throws IOException {
    try (RawSis sis =
        new RawSis(
            (m, t, out) -> {
              if (t.startsWith("/oauth/token")) {
                RawSis.token(out);
              } else {
                RawSis.trickle(out);
              }
            })) {
      Cli.Run run =
          assertTimeoutPreemptively(
              SAFETY,
              () -> run(sis, "classes", "--teacher-email", "kim@example.org", "--timeout", "2"));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(run.err()).contains("timed out").contains("--timeout");
      assertNoBuilderAdvice(run);
    }
  }

  @Test
  void export_silentSis_exits4_withinItsTimeout() throws IOException {
    Path gradebook = Cli.resource("design-gradebook.json", dir);
    try (RawSis sis = new RawSis((m, t, out) -> Thread.sleep(Long.MAX_VALUE))) {
      Cli.Run run =
          assertTimeoutPreemptively(
              SAFETY,
              () -> run(sis, "export", "--gradebook", gradebook.toString(), "--timeout", "2"));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    }
  }

  @Test
  void timeout_mustBeWholeSecondsOfAtLeastOne_andDefaultsToTwoMinutes() throws IOException {
    assertThat(ConnectionOptions.DEFAULT_TIMEOUT_SECONDS).isEqualTo(120);
    try (RawSis sis = new RawSis((m, t, out) -> RawSis.token(out))) {
      for (String bad : List.of("0", "-3", "2m", "9999999999")) {
        Cli.Run run = run(sis, "check", "--timeout", bad);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--timeout");
      }
      assertThat(sis.requests).isEmpty();
    }
  }

  @Test
  void tokenWithATrailingLineBreak_exits4_andIsNeverPrinted() throws IOException {
    try (RawSis sis =
        new RawSis(
            (m, t, out) ->
                RawSis.json(
                    out,
                    200,
                    "{\"access_token\":\"tok-S3CRET-42\\n\",\"token_type\":\"bearer\","
                        + "\"expires_in\":3600}"))) {
      for (String command : List.of("check", "classes")) {
        Cli.Run run =
            command.equals("check")
                ? run(sis, "check")
                : run(sis, "classes", "--teacher-email", "kim@example.org");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(run.out() + run.err())
            .contains("access_token")
            .doesNotContain("tok-S3CRET-42")
            .doesNotContain("Bearer");
      }
    }
  }

  @Test
  void escapeSequences_fromTheSis_neverReachTheTerminal() throws IOException {
    String evil = "\\u001b[2J\\u001b[31mFAKE\\rok\\n[FAIL] forged line\\u0007";
    try (RawSis sis =
        new RawSis(
            (m, t, out) -> {
              if (t.startsWith("/oauth/token")) {
                RawSis.token(out);
              } else if (t.contains("/teachers/t-1/classes")) {
                RawSis.json(
                    out,
                    200,
                    "{\"classes\":[{\"sourcedId\":\"c\\u001b[1m1\",\"status\":\"active\","
                        + "\"title\":\""
                        + evil
                        + "\",\"terms\":[]}]}");
              } else if (t.startsWith("/ims/oneroster/v1p1/teachers")) {
                RawSis.json(
                    out,
                    200,
                    "{\"users\":[{\"sourcedId\":\"t-1\",\"email\":\"kim@example.org\","
                        + "\"role\":\"teacher\"}]}");
              } else {
                RawSis.json(
                    out,
                    400,
                    "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\","
                        + "\"imsx_description\":\""
                        + evil
                        + "\"}");
              }
            })) {
      Cli.Run table = run(sis, "classes", "--teacher-email", "kim@example.org");
      assertThat(table.exitCode()).as(table.toString()).isZero();
      assertThat(table.out()).contains("FAKE").contains("forged line");
      assertNoControlCharacters(table);
      assertThat(table.out().lines()).noneMatch(l -> l.startsWith("[FAIL]"));

      Cli.Run check = run(sis, "check");
      assertThat(check.exitCode()).as(check.toString()).isNotZero();
      assertThat(check.out()).contains("FAKE");
      assertNoControlCharacters(check);
      assertThat(check.out().lines()).noneMatch(l -> l.startsWith("[FAIL]"));
    }
  }

  @Test
  void htmlErrorPage_503_isNotAdvisedAsAWrongUrl() throws IOException {
    try (RawSis sis =
        new RawSis(
            (m, t, out) -> {
              if (t.startsWith("/oauth/token")) {
                RawSis.token(out);
                return;
              }
              byte[] page =
                  "<html><body>Down for maintenance</body></html>".getBytes(StandardCharsets.UTF_8);
              out.write(
                  ("HTTP/1.1 503 Unavailable\r\nContent-Type: text/html\r\nContent-Length: "
                          + page.length
                          + "\r\n\r\n")
                      .getBytes(StandardCharsets.ISO_8859_1));
              out.write(page);
            })) {
      Cli.Run run = run(sis, "check", "--timeout", "5");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(run.out()).contains("SIS_ERROR").doesNotContain("fix --url");
    }
  }

  @Test
  void answerCutShort_saysTheSisBrokeOff_notThatTheHostIsUnreachable() throws IOException {
    try (RawSis sis =
        new RawSis(
            (m, t, out) -> {
              if (t.startsWith("/oauth/token")) {
                RawSis.token(out);
                return;
              }
              OutputStream o = out;
              o.write(
                  ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 900\r\n"
                          + "\r\n{\"users\":[")
                      .getBytes(StandardCharsets.ISO_8859_1));
              o.flush();
              throw new IOException("hang up");
            })) {
      Cli.Run run = run(sis, "check", "--timeout", "5");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(run.out()).contains("broke off").doesNotContain("Cannot talk to");
    }
  }
}
