package org.oneroster4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;

/**
 * The fake SIS the suite's export and ceiling write to: in a child JVM of its own ({@link
 * SisChild}, the default, as a real SIS is never in its client's JVM) or in the suite's own JVM
 * ({@code --sis-in-process}).
 */
interface SuiteSis extends AutoCloseable {
  String baseUrl();

  String tokenUrl();

  String clientId();

  String clientSecret();

  /** Forgets the gradebook and the recorded requests. */
  void reset() throws IOException;

  /** Forgets the recorded requests only. */
  void clearRequests() throws IOException;

  /** The recorded PUTs, categories, then lineItems, then results. */
  List<Ceiling.Put> capturedWrites() throws IOException;

  /** The recorded PUTs and DELETEs, then all recorded requests. */
  long[] counts() throws IOException;

  /** Collects the garbage of the SIS's own JVM, if it has one. */
  void collectGarbage() throws IOException;

  /** The CPU time of the SIS's own process, or -1 when it shares the suite's. */
  long cpuNanos();

  /** Where the SIS runs, for the suite's first line. */
  String where();

  @Override
  void close() throws IOException;

  static SuiteSis inProcess(Seed seed, int maxRecordedRequests) {
    FakeSis sis = FakeSis.builder().seed(seed).maxRecordedRequests(maxRecordedRequests).build();
    sis.start();
    return new SuiteSis() {
      @Override
      public String baseUrl() {
        return sis.baseUrl();
      }

      @Override
      public String tokenUrl() {
        return sis.tokenUrl();
      }

      @Override
      public String clientId() {
        return sis.clientId();
      }

      @Override
      public String clientSecret() {
        return sis.clientSecret();
      }

      @Override
      public void reset() {
        sis.reset();
      }

      @Override
      public void clearRequests() {
        sis.clearRequests();
      }

      @Override
      public List<Ceiling.Put> capturedWrites() {
        return Suite.capturedWrites(sis);
      }

      @Override
      public long[] counts() {
        return new long[] {Suite.writesSeen(sis), sis.requests().size()};
      }

      @Override
      public void collectGarbage() {
        // the suite's own System.gc() collects this SIS's garbage too
      }

      @Override
      public long cpuNanos() {
        return -1;
      }

      @Override
      public String where() {
        return "the suite's JVM";
      }

      @Override
      public void close() {
        sis.close();
      }
    };
  }

  /** Starts {@link SisChild} with the suite's seed sizes and waits for its first line. */
  static SuiteSis child(int classes, int studentsPerClass, int maxRecordedRequests)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // -Dsuite.sisJvmOptions="..." passes options to the SIS's JVM only, e.g. a flight recording.
    String options = System.getProperty("suite.sisJvmOptions", "").strip();
    if (!options.isEmpty()) {
      command.addAll(List.of(options.split("\\s+")));
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            SisChild.class.getName(),
            String.valueOf(classes),
            String.valueOf(studentsPerClass),
            String.valueOf(maxRecordedRequests)));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    Writer commands = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
    // The JVM may print lines of its own first (a flight recording it was told to start says so).
    String first = in.readLine();
    for (int skipped = 0; first != null && !first.startsWith("SIS ") && skipped < 50; skipped++) {
      first = in.readLine();
    }
    if (first == null || !first.startsWith("SIS ")) {
      p.destroyForcibly();
      throw new IOException("the fake SIS's JVM did not start: " + first);
    }
    String[] f = first.split(" ");
    return new SuiteSis() {
      @Override
      public String baseUrl() {
        return f[1];
      }

      @Override
      public String tokenUrl() {
        return f[2];
      }

      @Override
      public String clientId() {
        return f[3];
      }

      @Override
      public String clientSecret() {
        return f[4];
      }

      private String ask(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
        String answer = in.readLine();
        if (answer == null || !answer.startsWith("OK")) {
          throw new IOException("the fake SIS's JVM answered " + command + " with: " + answer);
        }
        return answer;
      }

      @Override
      public void reset() throws IOException {
        ask("reset");
      }

      @Override
      public void clearRequests() throws IOException {
        ask("clear");
      }

      @Override
      public List<Ceiling.Put> capturedWrites() throws IOException {
        Path file = Files.createTempFile("suite-captured", ".bin");
        try {
          ask("capture " + file);
          return CeilingChild.read(file);
        } finally {
          Files.deleteIfExists(file);
        }
      }

      @Override
      public long[] counts() throws IOException {
        String[] a = ask("count").split(" ");
        return new long[] {Long.parseLong(a[1]), Long.parseLong(a[2])};
      }

      @Override
      public void collectGarbage() throws IOException {
        ask("gc");
      }

      @Override
      public long cpuNanos() {
        return p.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
      }

      @Override
      public String where() {
        return "a JVM of its own";
      }

      @Override
      public void close() {
        try {
          commands.write("quit\n");
          commands.flush();
          if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
          }
        } catch (IOException alreadyGone) {
          p.destroyForcibly();
        } catch (InterruptedException e) {
          p.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
