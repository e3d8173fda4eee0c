package org.oneroster4j.testsupport;

import java.util.StringJoiner;

/** Small JSON fixtures in OneRoster 1.1 shape. */
public final class Json {
  private Json() {}

  /** A user object. */
  public static String user(String id, String role, String email) {
    return "{\"sourcedId\":\""
        + id
        + "\",\"status\":\"active\",\"dateLastModified\":\"2026-01-01T00:00:00.000Z\","
        + "\"username\":\""
        + id
        + "\",\"enabledUser\":\"true\",\"givenName\":\"G"
        + id
        + "\",\"familyName\":\"F"
        + id
        + "\",\"role\":\""
        + role
        + "\",\"email\":\""
        + email
        + "\",\"orgs\":[{\"sourcedId\":\"org-1\",\"type\":\"org\"}]}";
  }

  /** A class object. */
  public static String schoolClass(String id, String status) {
    return "{\"sourcedId\":\""
        + id
        + "\",\"status\":\""
        + status
        + "\",\"title\":\"Class "
        + id
        + "\",\"classType\":\"scheduled\",\"course\":{\"sourcedId\":\"c1\",\"type\":\"course\"},"
        + "\"school\":{\"sourcedId\":\"s1\",\"type\":\"org\"},\"terms\":[{\"sourcedId\":\"t1\",\"type\":\"academicSession\"}]}";
  }

  /** {@code {"users":[u(from) .. u(to-1)]}}. */
  public static String users(int from, int to) {
    StringJoiner j = new StringJoiner(",", "{\"users\":[", "]}");
    for (int i = from; i < to; i++) {
      j.add(user("u" + i, "student", "u" + i + "@example.org"));
    }
    return j.toString();
  }
}
