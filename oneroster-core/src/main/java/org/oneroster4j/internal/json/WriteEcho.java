package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.oneroster4j.error.StatusInfo;

/**
 * What a write's answer says that matters: the sourcedId the SIS echoed for the object, and its
 * warnings. Read in one streaming pass that skips the rest of the object: an export reads one of
 * these per grade, and building the whole echoed entity would cost as much as writing the request.
 *
 * @param sourcedId the non-blank sourcedId inside the {@code singularKey} object, or null
 * @param warnings status infos from {@code statusInfoSet}, {@code warnings}, {@code
 *     imsx_statusInfo} or {@code statusInfo} (the first of these present, in that order), else from
 *     a body that is itself one status object (the OneRoster 1.2 shape)
 */
public record WriteEcho(String sourcedId, List<StatusInfo> warnings) {
  private static final List<String> WARNING_KEYS =
      List.of("statusInfoSet", "warnings", "imsx_statusInfo", "statusInfo");
  private static final WriteEcho NOTHING = new WriteEcho(null, List.of());

  /**
   * Reads {@code body}; an empty or unreadable body, or one that is not a JSON object, says nothing
   * (a successful write stays successful).
   *
   * @param json the codec that parses status infos
   * @param body the response body
   * @param singularKey the envelope key of the written object ({@code result}), or null for none
   */
  public static WriteEcho read(OneRosterJson json, byte[] body, String singularKey) {
    if (body.length == 0) {
      return NOTHING;
    }
    try (JsonParser p = json.mapper().getFactory().createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return NOTHING;
      }
      String id = null;
      JsonNode[] warnings = null; // most answers have none
      ObjectNode status = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        int w = WARNING_KEYS.indexOf(name);
        if (w >= 0) {
          if (warnings == null) {
            warnings = new JsonNode[WARNING_KEYS.size()];
          }
          warnings[w] = p.readValueAsTree();
        } else if (name.equals(singularKey) && value == JsonToken.START_OBJECT) {
          id = sourcedIdOf(p);
        } else if (name.startsWith("imsx_")) {
          if (status == null) {
            status = json.mapper().createObjectNode();
          }
          status.set(name, p.readValueAsTree());
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        return NOTHING;
      }
      for (int i = 0; warnings != null && i < warnings.length; i++) {
        if (warnings[i] != null) {
          return new WriteEcho(id, json.parseStatusInfos(warnings[i]));
        }
      }
      List<StatusInfo> own = status == null ? List.of() : json.parseStatusInfos(status);
      return id == null && own.isEmpty() ? NOTHING : new WriteEcho(id, own);
    } catch (IOException | RuntimeException e) {
      return NOTHING;
    }
  }

  /** Reads the object the parser is at up to its end; returns its non-blank sourcedId or null. */
  private static String sourcedIdOf(JsonParser p) throws IOException {
    String id = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("sourcedId") && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
        String text = p.getValueAsString();
        id = text == null || text.isBlank() ? null : text;
      } else {
        p.skipChildren();
      }
    }
    return id;
  }
}
