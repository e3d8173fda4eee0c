package org.oneroster4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RetryListener;
import org.oneroster4j.export.ExportListener;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

/**
 * The end-to-end performance suite: grade export against the ceiling of the same PUTs sent by a
 * bare {@link HttpClient}, re-export of an unchanged gradebook, the first export of a fresh JVM
 * against the ceiling's first run in a fresh JVM, and reading a million users in a 64 MB child JVM
 * through the client, through a tree per page, and through the read ceiling (a bare {@link
 * HttpClient} whose pages Jackson reads token by token, binding nothing). Everything runs against a
 * {@link FakeSis} on loopback, side by side, so the ratios hold on a shared machine whose absolute
 * speed drifts. The export's fake SIS runs in a JVM of its own ({@link SisChild}), as the roster's
 * and the cold runs' clients do: a real SIS never shares its client's JIT, heap and collector.
 */
public final class Suite {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String NAMESPACE = "benchmarks";

  /**
   * The results the untimed export and ceiling runs write before the timed rounds, unless {@code
   * --warm-ups} says otherwise: five runs at full size, where the JIT settles within three exports
   * of 31,000 writes. The {@code --quick} suite warms up with the same work, 75 runs of 2,000
   * results: after five of them both sides still ran about twice as slow as they end up, and the
   * rounds measured the JIT rather than the steady state of a long-running process.
   */
  private static final int WARM_UP_RESULTS = 150_000;

  /**
   * The results the untimed re-exports read before the timed ones, unless {@code
   * --reexport-warm-ups} says otherwise: ten re-exports at full size, where the read path (parsing
   * 30,000 results) takes about ten runs to reach the speed it keeps; 150 at the {@code --quick}
   * size, the same work.
   */
  private static final int REEXPORT_WARM_UP_RESULTS = 300_000;

  private final PrintStream out;
  private final Sizes sizes;

  /** The sizes of one run. */
  record Sizes(
      int classes,
      int studentsPerClass,
      int assignments,
      int concurrency,
      int rounds,
      int rosterUsers,
      int pageSize,
      int rosterRounds,
      int coldRounds,
      int warmUps,
      int reexportWarmUps) {
    int results() {
      return classes * studentsPerClass * assignments;
    }
  }

  /** Runs of {@code results} results that do {@code work} results in all, at least one. */
  static int runsFor(int work, int results) {
    return Math.max(1, (work + results - 1) / results);
  }

  private final boolean skipRoster;
  private final boolean sisInProcess;
  private final AtomicInteger ceilingRetries = new AtomicInteger();

  private Suite(PrintStream out, Sizes sizes, boolean skipRoster, boolean sisInProcess) {
    this.out = out;
    this.sizes = sizes;
    this.skipRoster = skipRoster;
    this.sisInProcess = sisInProcess;
  }

  /**
   * Runs the suite and prints the timings, then the summary lines.
   *
   * @param args {@code [--quick] [--concurrency N] [--rounds N] [--warm-ups N] [--reexport-warm-ups
   *     N] [--roster-rounds N] [--cold-rounds N] [--skip-roster] [--sis-in-process]}; {@code
   *     --rounds} sets the timed export and ceiling rounds (5 at full size, 15 with {@code
   *     --quick}: the median of five short quick rounds moved by several points from run to run),
   *     {@code --warm-ups} the untimed runs before them (5 at full size, 75 with {@code --quick}:
   *     the same work), {@code --reexport-warm-ups} the untimed re-exports (10 and 150), {@code
   *     --skip-roster} leaves out the roster reads and their summary lines, {@code
   *     --sis-in-process} runs the export's fake SIS in the suite's JVM instead of a JVM of its own
   * @param out where to print
   * @return the process exit code (0 when every step ran)
   * @throws Exception when a step cannot run at all
   */
  public static int run(String[] args, PrintStream out) throws Exception {
    List<String> list = Arrays.asList(args);
    boolean quick = list.contains("--quick");
    int concurrency = option(list, "--concurrency", 8);
    // A quick round lasts about 0.3 s, and on two cores the rounds of one run spread by ±15–25 %:
    // the median of five of them moved by several points from run to run.
    int rounds = option(list, "--rounds", quick ? 15 : 5);
    int rosterRounds = option(list, "--roster-rounds", 3);
    int coldRounds = option(list, "--cold-rounds", 3);
    int classes = quick ? 4 : 20;
    int studentsPerClass = quick ? 25 : 30;
    int assignments = quick ? 20 : 50;
    int results = classes * studentsPerClass * assignments;
    Sizes sizes =
        new Sizes(
            classes,
            studentsPerClass,
            assignments,
            concurrency,
            rounds,
            quick ? 50_000 : 1_000_000,
            10_000,
            rosterRounds,
            coldRounds,
            option(list, "--warm-ups", runsFor(WARM_UP_RESULTS, results)),
            option(list, "--reexport-warm-ups", runsFor(REEXPORT_WARM_UP_RESULTS, results)));
    return new Suite(out, sizes, list.contains("--skip-roster"), list.contains("--sis-in-process"))
        .run();
  }

