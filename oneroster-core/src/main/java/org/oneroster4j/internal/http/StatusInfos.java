package org.oneroster4j.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.oneroster4j.error.StatusInfo;

/** Lenient imsx status parsing of an error body's bytes. */
final class StatusInfos {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StatusInfos() {}

  /** The status entries in {@code body}, or an empty list when it is not JSON or has none. */
  static List<StatusInfo> parse(byte[] body, int length) {
    int i = 0;
    while (i < length && Character.isWhitespace(body[i])) {
      i++;
    }
    if (i == length || (body[i] != '{' && body[i] != '[')) {
      return List.of();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body, 0, length);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    if (node == null) {
      return List.of();
    }
    try {
      return fromNode(node);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  // Temporary until OneRosterJson.parseStatusInfos lands from the model branch.
  private static List<StatusInfo> fromNode(JsonNode node) {
    List<StatusInfo> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, List<StatusInfo> out) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (String key : List.of("statusInfoSet", "imsx_statusInfo", "warnings", "statusInfo")) {
      if (node.has(key)) {
        collect(node.get(key), out);
        return;
      }
    }
    String major = text(node, "imsx_codeMajor", "codeMajor");
    String severity = text(node, "imsx_severity", "severity");
    String description = text(node, "imsx_description", "description");
    String minor = null;
    JsonNode m =
        node.has("imsx_CodeMinor") ? node.get("imsx_CodeMinor") : node.get("imsx_codeMinor");
    if (m == null) {
      m = node.get("codeMinor");
    }
    if (m != null && m.isTextual()) {
      minor = m.asText();
    } else if (m != null) {
      JsonNode f = m.path("imsx_codeMinorField");
      JsonNode first = f.isArray() ? f.path(0) : f;
      minor = text(first, "imsx_codeMinorFieldValue", "codeMinorFieldValue");
    }
    if (major != null || severity != null || minor != null || description != null) {
      out.add(new StatusInfo(major, severity, minor, description));
    }
  }

  private static String text(JsonNode n, String a, String b) {
    JsonNode v = n.has(a) ? n.get(a) : n.get(b);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }
}
