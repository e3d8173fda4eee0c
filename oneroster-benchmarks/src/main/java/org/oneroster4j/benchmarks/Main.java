package org.oneroster4j.benchmarks;

import java.util.Arrays;

/**
 * Entry point of {@code benchmarks.jar}: {@code suite [--quick] [--rounds N] [--concurrency N]
 * [--warm-ups N] [--skip-roster]} runs the end-to-end {@link Suite}; {@code threads [--quick]
 * [--rounds N] [--concurrency N] [--warm-ups N]} the export's and the ceiling's CPU by thread
 * ({@link ThreadCpu}); anything else goes to JMH's own command line ({@code -l} lists the
 * benchmarks).
 */
public final class Main {
  private Main() {}

  /**
   * Dispatches to the suite, the thread CPU comparison or JMH.
   *
   * @param args {@code suite} or {@code threads} and its options, or JMH options
   * @throws Exception when the suite or JMH fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("suite")) {
      System.exit(Suite.run(Arrays.copyOfRange(args, 1, args.length), System.out));
    }
    if (args.length > 0 && args[0].equals("threads")) {
      System.exit(ThreadCpu.run(Arrays.copyOfRange(args, 1, args.length), System.out));
    }
    org.openjdk.jmh.Main.main(args);
  }
}
