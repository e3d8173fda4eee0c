package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FakeSisCommandTest {

  @Test
  void fakeSis_printsOneJsonLine_thenServesUntilStopped() throws Exception {
    CommandLine cli = Main.commandLine();
    PipedWriter pipe = new PipedWriter();
    BufferedReader reader = new BufferedReader(new PipedReader(pipe, 65536));
    cli.setOut(new PrintWriter(pipe, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                cli.execute(
                    "fake-sis", "--port", "0", "--client-id", "me", "--client-secret", "s3"));

    JsonNode line = new ObjectMapper().readTree(reader.readLine());
    assertThat(line.get("baseUrl").asText())
        .matches("http://127\\.0\\.0\\.1:\\d+/ims/oneroster/v1p1");
    assertThat(line.get("tokenUrl").asText()).endsWith("/oauth/token");
    assertThat(line.get("clientId").asText()).isEqualTo("me");
    assertThat(line.get("clientSecret").asText()).isEqualTo("s3");
    assertThat(line.get("teacherEmail").asText()).isEqualTo("teacher1@example.org");

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> token =
        http.send(
            HttpRequest.newBuilder(URI.create(line.get("tokenUrl").asText()))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("me:s3".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).isEqualTo(200);
    String bearer = new ObjectMapper().readTree(token.body()).get("access_token").asText();
    HttpResponse<String> teachers =
        http.send(
            HttpRequest.newBuilder(URI.create(line.get("baseUrl").asText() + "/teachers"))
                .header("Authorization", "Bearer " + bearer)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(teachers.statusCode()).isEqualTo(200);
    assertThat(teachers.body()).contains(line.get("teacherEmail").asText());

    assertThat(exit).isNotDone();
    FakeSisCommand command = cli.getSubcommands().get("fake-sis").getCommand();
    command.stop();
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void fakeSis_oneRoster12_printsTheRootAndServiceUrls_andServesThem() throws Exception {
    assertServes12(
        Main.commandLine(), new String[] {"fake-sis", "--oneroster", "1.2", "--port", "0"});
  }

  @Test
  void fakeSis_oneRosterVersionFromTheEnvironment() throws Exception {
    CommandLine cli =
        Main.commandLine(
            new CliContext(
                java.util.Map.of("ONEROSTER_VERSION", "1.2"),
                new PrintWriter(new java.io.StringWriter()),
                new PrintWriter(new java.io.StringWriter()),
                false));
    assertServes12(cli, new String[] {"fake-sis", "--port", "0"});
  }

  private static void assertServes12(CommandLine cli, String[] args) throws Exception {
    PipedWriter pipe = new PipedWriter();
    BufferedReader reader = new BufferedReader(new PipedReader(pipe, 65536));
    cli.setOut(new PrintWriter(pipe, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(args));
    JsonNode line = new ObjectMapper().readTree(reader.readLine());
    String root = line.get("baseUrl").asText();
    assertThat(root).matches("http://127\\.0\\.0\\.1:\\d+/ims/oneroster");
    assertThat(line.get("rosteringUrl").asText()).isEqualTo(root + "/rostering/v1p2");
    assertThat(line.get("gradebookUrl").asText()).isEqualTo(root + "/gradebook/v1p2");
    assertThat(line.get("tokenUrl").asText()).endsWith("/oauth/token");
    assertThat(line.get("clientId").asText()).isEqualTo("test-client");
    assertThat(line.get("clientSecret").asText()).isEqualTo("test-secret");
    assertThat(line.get("teacherEmail").asText()).contains("@").doesNotContain("+");

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> token =
        http.send(
            HttpRequest.newBuilder(URI.create(line.get("tokenUrl").asText()))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                "test-client:test-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope="
                            + java.net.URLEncoder.encode(
                                org.oneroster4j.OneRosterScopes.gradeExport(
                                    org.oneroster4j.OneRosterVersion.V1_2),
                                StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    String bearer = new ObjectMapper().readTree(token.body()).get("access_token").asText();
    HttpResponse<String> teachers =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        line.get("rosteringUrl").asText()
                            + "/teachers?filter=email='"
                            + line.get("teacherEmail").asText()
                            + "'"))
                .header("Authorization", "Bearer " + bearer)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(teachers.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(teachers.body()).get("users")).hasSize(1);

    FakeSisCommand command = cli.getSubcommands().get("fake-sis").getCommand();
    command.stop();
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void fakeSis_withoutOneRoster_staysOnTheSame11Line() throws Exception {
    CommandLine cli = Main.commandLine();
    PipedWriter pipe = new PipedWriter();
    BufferedReader reader = new BufferedReader(new PipedReader(pipe, 65536));
    cli.setOut(new PrintWriter(pipe, true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> cli.execute("fake-sis", "--port", "0"));
    JsonNode line = new ObjectMapper().readTree(reader.readLine());
    java.util.List<String> keys = new java.util.ArrayList<>();
    line.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly("baseUrl", "tokenUrl", "clientId", "clientSecret", "teacherEmail");
    assertThat(line.get("baseUrl").asText()).endsWith("/ims/oneroster/v1p1");
    FakeSisCommand command = cli.getSubcommands().get("fake-sis").getCommand();
    command.stop();
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void fakeSis_oneRoster12ForSkyward_orAnUnknownVersion_isBadUsage() {
    Cli.Run skyward = Cli.run("fake-sis", "--oneroster", "1.2", "--vendor", "skyward");
    assertThat(skyward.exitCode()).as(skyward.toString()).isEqualTo(2);
    assertThat(skyward.err()).contains("generic").contains("infinitecampus");
    Cli.Run unknown = Cli.run("fake-sis", "--oneroster", "2.0");
    assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
    assertThat(unknown.err()).contains("1.2");
  }

  @Test
  void fakeSis_unknownVendor_failsWithAMessage() {
    CommandLine cli = Main.commandLine();
    java.io.StringWriter err = new java.io.StringWriter();
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("fake-sis", "--vendor", "nope");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("nope");
  }
}
