package org.oneroster4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code oneroster}: the OneRoster4j command line. Run {@code oneroster --help} for the commands.
 */
@Command(
    name = "oneroster",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Exports an LMS gradebook to a school SIS over OneRoster 1.1, and tests SIS connections.",
    subcommands = {
      DemoCommand.class,
      CheckCommand.class,
      ClassesCommand.class,
      ExportCommand.class,
      VendorsCommand.class,
      FakeSisCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nConnection settings may come from the environment:%n",
    footer = {
      "  ONEROSTER_URL, ONEROSTER_TOKEN_URL,",
      "  ONEROSTER_CLIENT_ID, ONEROSTER_CLIENT_SECRET,",
      "  ONEROSTER_VENDOR_KEY, ONEROSTER_VENDOR_SECRET, ONEROSTER_VERSION",
      "  (a flag wins over its variable). Start with `oneroster demo`."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:finished, but some items failed (see the report)",
      "2:bad usage or input",
      "3:the SIS rejected the credentials or their permissions",
      "4:the SIS is unreachable or did not answer like OneRoster 1.1"
    })
public final class Main implements Callable<Integer> {
  private final CliContext ctx;

  @Spec CommandSpec spec;

  Main(CliContext ctx) {
    this.ctx = ctx;
  }

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Debug logs on stderr (requests, retries; never secrets).")
  void verbose(boolean verbose) {
    if (verbose) {
      ctx.verbose(true);
      Logging.verbose();
    }
  }

  @Override
  public Integer call() {
    ctx.err().println("Missing command: try `oneroster demo`, or see the commands below.");
    spec.commandLine().usage(ctx.err());
    return ExitCodes.USAGE;
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    // Logs go straight to System.err: mask secrets there too, not only in our own output.
    System.setErr(Redactor.of(args, System.getenv()).wrap(System.err));
    int code = execute(CliContext.system(), args);
    System.exit(code);
  }

  /**
   * Runs one command line in this process and returns its exit code; nothing is read from the real
   * environment or written to the real stdout/stderr except through {@code context}. (Logs go to
   * {@code System.err}, like in the jar.)
   */
  public static int execute(CliContext context, String... args) {
    Logging.defaults();
    Redactor redactor = Redactor.of(args, context.env());
    // Whatever reaches the terminal: no secret, and no escape sequence or stray control character
    // (text from a SIS is also made safe where it is printed, see Terminal).
    CliContext ctx =
        context.withStreams(
            Terminal.filter(redactor.wrap(context.out())),
            Terminal.filter(redactor.wrap(context.err())));
    try {
      return commandLine(ctx).execute(args);
    } finally {
      ctx.out().flush();
      ctx.err().flush();
    }
  }

  /**
   * The configured command line, for running in-process, on this process's environment and streams
   * (set others with {@code setOut}/{@code setErr}).
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return commandLine(CliContext.system());
  }

  /** The configured command line for {@code ctx}. */
  static CommandLine commandLine(CliContext ctx) {
    CommandLine cl = new CommandLine(new Main(ctx), new ContextFactory(ctx));
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(new Errors.BadUsage());
    cl.setExecutionExceptionHandler(new Errors.Failure(ctx));
    return cl;
  }
}
