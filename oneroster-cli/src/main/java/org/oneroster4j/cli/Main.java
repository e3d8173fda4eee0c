package org.oneroster4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code oneroster} command: entry point of {@code oneroster.jar}. */
@Command(
    name = "oneroster",
    mixinStandardHelpOptions = true,
    version = "oneroster 0.1.0",
    description = "OneRoster 1.1 grade export tools.",
    subcommands = {FakeSisCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line, for running in-process.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
