package org.oneroster4j.cli;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.oneroster4j.error.ForbiddenException;
import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.error.TransportException;
import org.oneroster4j.error.UnauthorizedException;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.export.Diagnosis;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExportUnavailableException;
import org.oneroster4j.export.TeacherNotFoundException;
import picocli.CommandLine;

/**
 * The exit codes of {@code oneroster} (a contract, see the README) and the one place that maps what
 * went wrong to them.
 */
final class ExitCodes {
  /** Everything done. */
  static final int OK = 0;

  /** The run finished, but some items failed (see the report). */
  static final int ITEM_FAILURES = 1;

  /** Bad usage or bad input (options, files, an unknown teacher). */
  static final int USAGE = 2;

  /** The SIS rejected the credentials or their permissions. */
  static final int AUTH = 3;

  /** The SIS could not be reached, or did not answer like a OneRoster 1.1 server. */
  static final int UNREACHABLE = 4;

  private ExitCodes() {}

  /** The exit code for a run that ended with {@code e}. */
  static int of(Throwable e) {
    if (e instanceof CommandLine.ParameterException
        || e instanceof UsageException
        || e instanceof ValidationException
        || e instanceof TeacherNotFoundException
        || e instanceof GradeExportUnavailableException
        // the client builder's refusals: missing URL or credentials, plain http, bad options
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException) {
      return USAGE;
    }
    if (e instanceof UncheckedIOException u && isInputFileProblem(u.getCause())) {
      return USAGE;
    }
    if (e instanceof UnauthorizedException || e instanceof ForbiddenException) {
      return AUTH;
    }
    if (e instanceof TransportException
        || e instanceof ProtocolException
        || e instanceof OneRosterServiceException
        || e instanceof OneRosterException) {
      return UNREACHABLE;
    }
    // An unexpected failure: not the user's input, and nothing was finished.
    return UNREACHABLE;
  }

  /**
   * The exit code for a finished export: 4 when it stopped because the SIS stopped answering
   * (nothing more could be sent), else 0 or 1.
   */
  static int of(ExportReport report) {
    if (report.stopCause() == ExportReport.StopCause.SIS_NOT_ANSWERING) {
      return UNREACHABLE;
    }
    return report.succeeded() ? OK : ITEM_FAILURES;
  }

  /** The exit code for a connection check's outcome. */
  static int of(Diagnosis diagnosis) {
    switch (diagnosis.problem()) {
      case NONE:
        return OK;
      case CREDENTIALS_REJECTED:
      case VENDOR_HEADER_MISSING:
      case PERMISSION_DENIED:
        return AUTH;
      default:
        return UNREACHABLE;
    }
  }

  private static boolean isInputFileProblem(Throwable cause) {
    return cause instanceof NoSuchFileException
        || cause instanceof AccessDeniedException
        || cause instanceof FileNotFoundException;
  }
}
