package org.oneroster4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Masks secret values in everything the command line prints. The commands never print a secret on
 * purpose; this is the second line of defence for what they do not control, such as picocli's echo
 * of a mistyped command line ({@code Unmatched argument: 's3cr3t'}) or a server message quoting a
 * credential.
 */
final class Redactor {
  static final String MASK = "****";

  /** Options whose value is a secret. */
  static final List<String> SECRET_OPTIONS = List.of("--client-secret", "--vendor-secret");

  /** Environment variables whose value is a secret. */
  static final List<String> SECRET_ENV =
      List.of("ONEROSTER_CLIENT_SECRET", "ONEROSTER_VENDOR_SECRET");

  /** Shorter values are too likely to appear in ordinary text to be masked everywhere. */
  private static final int MIN_LENGTH = 4;

  private final List<String> secrets;

  private Redactor(Set<String> secrets) {
    List<String> list = new ArrayList<>(secrets);
    // longest first, so a secret containing another is masked whole
    list.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(list);
  }

  /** The secrets on this command line and in this environment. */
  static Redactor of(String[] args, Map<String, String> env) {
    Set<String> found = new LinkedHashSet<>();
    if (command(args).equals("fake-sis")) {
      // The fake SIS's own test credentials are its output: its startup line must carry them.
      return new Redactor(found);
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      for (String option : SECRET_OPTIONS) {
        if (arg.equals(option) && i + 1 < args.length) {
          add(found, args[i + 1]);
        } else if (arg.startsWith(option + "=")) {
          add(found, arg.substring(option.length() + 1));
        }
      }
    }
    for (String name : SECRET_ENV) {
      add(found, env.get(name));
    }
    return new Redactor(found);
  }

  /** The command: the first argument that is not a top-level option (-v, -h, -V take no value). */
  private static String command(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "";
  }

  private static void add(Set<String> found, String value) {
    if (value != null && value.strip().length() >= MIN_LENGTH) {
      found.add(value);
      found.add(value.strip());
    }
  }

  /** {@code text} with every secret replaced by {@value #MASK}. */
  String redact(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }

  /** A writer that masks secrets in whole lines before passing them to {@code target}. */
  PrintWriter wrap(PrintWriter target) {
    if (secrets.isEmpty()) {
      return target;
    }
    return new PrintWriter(new LineRedactingWriter(target), true);
  }

  /**
   * A print stream that masks secrets line by line before passing them to {@code target}: for
   * {@code System.err}, where the log backend writes.
   */
  PrintStream wrap(PrintStream target) {
    if (secrets.isEmpty()) {
      return target;
    }
    OutputStream lines =
        new OutputStream() {
          private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

          @Override
          public synchronized void write(int b) {
            pending.write(b);
            if (b == '\n') {
              drain();
            }
          }

          @Override
          public synchronized void flush() {
            drain();
            target.flush();
          }

          private void drain() {
            if (pending.size() > 0) {
              byte[] text =
                  redact(pending.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
              target.write(text, 0, text.length);
              pending.reset();
            }
          }
        };
    return new PrintStream(lines, true, StandardCharsets.UTF_8);
  }

  /**
   * Buffers up to a line break or a flush, so a secret written in several pieces is still whole
   * when it is masked; a carriage return (the progress bar) also ends a piece.
   */
  private final class LineRedactingWriter extends FilterWriter {
    private final StringBuilder pending = new StringBuilder();

    LineRedactingWriter(Writer target) {
      super(target);
    }

    @Override
    public void write(int c) throws IOException {
      pending.append((char) c);
      if (c == '\n' || c == '\r') {
        drain();
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        write(buf[i]);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        write(str.charAt(i));
      }
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    private void drain() throws IOException {
      if (pending.length() > 0) {
        out.write(redact(pending.toString()));
        pending.setLength(0);
      }
    }
  }
}
