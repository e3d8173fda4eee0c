package org.oneroster4j.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.error.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * How failures are shown: one clear message on stderr, and the exit code from {@link ExitCodes}.
 */
final class Errors {
  private Errors() {}

  /** A mistyped command line: the problem and where to find the usage; exit code 2. */
  static final class BadUsage implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println("oneroster: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Run `" + cl.getCommandSpec().qualifiedName() + " --help` for the options.");
      err.flush();
      return ExitCodes.of(ex);
    }
  }

  /** A command that failed: what happened and what to do; the stack trace with --verbose. */
  static final class Failure implements CommandLine.IExecutionExceptionHandler {
    private final CliContext ctx;

    Failure(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public int handleExecutionException(
        Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
      PrintWriter err = cl.getErr();
      err.println("oneroster " + cl.getCommandName() + ": " + describe(ex));
      if (ctx.verbose()) {
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.of(ex);
    }
  }

  /**
   * A message for {@code e} an administrator can act on: the SDK's advice in command-line terms
   * (flags and variables, not builder methods), and no control character from a server.
   */
  static String describe(Throwable e) {
    if (e instanceof ValidationException v) {
      StringBuilder b =
          new StringBuilder("invalid ").append(Terminal.safe(v.subject())).append(':');
      v.violations()
          .forEach(
              violation ->
                  b.append("\n  - ")
                      .append(Terminal.safe(option(violation.field())))
                      .append(": ")
                      .append(Terminal.safe(Advice.forCli(violation.message()))));
      return b.toString();
    }
    return Terminal.safe(Advice.forCli(raw(e)));
  }

  private static String raw(Throwable e) {
    if (e instanceof OneRosterServiceException s) {
      String message = s.getMessage();
      return message != null
          ? message
          : "HTTP " + s.httpStatus() + " on " + s.method() + " " + s.path();
    }
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return e.getMessage() + " (" + u.getCause().getClass().getSimpleName() + ")";
    }
    if (e instanceof UsageException
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException
        || e instanceof org.oneroster4j.error.OneRosterException) {
      return e.getMessage();
    }
    return "unexpected "
        + e.getClass().getName()
        + ": "
        + e.getMessage()
        + " (run with -v for details)";
  }

  /** A connection setting's name as the command line spells it. */
  static String option(String field) {
    switch (field) {
      case "url":
        return "--url (ONEROSTER_URL)";
      case "tokenUrl":
        return "--token-url (ONEROSTER_TOKEN_URL)";
      case "vendor":
        return "--vendor";
      case "vendorKey":
        return "--vendor-key (ONEROSTER_VENDOR_KEY)";
      case "vendorSecret":
        return "--vendor-secret (ONEROSTER_VENDOR_SECRET)";
      case "version":
        return "--oneroster (ONEROSTER_VERSION)";
      default:
        return field.startsWith("options.")
            ? "--vendor-option " + field.substring("options.".length())
            : field;
    }
  }
}
