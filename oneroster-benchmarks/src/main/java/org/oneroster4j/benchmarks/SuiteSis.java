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
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;

/**
 * The fake SIS the suite's export and ceiling write to: in a child JVM of its own ({@link
 * SisChild}, the default, as a real SIS is never in its client's JVM) or in the suite's own JVM
 * ({@code --sis-in-process}).
 */
abstract sealed class SuiteSis implements AutoCloseable {
  private final String baseUrl;
  private final String tokenUrl;
  private final String clientId;
  private final String clientSecret;

  private SuiteSis(String baseUrl, String tokenUrl, String clientId, String clientSecret) {
    this.baseUrl = baseUrl;
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /** Starts a fake SIS in this JVM. */
  static SuiteSis inProcess(Seed seed, int maxRecordedRequests) {
    FakeSis sis = FakeSis.builder().seed(seed).maxRecordedRequests(maxRecordedRequests).build();
    sis.start();
    return new InProcess(sis);
  }

  /** Starts {@link SisChild} with the suite's seed sizes and waits for its first line. */
  static SuiteSis child(int classes, int studentsPerClass, int maxRecordedRequests)
      throws IOException {
    return Child.start(classes, studentsPerClass, maxRecordedRequests);
  }

  final String baseUrl() {
    return baseUrl;
  }

  final String tokenUrl() {
    return tokenUrl;
  }

  final String clientId() {
    return clientId;
  }

  final String clientSecret() {
    return clientSecret;
  }

  /** A client builder for this SIS: its URLs and credentials, plain http allowed. */
  final OneRosterClient.Builder clientBuilder() {
    return OneRosterClient.builder()
        .url(baseUrl)
        .tokenUrl(tokenUrl)
        .credentials(Credentials.clientCredentials(clientId, clientSecret))
        .allowInsecureHttp(true);
  }

  /** Forgets the gradebook and the recorded requests. */
  abstract void reset() throws IOException;

  /** Forgets the recorded requests only. */
  abstract void clearRequests() throws IOException;

  /** The recorded PUTs, categories, then lineItems, then results. */
  abstract List<Ceiling.Put> capturedWrites() throws IOException;

  /** The recorded PUTs and DELETEs, then all recorded requests. */
  abstract long[] counts() throws IOException;

  /** Collects the garbage of the SIS's own JVM, if it has one. */
  abstract void collectGarbage() throws IOException;

  /** The CPU time of the SIS's own process, or -1 when it shares the suite's. */
  abstract long cpuNanos();

  /** Where the SIS runs, for the suite's first line. */
  abstract String where();

  @Override
  public abstract void close() throws IOException;

  private static final class InProcess extends SuiteSis {
    private final FakeSis sis;

    InProcess(FakeSis sis) {
      super(sis.baseUrl(), sis.tokenUrl(), sis.clientId(), sis.clientSecret());
      this.sis = sis;
    }

    @Override
    void reset() {
      sis.reset();
    }

    @Override
    void clearRequests() {
      sis.clearRequests();
    }

    @Override
    List<Ceiling.Put> capturedWrites() {
      return Suite.capturedWrites(sis);
    }

    @Override
    long[] counts() {
      return new long[] {Suite.writesSeen(sis), sis.requests().size()};
    }

    @Override
    void collectGarbage() {
      // the suite's own System.gc() collects this SIS's garbage too
    }

    @Override
    long cpuNanos() {
      return -1;
    }

    @Override
    String where() {
      return "the suite's JVM";
    }

    @Override
    public void close() {
      sis.close();
    }
  }

  /** {@link SisChild} in a process of its own, one command line and one answer line at a time. */
  private static final class Child extends SuiteSis {
    private final Process process;
    private final BufferedReader answers;
    private final Writer commands;

    private Child(Process process, BufferedReader answers, String[] first) {
      super(first[1], first[2], first[3], first[4]);
      this.process = process;
      this.answers = answers;
      this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    static Child start(int classes, int studentsPerClass, int maxRecordedRequests)
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
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      // The JVM may print lines of its own first, as a flight recording it starts does.
      String first = in.readLine();
      for (int skipped = 0; first != null && !first.startsWith("SIS ") && skipped < 50; skipped++) {
        first = in.readLine();
      }
      if (first == null || !first.startsWith("SIS ")) {
        p.destroyForcibly();
        throw new IOException("the fake SIS's JVM did not start: " + first);
      }
      return new Child(p, in, first.split(" "));
    }

    private String ask(String command) throws IOException {
      commands.write(command + "\n");
      commands.flush();
      String answer = answers.readLine();
      if (answer == null || !answer.startsWith("OK")) {
        throw new IOException("the fake SIS's JVM answered " + command + " with: " + answer);
      }
      return answer;
    }

    @Override
    void reset() throws IOException {
      ask("reset");
    }

    @Override
    void clearRequests() throws IOException {
      ask("clear");
    }

    @Override
    List<Ceiling.Put> capturedWrites() throws IOException {
      Path file = Files.createTempFile("suite-captured", ".bin");
      try {
        ask("capture " + file);
        return CeilingChild.read(file);
      } finally {
        Files.deleteIfExists(file);
      }
    }

    @Override
    long[] counts() throws IOException {
      String[] a = ask("count").split(" ");
      return new long[] {Long.parseLong(a[1]), Long.parseLong(a[2])};
    }

    @Override
    void collectGarbage() throws IOException {
      ask("gc");
    }

    @Override
    long cpuNanos() {
      return process.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
    }

    @Override
    String where() {
      return "a JVM of its own";
    }

    @Override
    public void close() {
      try {
        commands.write("quit\n");
        commands.flush();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (IOException alreadyGone) {
        process.destroyForcibly();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
