package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/** Small helpers over Jackson trees; the fake SIS keeps every entity as an {@link ObjectNode}. */
final class Nodes {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Nodes() {}

  static String dateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }

  /** {@code {"sourcedId":id,"type":type}} plus an href when a base URL is known. */
  static ObjectNode ref(String sourcedId, String type) {
    ObjectNode ref = F.objectNode();
    ref.put("sourcedId", sourcedId);
    ref.put("type", type);
    return ref;
  }

  static ArrayNode refs(String type, List<String> ids) {
    ArrayNode array = F.arrayNode();
    ids.forEach(id -> array.add(ref(id, type)));
    return array;
  }

  static ArrayNode strings(String... values) {
    ArrayNode array = F.arrayNode();
    for (String v : values) {
      array.add(v);
    }
    return array;
  }

  /** The sourcedId of the reference in {@code field}, or null. */
  static String refId(JsonNode node, String field) {
    JsonNode ref = node.get(field);
    if (ref == null) {
      return null;
    }
    if (ref.isTextual()) {
      return ref.asText();
    }
    JsonNode id = ref.get("sourcedId");
    return id != null && id.isTextual() ? id.asText() : null;
  }

  /** True if the reference array {@code field} holds a reference to {@code id}. */
  static boolean refsContain(JsonNode node, String field, String id) {
    JsonNode refs = node.get(field);
    if (refs == null || !refs.isArray()) {
      return false;
    }
    for (JsonNode ref : refs) {
      if (id.equals(ref.isTextual() ? ref.asText() : ref.path("sourcedId").asText(null))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the user has {@code role}: 1.1's {@code role}, or one of 1.2's {@code roles[].role}.
   */
  static boolean hasRole(JsonNode user, String role) {
    if (role.equals(text(user, "role"))) {
      return true;
    }
    for (JsonNode r : user.path("roles")) {
      if (role.equals(r.path("role").asText(null))) {
        return true;
      }
    }
    return false;
  }

  /** True if the user belongs to the org: 1.1's {@code orgs}, or 1.2's {@code roles[].org}. */
  static boolean inOrg(JsonNode user, String orgId) {
    if (refsContain(user, "orgs", orgId)) {
      return true;
    }
    for (JsonNode r : user.path("roles")) {
      if (orgId.equals(r.path("org").path("sourcedId").asText(null))) {
        return true;
      }
    }
    return false;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static String id(JsonNode node) {
    return text(node, "sourcedId");
  }

  /** Parses a date-time or a date (as midnight UTC); null if neither. */
  static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e2) {
        try {
          return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e3) {
          return null;
        }
      }
    }
  }

  /** A random-access list whose elements are computed on access. */
  static <T> List<T> lazy(int size, IntFunction<T> element) {
    return new LazyList<>(size, element);
  }

  private static final class LazyList<T> extends AbstractList<T> implements RandomAccess {
    private final int size;
    private final IntFunction<T> element;

    LazyList(int size, IntFunction<T> element) {
      this.size = size;
      this.element = element;
    }

    @Override
    public T get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      return element.apply(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
