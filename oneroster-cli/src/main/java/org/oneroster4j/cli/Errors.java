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

  /** A message for {@code e} an administrator can act on. */
  static String describe(Throwable e) {
    if (e instanceof ValidationException v) {
      StringBuilder b = new StringBuilder("invalid ").append(v.subject()).append(':');
      v.violations().forEach(violation -> b.append("\n  - ").append(violation));
      return b.toString();
    }
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
}
