package org.oneroster4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** What the published jar holds: IDE metadata, the auto-configurations, the module name. */
class StarterJarIT {
  private static JarFile jar() throws Exception {
    Path path = Path.of(System.getProperty("starter.jar", "missing"));
    assertThat(path).as("the packaged starter jar (system property starter.jar)").isRegularFile();
    return new JarFile(path.toFile());
  }

  private static String read(JarFile jar, String entry) throws Exception {
    ZipEntry e = jar.getEntry(entry);
    assertThat(e).as(entry + " in the jar").isNotNull();
    try (InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void jar_holdsTheConfigurationMetadata_withEveryProperty() throws Exception {
    try (JarFile jar = jar()) {
      JsonNode metadata =
          new ObjectMapper().readTree(read(jar, "META-INF/spring-configuration-metadata.json"));
      List<String> names = new ArrayList<>();
      metadata.get("properties").forEach(p -> names.add(p.get("name").asText()));
      assertThat(names)
          .contains(
              "oneroster.connections",
              "oneroster.health.timeout",
              "oneroster.health.cache-time-to-live");
      List<String> groups = new ArrayList<>();
      metadata.get("groups").forEach(g -> groups.add(g.get("name").asText()));
      assertThat(groups).contains("oneroster", "oneroster.health");
      metadata
          .get("properties")
          .forEach(p -> assertThat(p.path("description").asText()).as(p.toString()).isNotBlank());
    }
  }

  @Test
  void jar_listsEveryAutoConfiguration_andNamesItsModule() throws Exception {
    try (JarFile jar = jar()) {
      assertThat(
              read(
                      jar,
                      "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")
                  .lines())
          .containsExactlyInAnyOrder(
              OneRosterAutoConfiguration.class.getName(),
              OneRosterHealthAutoConfiguration.class.getName(),
              OneRosterObservationAutoConfiguration.class.getName());
      assertThat(read(jar, "META-INF/spring-autoconfigure-metadata.properties"))
          .contains(OneRosterHealthAutoConfiguration.class.getName() + ".ConditionalOnClass");
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("org.oneroster4j.spring");
    }
  }

  @Test
  void sourceTree_hasNoStrayMetadata() throws Exception {
    // The metadata is generated at every build; a hand-written copy would go stale.
    assertThat(
            Files.exists(Path.of("src/main/resources/META-INF/spring-configuration-metadata.json")))
        .isFalse();
  }
}