  static int option(List<String> args, String name, int fallback) {
    int at = args.indexOf(name);
    if (at < 0) {
      return fallback;
    }
    if (at + 1 >= args.size() || !args.get(at + 1).matches("[1-9][0-9]*")) {
      throw new IllegalArgumentException(name + " needs a positive whole number");
    }
    return Integer.parseInt(args.get(at + 1));
  }

  private int run() throws Exception {
    out.printf(
        Locale.ROOT,
        "suite: %d classes x %d students x %d assignments = %d results, concurrency %d,"
            + " %d warm-ups (%d for the re-export); roster %d users in pages of %d (java %s, %d"
            + " cpus)%n",
        sizes.classes,
        sizes.studentsPerClass,
        sizes.assignments,
        sizes.results(),
        sizes.concurrency,
        sizes.warmUps,
        sizes.reexportWarmUps,
        sizes.rosterUsers,
        sizes.pageSize,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());

    ExportNumbers export = exportAndCeiling();
    RosterNumbers roster = skipRoster ? null : roster();

    out.printf(Locale.ROOT, "export_vs_ceiling_ratio: %.3f%n", export.ratio);
    out.printf(Locale.ROOT, "reexport_writes: %d%n", export.reexportWrites);
    out.printf(
        Locale.ROOT,
        "reexport_vs_export_time_ratio: %.4f%n",
        export.reexportNanos / (double) export.exportNanos);
    out.printf(Locale.ROOT, "cold_export_vs_ceiling_ratio: %.3f%n", export.cold.ratio);
    if (export.cold.appCdsRatio > 0) {
      out.printf(
          Locale.ROOT, "cold_export_appcds_vs_ceiling_ratio: %.3f%n", export.cold.appCdsRatio);
    }
    out.printf(Locale.ROOT, "cold_export_c1_vs_ceiling_ratio: %.3f%n", export.cold.c1Ratio);
    if (roster == null) {
      return export.ok ? 0 : 1;
    }
    out.printf(Locale.ROOT, "roster_stream_users_per_s: %d%n", Math.round(roster.streamPerSecond));
    out.printf(Locale.ROOT, "roster_stream_vs_tree_ratio: %.3f%n", roster.vsTree);
    out.printf(Locale.ROOT, "roster_stream_vs_ceiling_ratio: %.3f%n", roster.vsCeiling);
    out.printf(Locale.ROOT, "roster_stream_peak_heap_mb: %d%n", roster.peakHeapMb);
    return export.ok && roster.ok ? 0 : 1;
  }

  // ---- 1 and 2: export, ceiling, re-export ----------------------------------------------------

  /**
   * The export/ceiling ratio is the median of the rounds' ratios: each round runs the ceiling and
   * the export back to back, so a round's pair shares the machine's momentary speed.
   */
  private record ExportNumbers(
      double ratio,
      long exportNanos,
      long reexportNanos,
      long reexportWrites,
      ColdNumbers cold,
      boolean ok) {}

