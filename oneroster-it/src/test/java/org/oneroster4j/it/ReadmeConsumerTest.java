package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it in your project" stays true: its pom is the consumer project the build runs
 * (src/it/consumer), its minimal test is that project's test, its version is the newest release in
 * the CHANGELOG, its Maven floor is the enforcer's, and its module names are the modules' own.
 */
class ReadmeConsumerTest {
  private static final Path ROOT = Path.of("..");

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  private static String section(String readme, String heading) {
    int start = readme.indexOf("\n## " + heading + "\n");
    assertThat(start).as("README section " + heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 4);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> blocks(String text, String language) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The newest dated release in the CHANGELOG: "## [0.1.0] - 2026-12-06". */
  private static String latestRelease() throws IOException {
    Matcher m =
        Pattern.compile("(?m)^## \\[(\\d+\\.\\d+\\.\\d+)\\] - \\d{4}-\\d{2}-\\d{2}$")
            .matcher(Files.readString(ROOT.resolve("CHANGELOG.md")));
    assertThat(m.find()).as("a dated release in the CHANGELOG").isTrue();
    return m.group(1);
  }

  @Test
  void thePomIsTheConsumerProjectTheBuildRuns() throws IOException {
    String use = section(readme(), "Use it in your project");
    String release = latestRelease();
    String consumer =
        Files.readString(ROOT.resolve("oneroster-it/src/it/consumer/pom.xml"))
            .replace("@project.version@", release)
            .replace("@junit.version@", System.getProperty("junit.version"))
            .replace("@assertj.version@", System.getProperty("assertj.version"))
            .replace("@compiler.plugin.version@", System.getProperty("compiler.plugin.version"))
            .replace("@surefire.plugin.version@", System.getProperty("surefire.plugin.version"));

    assertThat(use).contains("The current release is **" + release + "**");
    assertThat(blocks(use, "xml")).first().isEqualTo(consumer);
    assertThat(blocks(use, "kotlin"))
        .first()
        .asString()
        .contains("platform(\"org.oneroster4j:oneroster-bom:" + release + "\")")
        .contains("junit-bom:" + System.getProperty("junit.version"))
        .contains("assertj-core:" + System.getProperty("assertj.version"));
  }

  @Test
  void theMinimalTestIsTheConsumersTest_inAtMostTenLines() throws IOException {
    String readmeTest = blocks(section(readme(), "Use it in your project"), "java").get(0);
    String consumerTest =
        Files.readString(
            ROOT.resolve(
                "oneroster-it/src/it/consumer/src/test/java/com/example/lms/TeacherClassesTest.java"));

    assertThat(readmeTest.lines().count()).isLessThanOrEqualTo(10);
    assertThat(consumerTest).contains(readmeTest);
  }

  @Test
  void theMavenFloorIsTheEnforcers() throws IOException {
    Matcher floor =
        Pattern.compile("<maven.floor>(.*?)</maven.floor>")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(floor.find()).isTrue();
    String readme = readme();

    assertThat(readme)
        .contains("JDK 17 and Maven " + floor.group(1) + " or newer")
        .contains("With Maven (" + floor.group(1) + " or newer)")
        .contains("**The Maven floor is " + floor.group(1) + "**");
  }

  @Test
  void theModuleNamesAreTheModulesOwn() throws IOException {
    String use = section(readme(), "Use it in your project");
    for (String module :
        List.of(
            "oneroster-core",
            "oneroster-infinitecampus",
            "oneroster-skyward",
            "oneroster-aeries",
            "oneroster-aspen",
            "oneroster-sims",
            "oneroster-testkit",
            "oneroster-micrometer")) {
      Matcher name =
          Pattern.compile("module\\s+([\\w.]+)\\s*\\{")
              .matcher(Files.readString(ROOT.resolve(module + "/src/main/java/module-info.java")));
      assertThat(name.find()).isTrue();
      assertThat(use).contains("| `" + module + "`").contains("`" + name.group(1) + "`");
    }
  }
}
