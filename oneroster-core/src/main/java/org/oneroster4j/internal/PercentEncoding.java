package org.oneroster4j.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as OAuth 1.0a (RFC 5849 section 3.6) requires: only the unreserved
 * characters {@code A-Z a-z 0-9 - . _ ~} stay as they are; every other UTF-8 byte becomes {@code
 * %XX} with upper-case hex. The same encoding builds request URLs, so what is sent and what is
 * signed always agree.
 */
public final class PercentEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /** Encodes {@code s} (UTF-8) keeping only unreserved characters. */
  public static String encode(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && isUnreserved(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n + 16);
    out.append(s, 0, i);
    byte[] bytes = s.substring(i).getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 0x80 && isUnreserved((char) c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * Decodes a query-string component as {@code application/x-www-form-urlencoded} (RFC 5849 section
   * 3.4.1.3.1): {@code %XX} sequences as UTF-8 and {@code +} as a space. A {@code %} not followed
   * by two hex digits is kept literally.
   */
  public static String decodeForm(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%' && hex(s, i + 1) >= 0 && hex(s, i + 2) >= 0) {
        out.write(hex(s, i + 1) * 16 + hex(s, i + 2));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.writeBytes(b);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(String s, int i) {
    if (i >= s.length()) {
      return -1;
    }
    return Character.digit(s.charAt(i), 16);
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