  private ExportNumbers exportAndCeiling() throws Exception {
    Seed seed = Seed.large(1, 1, sizes.classes, sizes.studentsPerClass);
    int maxRecorded = sizes.results() * 2 + 10_000;
    try (SuiteSis sis =
        sisInProcess
            ? SuiteSis.inProcess(seed, maxRecorded)
            : SuiteSis.child(sizes.classes, sizes.studentsPerClass, maxRecorded)) {
      out.printf(Locale.ROOT, "fake SIS: in %s%n", sis.where());
      Gradebook gradebook = Gradebooks.of(seed, NAMESPACE, sizes.classes, sizes.assignments);
      // HTTP/1.1 like the SDK on a loopback http URL: left to its default, the JDK client would
      // ask for an h2c upgrade on every request, which the SDK does not.
      HttpClient http = Ceiling.http();
      OneRosterClient client =
          sis.clientBuilder()
              .maxConcurrency(sizes.concurrency)
              .requestTimeout(Duration.ofSeconds(60))
              .build();
      AtomicInteger exportRetries = new AtomicInteger();
      GradeExporter exporter =
          GradeExporter.of(client)
              .namespace(NAMESPACE)
              .concurrency(sizes.concurrency)
              .listener(
                  new ExportListener() {
                    @Override
                    public void writeRetried(RetryListener.Retry retry) {
                      exportRetries.incrementAndGet();
                    }
                  });
      String token = token(http, sis.tokenUrl(), sis.clientId(), sis.clientSecret());

      // Warm-up, sizes.warmUps times: an export (the first one's PUTs become the ceiling's
      // requests)
      // and a ceiling run, timed and printed but not counted. On two cores the JIT keeps
      // compiling the export's larger code path through its first five or so runs (its process
      // CPU per run falls by a quarter, the ceiling's stays flat); the rounds measure the steady
      // state of a long-running process.
      boolean ok = true;
      List<HttpRequest> puts = null;
      List<Ceiling.Put> captured = null;
      for (int warmUp = 1; warmUp <= sizes.warmUps; warmUp++) {
        sis.reset();
        long w0 = System.nanoTime();
        ExportReport warm = exporter.export(gradebook);
        long exportNanos = System.nanoTime() - w0;
        ok &= check(warm, "warm-up export");
        if (puts == null) {
          captured = sis.capturedWrites();
          puts = Ceiling.requests(URI.create(sis.baseUrl() + "/"), captured, token);
          out.printf(
              Locale.ROOT,
              "warm-up: export %d writes (%d lineItems, %d results created)%n",
              puts.size(),
              warm.lineItems().created(),
              warm.results().created());
        }
        sis.reset();
        w0 = System.nanoTime();
        ok &= ceiling(http, puts) == puts.size();
        out.printf(
            Locale.ROOT,
            "warm-up %d: export %d ms, ceiling %d ms%n",
            warmUp,
            millis(exportNanos),
            millis(System.nanoTime() - w0));
      }

      // Each round runs both back to back, the ceiling first in odd rounds and the export first
      // in even ones, so neither side always gets the machine as the other left it.
      long[] exportTimes = new long[sizes.rounds];
      long[] ceilingTimes = new long[sizes.rounds];
      long[] exportCpu = new long[sizes.rounds];
      long[] ceilingCpu = new long[sizes.rounds];
      long[] exportSisCpu = new long[sizes.rounds];
      long[] ceilingSisCpu = new long[sizes.rounds];
      for (int round = 0; round < sizes.rounds; round++) {
        ExportReport report = null;
        for (int turn = 0; turn < 2; turn++) {
          sis.reset();
          collectGarbage(sis);
          boolean ceilingTurn = (turn == 0) == (round % 2 == 0);
          long sisCpu0 = sis.cpuNanos();
          long cpu0 = processCpuNanos();
          long t0 = System.nanoTime();
          if (ceilingTurn) {
            int sent = ceiling(http, puts);
            ceilingTimes[round] = System.nanoTime() - t0;
            ceilingCpu[round] = processCpuNanos() - cpu0;
            ceilingSisCpu[round] = sis.cpuNanos() - sisCpu0;
            ok &= sent == puts.size();
          } else {
            report = exporter.export(gradebook);
            exportTimes[round] = System.nanoTime() - t0;
            exportCpu[round] = processCpuNanos() - cpu0;
            exportSisCpu[round] = sis.cpuNanos() - sisCpu0;
            ok &= check(report, "export");
          }
        }
        out.printf(
            Locale.ROOT,
            "round %d (%s first): ceiling %d PUTs in %d ms (%.0f/s, cpu %d ms); export %d writes"
                + " in %d ms (%.0f/s, cpu %d ms)%n",
            round + 1,
            round % 2 == 0 ? "ceiling" : "export",
            puts.size(),
            millis(ceilingTimes[round]),
            puts.size() * 1e9 / ceilingTimes[round],
            millis(ceilingCpu[round]),
            report.writes(),
            millis(exportTimes[round]),
            report.writes() * 1e9 / exportTimes[round],
            millis(exportCpu[round]));
      }
      if (sis.cpuNanos() < 0) {
        out.printf(
            Locale.ROOT,
            "cpu (whole process: fake SIS, client, JIT and GC): median export %d ms, ceiling %d"
                + " ms%n",
            millis(median(exportCpu)),
            millis(median(ceilingCpu)));
      } else {
        out.printf(
            Locale.ROOT,
            "cpu (client's process, JIT and GC included): median export %d ms, ceiling %d ms;"
                + " fake SIS's process: export %d ms, ceiling %d ms%n",
            millis(median(exportCpu)),
            millis(median(ceilingCpu)),
            millis(median(exportSisCpu)),
            millis(median(ceilingSisCpu)));
      }
      out.printf(
          Locale.ROOT,
          "retried after a connection error, all runs: export %d writes, ceiling %d PUTs%n",
          exportRetries.get(),
          ceilingRetries.get());

      // Re-export the unchanged gradebook (the last export's state is in the fake SIS): warm-ups,
      // as for the export, then the timed rounds. Every one, warm-ups included, must write
      // nothing.
      sis.reset();
      ok &= check(exporter.export(gradebook), "export");
      long[] reexportTimes = new long[sizes.rounds];
      long writes = 0;
      for (int round = -sizes.reexportWarmUps; round < sizes.rounds; round++) {
        sis.clearRequests();
        collectGarbage(sis);
        long t0 = System.nanoTime();
        ExportReport again = exporter.export(gradebook);
        long time = System.nanoTime() - t0;
        ok &= check(again, "re-export");
        long[] counts = sis.counts();
        long recorded = counts[0];
        writes = Math.max(writes, Math.max(recorded, again.writes()));
        out.printf(
            Locale.ROOT,
            "re-export %s: %d writes seen by the SIS (%d reported), %d requests, %d ms%n",
            round < 0 ? "warm-up" : String.valueOf(round + 1),
            recorded,
            again.writes(),
            counts[1],
            millis(time));
        if (round >= 0) {
          reexportTimes[round] = time;
        }
      }
      long export = median(exportTimes);
      long ceiling = median(ceilingTimes);
      long reexport = median(reexportTimes);
      double[] ratios = new double[sizes.rounds];
      for (int round = 0; round < sizes.rounds; round++) {
        ratios[round] = ceilingTimes[round] / (double) exportTimes[round];
      }
      Arrays.sort(ratios);
      double ratio = ratios[ratios.length / 2];
      out.printf(
          Locale.ROOT,
          "median: export %d ms, ceiling %d ms, re-export %d ms; per-round export/ceiling"
              + " throughput ratios %s%n",
          millis(export),
          millis(ceiling),
          millis(reexport),
          ratios(ratios));
      ColdNumbers cold = cold(sis, captured);
      return new ExportNumbers(ratio, export, reexport, writes, cold, ok && cold.ok);
    }
  }

