package org.oneroster4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every example's main (against the embedded fake SIS, see the pom) and checks its output. */
class ExamplesTest {

  private static String run(Consumer<String[]> main) {
    PrintStream real = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(real);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    real.print(text);
    return text;
  }

  @Test
  void quickStart_checksTheConnectionAndListsTheTeachersClasses() {
    String out = run(QuickStart::main);

    assertThat(out)
        .contains("Using a fake SIS", "Connection: OK", "Class class-1: ", "Class class-2: ");
  }

  @Test
  void linkClasses_matchesStudentsByEmail_andReportsTheUnmatched() {
    String out = run(LinkClasses::main);

    assertThat(out)
        .contains("teaches 2 active classes")
        .contains("Linked class-1")
        .contains("10 students matched, 1 LMS students not in the SIS class, 0 SIS students");
  }

  @Test
  void exportGradebook_exportsThenRewritesNothing() {
    String out = run(ExportGradebook::main);

    assertThat(out).contains("First export: 3 writes").contains("Second export: 0 writes");
  }

  @Test
  void sharedBudget_twoHazelcastWorkers_exportBothHalves_withinTheirCombinedBudget() {
    String out =
        run(
            args -> {
              try {
                SharedBudget.main(args);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    assertThat(out)
        .contains("Hazelcast cluster of 2 members")
        .contains("Worker 1: 22 writes; worker 2: 22 writes")
        .contains("second 1: ")
        .contains(
            "in any one second (the gates let 10 leave, the SIS allows 12): within the SIS's budget");
  }
}
