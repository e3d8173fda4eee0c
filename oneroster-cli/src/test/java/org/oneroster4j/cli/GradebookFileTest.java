package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneroster4j.export.Gradebook;

/**
 * The gradebook file's JSON Schema (shipped in the jar, printed by {@code export --schema}) accepts
 * the README's example and the demo's gradebook, and refuses what the reader refuses.
 */
class GradebookFileTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(Gradebook.jsonSchema());

  private static String readmeExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("\n## Gradebook file");
    assertThat(section).as("README has a \"Gradebook file\" section").isPositive();
    Matcher block = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find(section)).as("a json block in that section").isTrue();
    return block.group(1);
  }

  private static String demoGradebook() {
    try (InputStream in = DemoCommand.class.getResourceAsStream("sample-gradebook.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<ValidationMessage> validate(String json) throws IOException {
    JsonNode node = MAPPER.readTree(json);
    return SCHEMA.validate(node);
  }

  @Test
  void theReadmeExample_isValid_andReadsWithEveryKey() throws IOException {
    String example = readmeExample();

    assertThat(validate(example)).isEmpty();
    Gradebook gradebook =
        Gradebook.fromJson(
            new java.io.ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)));
    assertThat(gradebook.namespace()).isNotBlank();
    // The example shows every key of the format.
    assertThat(example)
        .contains(
            "\"namespace\"",
            "\"classSourcedId\"",
            "\"assignments\"",
            "\"id\"",
            "\"title\"",
            "\"description\"",
            "\"assignDate\"",
            "\"dueDate\"",
            "\"maxPoints\"",
            "\"category\"",
            "\"deleted\"",
            "\"grades\"",
            "\"studentSourcedId\"",
            "\"studentEmail\"",
            "\"score\"",
            "\"status\"",
            "\"comment\"");
  }

  @Test
  void theDemosGradebook_isValid() throws IOException {
    assertThat(validate(demoGradebook())).isEmpty();
    assertThat(validate(Files.readString(Cli.resource("design-gradebook.json", tmp())))).isEmpty();
  }

  private static Path tmp() throws IOException {
    Path dir = Files.createTempDirectory("gradebook");
    dir.toFile().deleteOnExit();
    return dir;
  }

  @Test
  void theSchema_refusesWhatTheReaderRefuses() throws IOException {
    assertThat(validate("{\"classes\": [{\"classSourcedId\": \"c\", \"assignment\": []}]}"))
        .isNotEmpty();
    assertThat(
            validate(
                "{\"classes\": [{\"classSourcedId\": \"c\", \"assignments\": [{\"id\": \"a\","
                    + " \"maxPoint\": 10}]}]}"))
        .isNotEmpty();
    assertThat(
            validate(
                "{\"classes\": [{\"classSourcedId\": \"c\", \"assignments\": [{\"id\": \"a\","
                    + " \"grades\": [{\"score\": 1}]}]}]}"))
        .as("a grade names a student")
        .isNotEmpty();
    assertThat(
            validate(
                "{\"classes\": [{\"classSourcedId\": \"c\", \"assignments\": [{\"id\": \"a\","
                    + " \"dueDate\": \"next friday\"}]}]}"))
        .isNotEmpty();
    assertThat(validate("{\"namespace\": \"x\"}")).as("classes is required").isNotEmpty();
    // Lenient values the reader accepts are valid too.
    assertThat(
            validate(
                "{\"$schema\": \"gradebook.schema.json\", \"classes\": [{\"classSourcedId\": 7,"
                    + " \"assignments\": [{\"id\": \"a\", \"maxPoints\": \"10.5\", \"deleted\":"
                    + " \"false\", \"dueDate\": \"2026-09-08T20:00:00-04:00\", \"grades\":"
                    + " [{\"studentEmail\": \"s@example.org\", \"score\": \"9\"}]}]}]}"))
        .isEmpty();
  }

  @Test
  void exportSchema_printsTheSchema_withoutASis() {
    Cli.Run run = Cli.run("export", "--schema");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(Gradebook.jsonSchema()).contains("\"additionalProperties\"");
  }

  @Test
  void exportHelp_describesTheFormatAndPointsToTheReadme() {
    Cli.Run run = Cli.run("export", "--help");

    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("\"studentSourcedId\" or \"studentEmail\"")
        .contains("README, section \"Gradebook file\"")
        .contains("--schema");
  }

  @Test
  void export_refusesATypoByNameAndPath_beforeAnyRequest(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gradebook.json");
    Files.writeString(
        file,
        "{\"classes\": [{\"classSourcedId\": \"class-1\", \"assignments\": [{\"id\": \"a\","
            + " \"title\": \"Quiz\", \"maxPoint\": 10}]}]}");

    Cli.Run run =
        Cli.run("export", "--gradebook", file.toString(), "--url", "http://127.0.0.1:9/nowhere");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("classes[0].assignments[0].maxPoint: unknown key; did you mean \"maxPoints\"?");
  }

  @Test
  void export_describesBrokenJsonInPlainWords(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gradebook.json");
    Files.writeString(file, "{\"classes\": [\n  {\"classSourcedId\": \"c\",}\n]}");

    Cli.Run run =
        Cli.run("export", "--gradebook", file.toString(), "--url", "http://127.0.0.1:9/nowhere");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("line 2, column 26: not valid JSON: expected a key in double quotes, found '}'")
        .doesNotContain("Unexpected character", "REDACTED", "Source", "code 125");
  }

  @Test
  void export_withoutAGradebook_isBadUsage() {
    Cli.Run run = Cli.run("export");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--gradebook");
  }
}
