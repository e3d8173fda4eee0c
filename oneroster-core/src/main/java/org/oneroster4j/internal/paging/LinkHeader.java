package org.oneroster4j.internal.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses RFC 8288 {@code Link} headers into relation → target. */
public final class LinkHeader {
  private LinkHeader() {}

  /** Every {@code rel} with its target URI reference; the first occurrence of a rel wins. */
  public static Map<String, String> parse(List<String> headerValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String header : headerValues) {
      int i = 0;
      int n = header.length();
      while (i < n) {
        int lt = header.indexOf('<', i);
        if (lt < 0) {
          break;
        }
        int gt = header.indexOf('>', lt);
        if (gt < 0) {
          break;
        }
        String target = header.substring(lt + 1, gt).trim();
        // parameters run until the next link (a comma outside quotes) or the end
        int j = gt + 1;
        boolean quoted = false;
        StringBuilder params = new StringBuilder();
        while (j < n) {
          char c = header.charAt(j);
          if (c == '"') {
            quoted = !quoted;
          } else if (c == ',' && !quoted) {
            break;
          }
          params.append(c);
          j++;
        }
        for (String param : params.toString().split(";")) {
          int eq = param.indexOf('=');
          if (eq < 0) {
            continue;
          }
          String name = param.substring(0, eq).trim().toLowerCase(Locale.ROOT);
          if (!name.equals("rel")) {
            continue;
          }
          String value = param.substring(eq + 1).trim();
          if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
          }
          for (String rel : value.trim().split("\\s+")) {
            if (!rel.isEmpty()) {
              out.putIfAbsent(rel.toLowerCase(Locale.ROOT), target);
            }
          }
        }
        i = j + 1;
      }
    }
    return out;
  }
}
