package org.oneroster4j.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the command line talks to: the environment variables it may read, where its
 * output goes, and whether a person is watching a terminal. Tests build one with a map and string
 * writers instead of touching the real environment.
 */
public final class CliContext {
  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private boolean verbose;

  /**
   * Creates a context.
   *
   * @param env the environment variables (only the {@code ONEROSTER_*} ones are read)
   * @param out where results go (stdout)
   * @param err where progress, diagnostics and errors go (stderr)
   * @param terminal true when stderr is an interactive terminal (progress bar instead of lines)
   */
  public CliContext(Map<String, String> env, PrintWriter out, PrintWriter err, boolean terminal) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.terminal = terminal;
  }

  /** The context of the real process: its environment, stdout, stderr and console. */
  static CliContext system() {
    return new CliContext(
        System.getenv(),
        new PrintWriter(System.out, true),
        new PrintWriter(System.err, true),
        System.console() != null);
  }

  /** An environment variable, or null when unset or blank. */
  String env(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  Map<String, String> env() {
    return env;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  boolean terminal() {
    return terminal;
  }

  boolean verbose() {
    return verbose;
  }

  void verbose(boolean verbose) {
    this.verbose = verbose;
  }

  /** The same environment and terminal, writing to other streams. */
  CliContext withStreams(PrintWriter out, PrintWriter err) {
    CliContext copy = new CliContext(env, out, err, terminal);
    copy.verbose = verbose;
    return copy;
  }
}
