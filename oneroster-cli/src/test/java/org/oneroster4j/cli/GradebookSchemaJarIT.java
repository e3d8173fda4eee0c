package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.oneroster4j.export.Gradebook;

/** The gradebook file's JSON Schema ships in the packaged {@code oneroster.jar}. */
class GradebookSchemaJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("oneroster.jar", "target/oneroster.jar"));

  @Test
  void theJarHoldsTheSchema_andPrintsIt() throws Exception {
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      ZipEntry entry = jar.getEntry("org/oneroster4j/export/gradebook.schema.json");
      assertThat(entry).as("gradebook.schema.json in " + JAR).isNotNull();
      try (InputStream in = jar.getInputStream(entry)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo(Gradebook.jsonSchema());
      }
    }
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "export",
                "--schema")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(out).isEqualTo(Gradebook.jsonSchema());
  }
}
