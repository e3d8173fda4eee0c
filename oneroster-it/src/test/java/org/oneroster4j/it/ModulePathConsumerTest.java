package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer application that uses the testkit, compiled and run in a fresh JVM three ways: all on
 * the module path (the app module requires org.oneroster4j.testkit), all on the class path, and
 * mixed as surefire arranges a modular app's tests (the app and core on the module path, the
 * testkit on the class path). No {@code --add-exports} anywhere: the testkit uses no internal
 * package of core, so {@code sis.gradebook().results()} works in each.
 */
class ModulePathConsumerTest {
  private static final String MAIN =
      """
      package com.example.app;

      import java.time.Instant;
      import org.oneroster4j.export.Assignment;
      import org.oneroster4j.export.Grade;
      import org.oneroster4j.export.GradeExporter;
      import org.oneroster4j.export.Gradebook;
      import org.oneroster4j.export.GradebookClass;
      import org.oneroster4j.testkit.FakeSis;

      public final class Main {
        public static void main(String[] args) {
          try (FakeSis sis = FakeSis.builder().build().start()) {
            Gradebook gradebook = Gradebook.builder()
                .addClass(GradebookClass.builder().classSourcedId("class-1")
                    .assignment(Assignment.builder().id("q1").title("Quiz").maxPoints(10)
                        .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
                        .grade(Grade.builder().studentSourcedId("student-1").score(9).build())
                        .build())
                    .build())
                .build();
            int writes = GradeExporter.of(sis.client()).export(gradebook).writes();
            System.out.println("writes=" + writes
                + " results=" + sis.gradebook().results().size()
                + " score=" + sis.gradebook().results().get(0).score()
                + " app=" + Main.class.getModule().getName()
                + " core=" + GradeExporter.class.getModule().getName()
                + " testkit=" + FakeSis.class.getModule().getName());
          }
        }
      }
      """;

  /** Core, the testkit and what they need at run time, as the test's class path has them. */
  private static List<String> libraries(boolean testkit) {
    List<String> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).toString();
      boolean wanted =
          name.contains("oneroster-core")
              || name.contains("jackson-")
              || name.contains("slf4j-api")
              || (testkit && name.contains("oneroster-testkit"));
      if (wanted) {
        out.add(entry);
      }
    }
    assertThat(out).anyMatch(e -> e.contains("oneroster-core"));
    return out;
  }

  private static String testkit() {
    return libraries(true).stream()
        .filter(e -> e.contains("oneroster-testkit"))
        .findFirst()
        .orElseThrow();
  }

  private static Path compile(Path dir, String moduleInfo, List<String> options)
      throws IOException {
    Path src = dir.resolve("src");
    Path pkg = src.resolve("com/example/app");
    Files.createDirectories(pkg);
    Files.writeString(pkg.resolve("Main.java"), MAIN);
    List<String> args = new ArrayList<>(options);
    args.add("-d");
    args.add(dir.resolve("out").toString());
    args.add(pkg.resolve("Main.java").toString());
    if (moduleInfo != null) {
      Files.writeString(src.resolve("module-info.java"), moduleInfo);
      args.add(src.resolve("module-info.java").toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, System.out, System.err, args.toArray(String[]::new)))
        .as("javac " + args)
        .isZero();
    return dir.resolve("out");
  }

  private static String run(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("IllegalAccessError", "add-exports");
    return output;
  }

  private static String path(List<String> entries) {
    return String.join(File.pathSeparator, entries);
  }

  @Test
  void onTheModulePath(@TempDir Path dir) throws Exception {
    List<String> modules = libraries(true);
    Path out =
        compile(
            dir,
            "module com.example.app { requires org.oneroster4j; requires org.oneroster4j.testkit; }",
            List.of("--module-path", path(modules)));
    modules.add(out.toString());

    String output =
        run(List.of("--module-path", path(modules), "-m", "com.example.app/com.example.app.Main"));

    assertThat(output)
        .contains("writes=2 results=1 score=9.0")
        .contains("app=com.example.app core=org.oneroster4j testkit=org.oneroster4j.testkit");
  }

  @Test
  void onTheClassPath(@TempDir Path dir) throws Exception {
    List<String> classPath = libraries(true);
    Path out = compile(dir, null, List.of("-cp", path(classPath)));
    classPath.add(out.toString());

    String output = run(List.of("-cp", path(classPath), "com.example.app.Main"));

    assertThat(output)
        .contains("writes=2 results=1 score=9.0")
        .contains("app=null core=null testkit=null");
  }

  @Test
  void mixed_asSurefireRunsAModularAppsTests(@TempDir Path dir) throws Exception {
    List<String> modules = libraries(false);
    String testkit = testkit();
    List<String> options =
        List.of(
            "--module-path",
            path(modules),
            "-cp",
            testkit,
            "--add-reads",
            "com.example.app=ALL-UNNAMED");
    Path out = compile(dir, "module com.example.app { requires org.oneroster4j; }", options);
    modules.add(out.toString());

    // Like surefire's forked booter: the main class is named from the class path side, so the
    // default root modules (every system module, jdk.httpserver for the testkit) are resolved too.
    String output =
        run(
            List.of(
                "--module-path",
                path(modules),
                "--add-modules",
                "com.example.app",
                "--add-reads",
                "com.example.app=ALL-UNNAMED",
                "-cp",
                testkit,
                "com.example.app.Main"));

    assertThat(output)
        .contains("writes=2 results=1 score=9.0")
        .contains("app=com.example.app core=org.oneroster4j testkit=null");
  }
}
