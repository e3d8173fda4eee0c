package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oneroster4j.error.StatusInfo;
import org.oneroster4j.internal.Text;

/**
 * Lenient reading and canonical writing of OneRoster status infos ({@code imsx_StatusInfo}): the
 * one reader of error bodies and warnings, for both versions.
 */
final class StatusInfos {
  /**
   * The most status entries kept from one body; a SIS that sends more (a hostile one can fill a
   * whole response with them) has the rest dropped.
   */
  static final int MAX_INFOS = 20;

  /** The most characters kept of one member's text; a longer one is cut and ends in "...". */
  static final int MAX_TEXT_CHARS = 1000;

  private StatusInfos() {}

  /**
   * The status entries in the first {@code length} bytes of {@code body}, or an empty list when it
   * is empty, not JSON, or has none; never throws.
   */
  static List<StatusInfo> parse(ObjectMapper mapper, byte[] body, int length) {
    int i = 0;
    while (i < length && Character.isWhitespace(body[i])) {
      i++;
    }
    if (i == length || (body[i] != '{' && body[i] != '[')) {
      return List.of();
    }
    try {
      JsonNode node = mapper.readTree(body, 0, length);
      return node == null ? List.of() : parse(node);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * The status entries in {@code body}: one status object (the 1.2 error body), a {@code
   * statusInfoSet}, {@code statusInfo} or {@code warnings} member (1.1), or a bare array.
   */
  static List<StatusInfo> parse(JsonNode body) {
    List<StatusInfo> out = new ArrayList<>();
    collect(body, out, 0);
    return List.copyOf(out);
  }

  private static void collect(JsonNode node, List<StatusInfo> out, int depth) {
    if (Lenient.absent(node) || depth > 3 || out.size() == MAX_INFOS) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (out.size() == MAX_INFOS) {
          return;
        }
        if (element.isObject()) {
          collect(element, out, depth + 1);
        }
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (String set : List.of("statusinfoset", "statusinfo", "warnings")) {
      JsonNode inner = member(node, set);
      if (inner != null && (inner.isArray() || inner.isObject())) {
        collect(inner, out, depth + 1);
        return;
      }
    }
    StatusInfo info = one(node);
    if (info != null) {
      out.add(info);
    }
  }

  /** One status object, or null when it has none of the status members. */
  private static StatusInfo one(JsonNode object) {
    String codeMajor = text(member(object, "codemajor"));
    String severity = text(member(object, "severity"));
    String description = text(member(object, "description"));
    String codeMinor = codeMinor(member(object, "codeminor"));
    if (codeMajor == null && severity == null && description == null && codeMinor == null) {
      return null;
    }
    // Server text: made safe for terminals and logs once, here (see Text).
    return new StatusInfo(
        Text.safe(codeMajor), Text.safe(severity), Text.safe(codeMinor), Text.safe(description));
  }

  private static String codeMinor(JsonNode node) {
    if (Lenient.absent(node)) {
      return null;
    }
    if (node.isValueNode()) {
      return text(node);
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        String value = codeMinor(element);
        if (value != null) {
          return value;
        }
      }
      return null;
    }
    JsonNode value = member(node, "codeminorfieldvalue");
    if (value != null) {
      return text(value);
    }
    return codeMinor(member(node, "codeminorfield"));
  }

  private static String text(JsonNode node) {
    if (Lenient.absent(node) || !node.isValueNode()) {
      return null;
    }
    String text = node.asText();
    if (text.isBlank()) {
      return null;
    }
    return text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS) + "...";
  }

  /** Member whose name, lower-cased and without an {@code imsx_} prefix, is {@code key}. */
  private static JsonNode member(JsonNode object, String key) {
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String name = entry.getKey().toLowerCase(Locale.ROOT);
      if (name.startsWith("imsx_")) {
        name = name.substring(5);
      }
      if (name.equals(key)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** Writes the 1.1 form: imsx_-prefixed members, codeMinor as an imsx_CodeMinor object. */
  static void write(JsonGenerator generator, StatusInfo info) throws IOException {
    generator.writeStartObject();
    if (info.codeMajor() != null) {
      generator.writeStringField("imsx_codeMajor", info.codeMajor());
    }
    if (info.severity() != null) {
      generator.writeStringField("imsx_severity", info.severity());
    }
    if (info.description() != null) {
      generator.writeStringField("imsx_description", info.description());
    }
    if (info.codeMinor() != null) {
      generator.writeObjectFieldStart("imsx_CodeMinor");
      generator.writeArrayFieldStart("imsx_codeMinorField");
      generator.writeStartObject();
      generator.writeStringField("imsx_codeMinorFieldName", "TargetEndSystem");
      generator.writeStringField("imsx_codeMinorFieldValue", info.codeMinor());
      generator.writeEndObject();
      generator.writeEndArray();
      generator.writeEndObject();
    }
    generator.writeEndObject();
  }
}