  private boolean check(ExportReport report, String what) {
    if (!report.failures().isEmpty() || report.interrupted()) {
      out.printf(
          Locale.ROOT,
          "WARNING: %s had %d failures (first: %s)%n",
          what,
          report.failures().size(),
          report.failures().isEmpty() ? "interrupted" : report.failures().get(0));
      return false;
    }
    return true;
  }

  /** The PUTs and DELETEs the fake SIS recorded. */
  static long writesSeen(FakeSis sis) {
    return sis.requests().stream()
        .filter(r -> r.method().equals("PUT") || r.method().equals("DELETE"))
        .count();
  }

  /**
   * The writes of the last export as recorded by the fake SIS: categories first, then lineItems,
   * then results, as the exporter orders them.
   */
  static List<Ceiling.Put> capturedWrites(FakeSis sis) {
    String root = URI.create(sis.baseUrl() + "/").getPath();
    List<Ceiling.Put> categories = new ArrayList<>();
    List<Ceiling.Put> lineItems = new ArrayList<>();
    List<Ceiling.Put> results = new ArrayList<>();
    for (RecordedRequest r : sis.requests()) {
      if (!r.method().equals("PUT")) {
        continue;
      }
      String path = r.path().startsWith(root) ? r.path().substring(root.length()) : r.path();
      Ceiling.Put put = new Ceiling.Put(path, r.body().getBytes(StandardCharsets.UTF_8));
      if (r.path().contains("/categories/")) {
        categories.add(put);
      } else if (r.path().contains("/lineItems/")) {
        lineItems.add(put);
      } else {
        results.add(put);
      }
    }
    List<Ceiling.Put> all = new ArrayList<>(categories);
    all.addAll(lineItems);
    all.addAll(results);
    return all;
  }

