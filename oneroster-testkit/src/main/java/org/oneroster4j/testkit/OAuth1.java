package org.oneroster4j.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** RFC 5849 signature base string and RFC 3986 percent-encoding, for verifying requests. */
final class OAuth1 {
  private OAuth1() {}

  /**
   * {@code METHOD&enc(baseUri)&enc(params)}: every query parameter (decoded, re-encoded) plus the
   * oauth_* protocol parameters except the signature, sorted by name then value.
   */
  static String baseString(
      String method,
      String scheme,
      String host,
      String rawPath,
      String rawQuery,
      Map<String, String> oauth) {
    String authority = host.toLowerCase(Locale.ROOT);
    if (authority.endsWith(":80") && scheme.equals("http")) {
      authority = authority.substring(0, authority.length() - 3);
    }
    String baseUri = scheme + "://" + authority + rawPath;
    List<String[]> params = new ArrayList<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = formDecode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
        params.add(new String[] {encode(name), encode(value)});
      }
    }
    oauth.forEach(
        (name, value) -> {
          if (!name.equals("oauth_signature") && !name.equals("realm")) {
            params.add(new String[] {encode(name), encode(value)});
          }
        });
    params.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringBuilder normalized = new StringBuilder();
    for (String[] p : params) {
      if (normalized.length() > 0) {
        normalized.append('&');
      }
      normalized.append(p[0]).append('=').append(p[1]);
    }
    return method.toUpperCase(Locale.ROOT)
        + "&"
        + encode(baseUri)
        + "&"
        + encode(normalized.toString());
  }

  /** RFC 3986 percent-encoding of UTF-8: only {@code A-Za-z0-9-._~} stay as they are. */
  static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** Percent-decoding where {@code +} stays a plus (header values). */
  static String decode(String s) {
    return percentDecode(s, false);
  }

  /** Form decoding: {@code +} is a space (query strings, RFC 5849 3.4.1.3.1). */
  static String formDecode(String s) {
    return percentDecode(s, true);
  }

  private static String percentDecode(String s, boolean plusIsSpace) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out.write(hi * 16 + lo);
          i += 3;
          continue;
        }
      }
      if (c == '+' && plusIsSpace) {
        out.write(' ');
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      i += Character.charCount(cp);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
