package org.oneroster4j.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;

/**
 * A child JVM that runs the suite's fake SIS, so that the export and its ceiling share a machine
 * with the SIS but not a JVM: as against a real SIS, the SIS's JIT compilations, garbage and
 * threads are its own process's. Started by the suite, it prints {@code SIS <baseUrl> <tokenUrl>
 * <clientId> <clientSecret>} and then answers one command per line on standard input with one line
 * starting {@code OK} (or {@code ERROR <why>}):
 *
 * <ul>
 *   <li>{@code reset}: forgets the gradebook and the recorded requests ({@link FakeSis#reset()});
 *   <li>{@code clear}: forgets the recorded requests only;
 *   <li>{@code gc}: collects this JVM's garbage ({@link System#gc()});
 *   <li>{@code capture <file>}: writes the recorded PUTs, in the exporter's order, for {@link
 *       CeilingChild#write}; answers {@code OK <count>};
 *   <li>{@code count}: answers {@code OK <writes> <requests>}, the recorded PUTs and DELETEs and
 *       all recorded requests;
 *   <li>{@code quit}, or the end of standard input: stops the SIS and exits.
 * </ul>
 */
public final class SisChild {
  private SisChild() {}

  /**
   * Runs the fake SIS until told to quit.
   *
   * @param args {@code classes studentsPerClass maxRecordedRequests}: the suite's {@link
   *     Seed#large} seed and how many requests to record
   * @throws Exception when the SIS cannot start or standard input cannot be read
   */
  public static void main(String[] args) throws Exception {
    Seed seed = Seed.large(1, 1, Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (FakeSis sis =
        FakeSis.builder().seed(seed).maxRecordedRequests(Integer.parseInt(args[2])).build()) {
      sis.start();
      out.println(
          "SIS "
              + sis.baseUrl()
              + " "
              + sis.tokenUrl()
              + " "
              + sis.clientId()
              + " "
              + sis.clientSecret());
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
        out.println(answer(sis, line));
      }
    }
  }

  private static String answer(FakeSis sis, String command) {
    try {
      if (command.equals("reset")) {
        sis.reset();
        return "OK";
      }
      if (command.equals("gc")) {
        System.gc();
        return "OK";
      }
      if (command.equals("clear")) {
        sis.clearRequests();
        return "OK";
      }
      if (command.equals("count")) {
        return "OK " + Suite.writesSeen(sis) + " " + sis.requests().size();
      }
      if (command.startsWith("capture ")) {
        var puts = Suite.capturedWrites(sis);
        CeilingChild.write(Path.of(command.substring("capture ".length())), puts);
        return "OK " + puts.size();
      }
      return "ERROR unknown command: " + command;
    } catch (Exception e) {
      return "ERROR " + e;
    }
  }
}