  /** Sends the requests phase by phase with {@code concurrency} workers; returns the 2xx count. */
  private int ceiling(HttpClient http, List<HttpRequest> requests) throws Exception {
    return Ceiling.send(http, requests, sizes.concurrency, ceilingRetries);
  }

  static String token(HttpClient http, String tokenUrl, String clientId, String clientSecret)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    JsonNode body = MAPPER.readTree(response.body());
    if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
      throw new IllegalStateException("token request failed: HTTP " + response.statusCode());
    }
    return body.get("access_token").asText();
  }

  // ---- 3: streaming a million users in a small heap --------------------------------------------

  private record RosterNumbers(
      double streamPerSecond, double vsTree, double vsCeiling, long peakHeapMb, boolean ok) {}

  /**
   * Each round starts one child JVM per reader (the client's stream, the whole-page tree, the
   * ceiling), in an order that rotates from round to round; the ratios are the medians of the
   * rounds' ratios, as for the export.
   */
  private RosterNumbers roster() throws Exception {
    // 10 schools, one teacher per 200-student class: exactly rosterUsers students.
    int teachers = sizes.rosterUsers / 1000;
    Seed seed = Seed.large(10, teachers, 5, 200);
    try (FakeSis sis = FakeSis.builder().seed(seed).maxRecordedRequests(0).build()) {
      sis.start();
      List<String> modes = List.of("stream", "tree", "ceiling");
      int rounds = sizes.rosterRounds;
      double[] perSecond = new double[rounds];
      double[] vsTree = new double[rounds];
      double[] vsCeiling = new double[rounds];
      long peak = 0;
      boolean ok = true;
      for (int round = 0; round < rounds; round++) {
        ChildResult stream = null;
        ChildResult tree = null;
        ChildResult ceiling = null;
        for (int turn = 0; turn < modes.size(); turn++) {
          String mode = modes.get((turn + round) % modes.size());
          ChildResult r = child(sis, mode, "-Xmx64m");
          if (mode.equals("tree") && !r.ok()) {
            out.printf(
                Locale.ROOT,
                "whole-tree parsing failed at -Xmx64m (%s); again at -Xmx1g%n",
                r.error);
            r = child(sis, mode, "-Xmx1g");
          }
          out.printf(
              Locale.ROOT,
              "round %d: roster %-7s (%s): %d users in %d ms = %.0f users/s, peak heap %d MB%n",
              round + 1,
              mode,
              r.heap,
              r.users,
              r.millis,
              r.perSecond(),
              r.peakHeapMb);
          switch (mode) {
            case "stream" -> stream = r;
            case "tree" -> tree = r;
            default -> ceiling = r;
          }
        }
        boolean streamOk = stream.ok() && stream.users == sizes.rosterUsers;
        if (!streamOk) {
          out.printf(Locale.ROOT, "WARNING: streaming failed: %s%n", stream.error);
        }
        if (!ceiling.ok() || ceiling.users != sizes.rosterUsers) {
          out.printf(Locale.ROOT, "WARNING: the read ceiling failed: %s%n", ceiling.error);
          streamOk = false;
        }
        ok &= streamOk;
        perSecond[round] = stream.perSecond();
        vsTree[round] = stream.perSecond() / tree.perSecond();
        vsCeiling[round] = stream.perSecond() / ceiling.perSecond();
        peak = Math.max(peak, stream.peakHeapMb);
      }
      out.printf(
          Locale.ROOT,
          "roster medians: stream %.0f users/s; per-round stream/tree %s, stream/ceiling %s;"
              + " stream peak heap at most %d MB%n",
          median(perSecond),
          ratios(vsTree),
          ratios(vsCeiling),
          peak);
      return new RosterNumbers(median(perSecond), median(vsTree), median(vsCeiling), peak, ok);
    }
  }

  private record ChildResult(String heap, long users, long millis, long peakHeapMb, String error) {
    boolean ok() {
      return error == null;
    }

    double perSecond() {
      return millis == 0 ? 0 : users * 1000.0 / millis;
    }
  }

  private ChildResult child(FakeSis sis, String mode, String heap) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File log = File.createTempFile("roster-" + mode, ".out");
    log.deleteOnExit();
    Process p =
        new ProcessBuilder(
                java,
                heap,
                "-cp",
                System.getProperty("java.class.path"),
                RosterChild.class.getName(),
                mode,
                sis.baseUrl(),
                sis.tokenUrl(),
                sis.clientId(),
                sis.clientSecret(),
                String.valueOf(sizes.pageSize))
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return new ChildResult(heap, 0, 0, 0, "timed out");
    }
    List<String> lines = Files.readAllLines(log.toPath());
    for (String line : lines) {
      if (line.startsWith("RESULT ")) {
        String[] f = line.split(" ");
        return new ChildResult(
            heap, Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), null);
      }
    }
    String tail = lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
    return new ChildResult(heap, 0, 0, 0, "exit " + p.exitValue() + ": " + tail);
  }

  // ---- 4: the first export of a fresh JVM -----------------------------------------------------

  /**
   * The ceiling's time over the export's, each the first run of a fresh child JVM: {@code ratio}
   * with the JDK's defaults on both sides; {@code appCdsRatio} with the export's JVM started from
   * an application class-data archive that a training run wrote (0 when none could be written);
   * {@code c1Ratio} with the export's JVM compiling with C1 only ({@code -XX:TieredStopAtLevel=1}).
   * The ceiling keeps the JDK's defaults throughout.
   */
  private record ColdNumbers(double ratio, double appCdsRatio, double c1Ratio, boolean ok) {}

  /** One way to start the cold export's JVM. */
  private record ColdVariant(String name, List<String> jvmOptions) {}

  /**
   * Each round starts fresh child JVMs against the export's fake SIS (reset before each): the
   * ceiling ({@link CeilingChild}: a bare {@link HttpClient}, its token, then the same PUTs) and
   * the export ({@link ExportChild}, as {@code oneroster export} runs it: build a client, export
   * once) with the JDK's defaults, from an AppCDS archive, and with C1 only; each is timed inside
   * the child from its first step to its last response. The order rotates from round to round; the
   * ratios are the medians of the rounds' ratios.
   */
  private ColdNumbers cold(SuiteSis sis, List<Ceiling.Put> puts) throws Exception {
    Path dir = Files.createTempDirectory("suite-cold");
    try {
      Path putsFile = dir.resolve("puts.bin");
      CeilingChild.write(putsFile, puts);
      Path archive = dir.resolve("export.jsa");
      // Training run: the classes an export loads, archived when its JVM exits.
      sis.reset();
      Timed training = exportChild(sis, dir, List.of("-XX:ArchiveClassesAtExit=" + archive));
      boolean appCds = training.ok() && Files.isRegularFile(archive);
      out.printf(
          Locale.ROOT,
          "cold: AppCDS training export %s (%s)%n",
          appCds ? "archived its classes" : "wrote no archive",
          training.ok() ? training.millis + " ms" : training.error);
      List<ColdVariant> variants = new ArrayList<>();
      variants.add(new ColdVariant("ceiling", List.of()));
      variants.add(new ColdVariant("export", List.of()));
      if (appCds) {
        variants.add(new ColdVariant("export AppCDS", List.of("-XX:SharedArchiveFile=" + archive)));
      }
      variants.add(new ColdVariant("export C1", List.of("-XX:TieredStopAtLevel=1")));
      int rounds = sizes.coldRounds;
      double[][] ratios = new double[variants.size()][rounds];
      boolean ok = true;
      for (int round = 0; round < rounds; round++) {
        Timed[] runs = new Timed[variants.size()];
        for (int turn = 0; turn < variants.size(); turn++) {
          int v = (turn + round) % variants.size();
          ColdVariant variant = variants.get(v);
          sis.reset();
          runs[v] =
              v == 0
                  ? ceilingChild(sis, dir, putsFile)
                  : exportChild(sis, dir, variant.jvmOptions());
        }
        StringBuilder line =
            new StringBuilder(String.format(Locale.ROOT, "cold round %d:", round + 1));
        for (int v = 0; v < variants.size(); v++) {
          Timed t = runs[v];
          if (!t.ok() || t.count != puts.size()) {
            ok = false;
            out.printf(
                Locale.ROOT, "WARNING: cold %s failed: %s%n", variants.get(v).name(), t.error);
          }
          ratios[v][round] = runs[0].millis / (double) Math.max(1, t.millis);
          line.append(
              String.format(
                  Locale.ROOT,
                  "%s %s %d writes in %d ms",
                  v == 0 ? "" : ";",
                  variants.get(v).name(),
                  t.count,
                  t.millis));
        }
        out.println(line);
      }
      double ratio = 0;
      double appCdsRatio = 0;
      double c1Ratio = 0;
      StringBuilder summary = new StringBuilder("cold: per-round ceiling/export ratios");
      for (int v = 1; v < variants.size(); v++) {
        summary.append(' ').append(variants.get(v).name()).append(' ');
        summary.append(ratios(ratios[v]));
        double m = median(ratios[v]);
        switch (variants.get(v).name()) {
          case "export" -> ratio = m;
          case "export AppCDS" -> appCdsRatio = m;
          default -> c1Ratio = m;
        }
      }
      out.println(summary);
      return new ColdNumbers(ratio, appCdsRatio, c1Ratio, ok);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** What a timed child printed: {@code TIMED <millis> <count>}, or why it did not. */
  private record Timed(long millis, long count, String error) {
    boolean ok() {
      return error == null;
    }
  }

  private Timed exportChild(SuiteSis sis, Path dir, List<String> jvmOptions) throws Exception {
    List<String> args = new ArrayList<>(jvmOptions);
    args.addAll(
        List.of(
            ExportChild.class.getName(),
            sis.baseUrl(),
            sis.tokenUrl(),
            sis.clientId(),
            sis.clientSecret(),
            NAMESPACE,
            String.valueOf(sizes.classes),
            String.valueOf(sizes.studentsPerClass),
            String.valueOf(sizes.assignments),
            String.valueOf(sizes.concurrency)));
    return timedChild(dir.resolve("export.out"), args);
  }

  private Timed ceilingChild(SuiteSis sis, Path dir, Path putsFile) throws Exception {
    return timedChild(
        dir.resolve("ceiling.out"),
        List.of(
            CeilingChild.class.getName(),
            putsFile.toString(),
            sis.baseUrl(),
            sis.tokenUrl(),
            sis.clientId(),
            sis.clientSecret(),
            String.valueOf(sizes.concurrency)));
  }

  private static Timed timedChild(Path log, List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(args);
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return new Timed(0, 0, "timed out");
    }
    List<String> lines = Files.readAllLines(log);
    for (String line : lines) {
      if (line.startsWith("TIMED ")) {
        String[] f = line.split(" ");
        return new Timed(Long.parseLong(f[1]), Long.parseLong(f[2]), null);
      }
    }
    String tail = lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
    return new Timed(0, 0, "exit " + p.exitValue() + ": " + tail);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * Starts a timed run from a collected heap: otherwise a run pays, at random, for collecting what
   * earlier runs left (each run's gradebook in the fake SIS, the recorded requests), and the longer
   * run is hit more often. Both JVMs when the fake SIS has its own.
   */
  private static void collectGarbage(SuiteSis sis) throws IOException {
    System.gc();
    sis.collectGarbage();
  }

  /**
   * CPU time of this whole process (all threads, the fake SIS's too when it runs in this JVM), or 0
   * if unknown.
   */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Ratios to three decimals: {@code [0.903, 0.918]}. */
  private static String ratios(double[] values) {
    StringBuilder b = new StringBuilder("[");
    for (double v : values) {
      b.append(b.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.3f", v));
    }
    return b.append(']').toString();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }
}
