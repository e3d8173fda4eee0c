package org.oneroster4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Random and mutated response bodies for {@link ClientFuzzTest}. */
final class Bodies {
  private Bodies() {}

  private static final String[] WEIRD_VALUES = {
    "null",
    "true",
    "-1",
    "1e309",
    "\"\"",
    "[]",
    "{}",
    "\"x\"",
    "[[[]]]",
    "12345678901234567890",
    "\"2026-13-45\"",
    "\"\\ud800\"",
    "{\"a\":",
    "NaN",
    "0.0000001",
    "\"tobedeleted\"",
    "[null]"
  };

  static byte[] random(Random r, String operation) {
    String valid = valid(r, operation);
    return switch (r.nextInt(14)) {
      case 0 -> valid.getBytes(StandardCharsets.UTF_8);
      case 1 -> truncate(r, valid);
      case 2 -> flipBytes(r, valid.getBytes(StandardCharsets.UTF_8));
      case 3 -> wrongTypes(r, valid).getBytes(StandardCharsets.UTF_8);
      case 4 ->
          ("<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Error "
                  + r.nextInt(600)
                  + "</h1></body></html>")
              .getBytes(StandardCharsets.UTF_8);
      case 5 -> huge(r);
      case 6 -> nested(r);
      case 7 -> new byte[0];
      case 8 -> randomBytes(r);
      case 9 -> statusInfo(r).getBytes(StandardCharsets.UTF_8);
      case 10 -> WEIRD_VALUES[r.nextInt(WEIRD_VALUES.length)].getBytes(StandardCharsets.UTF_8);
      case 11 -> wrongTypes(r, wrongTypes(r, valid)).getBytes(StandardCharsets.UTF_8);
      case 12 ->
          ("{\"users\":[" + "{\"sourcedId\":\"u\"},".repeat(r.nextInt(300)) + "{}]}")
              .getBytes(StandardCharsets.UTF_8);
      default -> truncate(r, wrongTypes(r, valid));
    };
  }

  /** A well-formed body for the operation (a page, a single object or a write echo). */
  static String valid(Random r, String operation) {
    switch (operation) {
      case "users", "teacherByEmail" -> {
        StringBuilder b = new StringBuilder("{\"users\":[");
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            b.append(',');
          }
          b.append(user(r, i));
        }
        b.append("]");
        if (r.nextBoolean()) {
          b.append(",\"statusInfoSet\":[").append(statusInfoObject(r)).append("]");
        }
        return b.append("}").toString();
      }
      case "lineItems" -> {
        StringBuilder b = new StringBuilder("{\"lineItems\":[");
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            b.append(',');
          }
          b.append(lineItem(i));
        }
        return b.append("]}").toString();
      }
      case "user" -> {
        return "{\"user\":" + user(r, 1) + "}";
      }
      case "putLineItem" -> {
        return "{\"lineItem\":" + lineItem(1) + "}";
      }
      default -> {
        return "{\"result\":{\"sourcedId\":\"r-1\",\"status\":\"active\","
            + "\"dateLastModified\":\"2026-09-09T00:00:00.000Z\","
            + "\"lineItem\":{\"sourcedId\":\"li-1\",\"type\":\"lineItem\"},"
            + "\"student\":{\"sourcedId\":\"u-1\",\"type\":\"user\"},"
            + "\"scoreStatus\":\"fully graded\",\"score\":7,\"scoreDate\":\"2026-09-09\"}}";
      }
    }
  }

  private static String user(Random r, int i) {
    return "{\"sourcedId\":\"u-"
        + i
        + "\",\"status\":\"active\",\"dateLastModified\":\"2026-07-01T00:00:00.000Z\","
        + "\"username\":\"u"
        + i
        + "\",\"userIds\":[{\"type\":\"LDAP\",\"identifier\":\"x\"}],\"enabledUser\":\""
        + r.nextBoolean()
        + "\",\"givenName\":\"G\",\"familyName\":\"F\",\"role\":\"teacher\","
        + "\"email\":\"kim@example.org\",\"orgs\":[{\"sourcedId\":\"s-1\",\"type\":\"org\"}],"
        + "\"grades\":[\"09\"],\"metadata\":{\"k\":[1,{\"x\":null}]}}";
  }

  private static String lineItem(int i) {
    return "{\"sourcedId\":\"li-"
        + i
        + "\",\"status\":\"active\",\"dateLastModified\":\"2026-07-01T00:00:00.000Z\","
        + "\"title\":\"Quiz\",\"assignDate\":\"2026-09-01\",\"dueDate\":\"2026-09-08T00:00:00Z\","
        + "\"class\":{\"sourcedId\":\"c-1\",\"type\":\"class\"},"
        + "\"category\":{\"sourcedId\":\"cat-1\",\"type\":\"category\"},"
        + "\"resultValueMin\":\"0\",\"resultValueMax\":10.0}";
  }

  private static String statusInfo(Random r) {
    return r.nextBoolean()
        ? statusInfoObject(r)
        : "{\"statusInfoSet\":[" + statusInfoObject(r) + "," + statusInfoObject(r) + "]}";
  }

  private static String statusInfoObject(Random r) {
    String minor =
        r.nextBoolean()
            ? "\"imsx_codeMinor\":\"unknownobject\""
            : "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":"
                + "\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":"
                + WEIRD_VALUES[r.nextInt(WEIRD_VALUES.length)]
                + "}]}";
    return "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":"
        + WEIRD_VALUES[r.nextInt(WEIRD_VALUES.length)]
        + ",\"imsx_description\":\"d\","
        + minor
        + "}";
  }

  private static byte[] truncate(Random r, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
  }

  private static byte[] flipBytes(Random r, byte[] b) {
    int flips = 1 + r.nextInt(5);
    for (int i = 0; i < flips && b.length > 0; i++) {
      b[r.nextInt(b.length)] = (byte) r.nextInt(256);
    }
    return b;
  }

  /** Replaces a random scalar value after a colon with a value of another JSON type. */
  private static String wrongTypes(Random r, String s) {
    StringBuilder b = new StringBuilder(s);
    int replacements = 1 + r.nextInt(4);
    for (int k = 0; k < replacements; k++) {
      int colon = b.indexOf(":", r.nextInt(Math.max(1, b.length())));
      if (colon < 0) {
        break;
      }
      int end = colon + 1;
      if (end < b.length() && b.charAt(end) == '"') {
        end = b.indexOf("\"", end + 1) + 1;
      } else {
        while (end < b.length() && ",}]".indexOf(b.charAt(end)) < 0) {
          end++;
        }
      }
      if (end <= colon) {
        break;
      }
      b.replace(colon + 1, end, WEIRD_VALUES[r.nextInt(WEIRD_VALUES.length)]);
    }
    return b.toString();
  }

  /** Larger than the client's response limit (a runaway or hostile server). */
  private static byte[] huge(Random r) {
    int size = 300 * 1024 + r.nextInt(200 * 1024);
    byte[] b = new byte[size];
    byte[] head = "{\"users\":[{\"sourcedId\":\"".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, b, 0, head.length);
    java.util.Arrays.fill(b, head.length, size, (byte) 'a');
    return b;
  }

  private static byte[] nested(Random r) {
    int depth = 1000 + r.nextInt(20_000);
    String open = r.nextBoolean() ? "[" : "{\"a\":";
    return ("{\"users\":" + open.repeat(depth)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes(Random r) {
    byte[] b = new byte[r.nextInt(2000)];
    r.nextBytes(b);
    return b;
  }
}
