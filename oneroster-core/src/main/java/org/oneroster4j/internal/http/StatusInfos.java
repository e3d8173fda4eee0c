package org.oneroster4j.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.oneroster4j.error.StatusInfo;
import org.oneroster4j.internal.json.OneRosterJson;

/** Lenient imsx status parsing of an error body's bytes. */
final class StatusInfos {

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
      node = OneRosterJson.get().mapper().readTree(body, 0, length);
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

  private static List<StatusInfo> fromNode(JsonNode node) {
    return OneRosterJson.get().parseStatusInfos(node);
  }
}
