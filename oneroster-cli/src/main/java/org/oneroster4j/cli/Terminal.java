package org.oneroster4j.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps what a server sent from driving the administrator's terminal. Text from a SIS (titles, ids,
 * error descriptions) goes through {@link #safe(String)} before it is printed, so an ESC sequence
 * cannot clear or recolour the screen and a carriage return or line break cannot forge a line; and
 * every stream the command line writes drops escape sequences and control characters other than the
 * line breaks, carriage returns and tabs of its own layout.
 */
final class Terminal {
  private Terminal() {}

  /**
   * {@code text} with C0 and C1 control characters (line breaks and ESC included), DEL, the Unicode
   * line and paragraph separators and the bidirectional controls replaced by a space; null stays
   * null.
   */
  static String safe(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
        }
        b.append(' ');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** A writer to {@code target} that drops escape sequences and stray control characters. */
  static PrintWriter filter(PrintWriter target) {
    return new PrintWriter(new Filter(target), true);
  }

  /**
   * Passes line breaks, carriage returns (the progress bar) and tabs; drops a whole {@code ESC [ …
   * final} sequence, any other ESC with the character after it, and every other control character.
   */
  private static final class Filter extends FilterWriter {
    private static final int TEXT = 0;
    private static final int ESCAPE = 1;
    private static final int CSI = 2;
    private int state = TEXT;

    Filter(Writer target) {
      super(target);
    }

    @Override
    public void write(int c) throws IOException {
      char ch = (char) c;
      switch (state) {
        case ESCAPE:
          state = ch == '[' ? CSI : TEXT;
          return;
        case CSI:
          if (ch >= 0x40 && ch <= 0x7e) {
            state = TEXT;
          }
          return;
        default:
          if (ch == 0x1b || ch == 0x9b) {
            state = ch == 0x9b ? CSI : ESCAPE;
            return;
          }
          if (ch == '\n' || ch == '\r' || ch == '\t' || !unsafe(ch)) {
            out.write(ch);
          }
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
  }
}
