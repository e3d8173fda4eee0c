package org.oneroster4j.internal;

/**
 * Makes text that came from a server safe for a terminal or a log line. A SIS's error description,
 * a body excerpt or an id may carry ESC sequences (which can clear a screen or recolour it), a
 * carriage return or a line break (which can forge a line in an administrator's terminal or a log)
 * or bidirectional overrides (which can make text read backwards).
 */
public final class Text {
  private Text() {}

  /**
   * {@code s} with every control character — C0 (line breaks and ESC included), DEL, C1, the
   * Unicode line and paragraph separators and the bidirectional embedding, override and isolate
   * controls — replaced by a space; {@code null} stays {@code null}.
   */
  public static String safe(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    int n = s.length();
    while (i < n && !unsafe(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      b.append(unsafe(c) ? ' ' : c);
    }
    return b.toString();
  }

  /** Whether {@code c} must not reach a terminal. */
  public static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
