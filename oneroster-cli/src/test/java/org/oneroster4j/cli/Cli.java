package org.oneroster4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in this process with a given environment, capturing stdout and stderr. */
final class Cli {
  private Cli() {}

  /** One finished run. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new CliContext(env, new PrintWriter(out, true), new PrintWriter(err, true), false),
            args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Copies a test resource (next to this class) into {@code dir}. */
  static Path resource(String name, Path dir) {
    try (InputStream in = Cli.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
