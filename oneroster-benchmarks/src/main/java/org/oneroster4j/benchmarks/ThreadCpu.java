package org.oneroster4j.benchmarks;

import com.sun.management.ThreadMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;

/**
 * Where the export's CPU goes, against the ceiling's: the suite's export and ceiling at full size
 * (or the quick size) in one process, alternating after warm-ups, with every thread's CPU time,
 * allocation and waits ({@link ThreadMXBean}) summed by thread name (digits folded, so {@code
 * oneroster4j-http-3-7} is {@code oneroster4j-http-#-#}). Threads are polled every 20 ms during a
 * run, so the pools that live for one export or one phase count too. Medians over the rounds; the
 * rest of the process's CPU (JIT compiler and GC threads) is printed apart. JFR's execution samples
 * cannot make this comparison: the same JDK code shows different sample counts on the two sides.
 */
final class ThreadCpu {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final long POLL_MILLIS = 20;

  private ThreadCpu() {}

  /** CPU ns, allocated bytes and waits (waited + blocked counts) of one thread, or a sum. */
  private record Use(long cpu, long bytes, long waits) {
    Use minus(Use o) {
      return new Use(cpu - o.cpu, bytes - o.bytes, waits - o.waits);
    }

    Use plus(Use o) {
      return new Use(cpu + o.cpu, bytes + o.bytes, waits + o.waits);
    }
  }

  /**
   * Runs the comparison and prints the table.
   *
   * @param args {@code [--quick] [--rounds N] [--concurrency N] [--warm-ups N]}: {@code --quick}
   *     takes the suite's quick sizes, {@code --warm-ups} the untimed runs of each side (6)
   * @param out where to print
   * @return 0
   * @throws Exception when a step cannot run
   */
  static int run(String[] args, PrintStream out) throws Exception {
    List<String> list = Arrays.asList(args);
    int rounds = Suite.option(list, "--rounds", 5);
    int concurrency = Suite.option(list, "--concurrency", 8);
    boolean quick = list.contains("--quick");
    int warmUps = Suite.option(list, "--warm-ups", 6);
    int classes = quick ? 4 : 20;
    int assignments = quick ? 20 : 50;
    Seed seed = Seed.large(1, 1, classes, quick ? 25 : 30);
    try (FakeSis sis = FakeSis.builder().seed(seed).maxRecordedRequests(80_000).build()) {
      sis.start();
      Gradebook gradebook = Gradebooks.of(seed, "benchmarks", classes, assignments);
      HttpClient http = Ceiling.http();
      try (OneRosterClient client =
          OneRosterClient.builder()
              .url(sis.baseUrl())
              .tokenUrl(sis.tokenUrl())
              .credentials(Credentials.clientCredentials(sis.clientId(), sis.clientSecret()))
              .allowInsecureHttp(true)
              .maxConcurrency(concurrency)
              .requestTimeout(Duration.ofSeconds(60))
              .build()) {
        GradeExporter exporter =
            GradeExporter.of(client).namespace("benchmarks").concurrency(concurrency);
        String token = Suite.token(http, sis.tokenUrl(), sis.clientId(), sis.clientSecret());
        AtomicInteger retries = new AtomicInteger();
        List<HttpRequest> puts = null;
        for (int warmUp = 0; warmUp < warmUps; warmUp++) {
          sis.reset();
          exporter.export(gradebook);
          if (puts == null) {
            puts =
                Ceiling.requests(URI.create(sis.baseUrl() + "/"), Suite.capturedWrites(sis), token);
          }
          sis.reset();
          Ceiling.send(http, puts, concurrency, retries);
        }
        Map<String, List<Use>> export = new TreeMap<>();
        Map<String, List<Use>> ceiling = new TreeMap<>();
        List<long[]> exportTotals = new ArrayList<>();
        List<long[]> ceilingTotals = new ArrayList<>();
        for (int run = 0; run < 2 * rounds; run++) {
          boolean ceilingTurn = (run % 2 == 0) == (run / 2 % 2 == 0);
          sis.reset();
          System.gc();
          List<HttpRequest> requests = puts;
          long[] total = new long[3];
          Map<String, Use> byName =
              measure(
                  () -> {
                    if (ceilingTurn) {
                      Ceiling.send(http, requests, concurrency, retries);
                    } else {
                      exporter.export(gradebook);
                    }
                  },
                  total);
          byName.forEach(
              (name, use) ->
                  (ceilingTurn ? ceiling : export)
                      .computeIfAbsent(name, k -> new ArrayList<>())
                      .add(use));
          (ceilingTurn ? ceilingTotals : exportTotals).add(total);
          out.printf(
              Locale.ROOT,
              "%s: %d ms, process cpu %d ms%n",
              ceilingTurn ? "ceiling" : "export ",
              total[0] / 1_000_000,
              total[1] / 1_000_000);
        }
        print(out, export, ceiling, exportTotals, ceilingTotals);
      }
    }
    return 0;
  }

  private interface Work {
    void run() throws Exception;
  }

  /**
   * Runs {@code work}; returns each thread name's use, and puts in {@code total} the wall time, the
   * process CPU and the part of it no Java thread used (JIT compiler and GC threads).
   */
  private static Map<String, Use> measure(Work work, long[] total) throws Exception {
    Map<Long, Use> before = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    poll(before, names);
    Map<Long, Use> last = new HashMap<>(before);
    Object lock = new Object();
    Thread poller =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                synchronized (lock) {
                  poll(last, names);
                }
                try {
                  Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "thread-cpu-poller");
    long cpu0 = Suite.processCpuNanos();
    long t0 = System.nanoTime();
    poller.start();
    try {
      work.run();
    } finally {
      poller.interrupt();
      poller.join();
    }
    total[0] = System.nanoTime() - t0;
    total[1] = Suite.processCpuNanos() - cpu0;
    synchronized (lock) {
      poll(last, names);
    }
    Map<String, Use> byName = new TreeMap<>();
    last.forEach(
        (id, use) -> {
          String name = names.get(id);
          if (name != null && !name.equals("thread-cpu-poller")) {
            Use start = before.getOrDefault(id, new Use(0, 0, 0));
            byName.merge(name.replaceAll("[0-9]+", "#"), use.minus(start), Use::plus);
          }
        });
    total[2] = total[1] - byName.values().stream().mapToLong(Use::cpu).sum();
    return byName;
  }

  private static void poll(Map<Long, Use> uses, Map<Long, String> names) {
    for (long id : THREADS.getAllThreadIds()) {
      ThreadInfo info = THREADS.getThreadInfo(id);
      long cpu = THREADS.getThreadCpuTime(id);
      if (info == null || cpu < 0) {
        continue; // ended meanwhile: its last poll stands
      }
      names.putIfAbsent(id, info.getThreadName());
      uses.put(
          id,
          new Use(
              cpu,
              THREADS.getThreadAllocatedBytes(id),
              info.getWaitedCount() + info.getBlockedCount()));
    }
  }

  private static void print(
      PrintStream out,
      Map<String, List<Use>> export,
      Map<String, List<Use>> ceiling,
      List<long[]> exportTotals,
      List<long[]> ceilingTotals) {
    out.printf(
        Locale.ROOT,
        "%-36s %9s %9s %9s %9s %9s %9s%n",
        "threads (medians)",
        "exp cpu",
        "ceil cpu",
        "exp MB",
        "ceil MB",
        "exp wait",
        "ceil wait");
    TreeSet<String> names = new TreeSet<>(export.keySet());
    names.addAll(ceiling.keySet());
    for (String name : names) {
      Use e = median(export.get(name));
      Use c = median(ceiling.get(name));
      if (e.cpu + c.cpu < 5_000_000 && e.bytes + c.bytes < (5 << 20)) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%-36s %9d %9d %9d %9d %9d %9d%n",
          name,
          e.cpu / 1_000_000,
          c.cpu / 1_000_000,
          e.bytes >> 20,
          c.bytes >> 20,
          e.waits,
          c.waits);
    }
    long exportWall = medianOf(exportTotals, 0);
    long ceilingWall = medianOf(ceilingTotals, 0);
    long exportCpu = medianOf(exportTotals, 1);
    long ceilingCpu = medianOf(ceilingTotals, 1);
    out.printf(
        Locale.ROOT,
        "process cpu: export %d ms, ceiling %d ms; not in a Java thread (JIT, GC): export %d ms,"
            + " ceiling %d ms%n",
        exportCpu / 1_000_000,
        ceilingCpu / 1_000_000,
        medianOf(exportTotals, 2) / 1_000_000,
        medianOf(ceilingTotals, 2) / 1_000_000);
    out.printf(
        Locale.ROOT,
        "wall: export %d ms, ceiling %d ms, ceiling/export %.3f%n",
        exportWall / 1_000_000,
        ceilingWall / 1_000_000,
        ceilingWall / (double) exportWall);
  }

  private static Use median(List<Use> uses) {
    if (uses == null) {
      return new Use(0, 0, 0);
    }
    return new Use(
        medianOf(uses, Use::cpu), medianOf(uses, Use::bytes), medianOf(uses, Use::waits));
  }

  private static long medianOf(List<long[]> rows, int column) {
    return medianOf(rows, r -> r[column]);
  }

  private static <T> long medianOf(List<T> rows, ToLongFunction<T> value) {
    long[] values = rows.stream().mapToLong(value).sorted().toArray();
    return values[values.length / 2];
  }
}
