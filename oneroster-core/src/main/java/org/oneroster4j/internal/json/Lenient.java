package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.UserId;

/**
 * Lenient conversions from JSON values to model values, accepting the variants real SIS
 * implementations send. Each takes {@code where} (for example {@code lineItem.resultValueMax}) for
 * error messages; JSON null gives null.
 */
final class Lenient {
  private static final int EXCERPT = 40;

  private Lenient() {}

  static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  /** Strings; numbers and booleans are accepted and kept as their text. */
  static String text(JsonNode node, String where) {
    if (absent(node)) {
      return null;
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    throw mismatch(where, "a string", node);
  }

  /** Numbers, also as strings ({@code "80"}); an empty string is absent. */
  static Double number(JsonNode node, String where) {
    if (absent(node)) {
      return null;
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      try {
        return numberText(node.textValue());
      } catch (NumberFormatException e) {
        throw mismatch(where, "a number", node);
      }
    }
    throw mismatch(where, "a number", node);
  }

  /**
   * A number sent as a string: null when blank.
   *
   * @throws NumberFormatException when the text is not a number
   */
  static Double numberText(String raw) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return null;
    }
    // BigDecimal rejects NaN, Infinity and hex floats, which JSON does not have either.
    return new BigDecimal(text).doubleValue();
  }

  /** Booleans, also as strings ({@code "true"}, {@code "FALSE"}, {@code "1"}) or numbers 0/1. */
  static Boolean bool(JsonNode node, String where) {
    if (absent(node)) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber() && (node.asInt() == 0 || node.asInt() == 1) && node.canConvertToInt()) {
      return node.asInt() == 1;
    }
    if (node.isTextual()) {
      try {
        return boolText(node.textValue());
      } catch (IllegalArgumentException e) {
        throw mismatch(where, "a boolean", node);
      }
    }
    throw mismatch(where, "a boolean", node);
  }

  /**
   * A boolean sent as a string ({@code "true"}, {@code "FALSE"}, {@code "1"}, {@code "no"}): null
   * when blank.
   *
   * @throws IllegalArgumentException when the text is no boolean
   */
  static Boolean boolText(String raw) {
    switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
      case "yes":
        return Boolean.TRUE;
      case "false":
      case "0":
      case "no":
        return Boolean.FALSE;
      case "":
        return null;
      default:
        throw new IllegalArgumentException("not a boolean");
    }
  }

  /**
   * Date-times as SIS send them: ISO-8601 with {@code Z}, {@code z}, {@code +02:00} or {@code
   * +0200}, any fraction of a second, or no zone at all; a space instead of {@code T} is accepted
   * too.
   */
  static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMMss", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  static final String DATE_TIME_EXAMPLE = "a date-time like 2026-09-01T08:00:00.000Z";
  static final String DATE_EXAMPLE = "a date like 2026-09-01";

  /**
   * DateTimes: with {@code Z} or an offset, any fraction of a second, without a zone (read as UTC),
   * or a date only (start of that day in UTC). A number is read as epoch milliseconds.
   */
  static Instant instant(JsonNode node, String where) {
    if (absent(node)) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return Instant.ofEpochMilli(node.longValue());
    }
    if (!node.isTextual()) {
      throw mismatch(where, "a date-time string", node);
    }
    try {
      return instantText(node.textValue());
    } catch (DateTimeException e) {
      throw mismatch(where, DATE_TIME_EXAMPLE, node);
    }
  }

  /**
   * A DateTime sent as a string, as {@link #instant} reads it: null when blank.
   *
   * @throws DateTimeException when the text is no date-time
   */
  static Instant instantText(String raw) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return null;
    }
    Instant fast = IsoTimes.instant(text);
    if (fast != null) {
      return fast;
    }
    if (text.length() == 10) {
      LocalDate day = IsoTimes.date(text);
      return (day != null ? day : LocalDate.parse(text)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    TemporalAccessor parsed =
        DATE_TIME.parseBest(text.replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from);
    return parsed instanceof OffsetDateTime offset
        ? offset.toInstant()
        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
  }

  /**
   * Dates: {@code yyyy-MM-dd}, or a date-time whose date part (in its own offset) is taken, as
   * several SIS send a full DateTime where the spec says Date.
   */
  static LocalDate date(JsonNode node, String where) {
    if (absent(node)) {
      return null;
    }
    if (!node.isTextual()) {
      throw mismatch(where, "a date string", node);
    }
    try {
      return dateText(node.textValue());
    } catch (DateTimeException e) {
      throw mismatch(where, DATE_EXAMPLE, node);
    }
  }

  /**
   * A Date sent as a string, as {@link #date} reads it: null when blank.
   *
   * @throws DateTimeException when the text is no date
   */
  static LocalDate dateText(String raw) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return null;
    }
    LocalDate day = IsoTimes.date(text);
    if (day != null) {
      return day;
    }
    OffsetDateTime fast = IsoTimes.dateTime(text);
    if (fast != null) {
      return fast.toLocalDate();
    }
    if (text.length() == 10) {
      return LocalDate.parse(text);
    }
    TemporalAccessor parsed =
        DATE_TIME.parseBest(text.replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from);
    return parsed instanceof OffsetDateTime offset
        ? offset.toLocalDate()
        : ((LocalDateTime) parsed).toLocalDate();
  }

  /**
   * Dates as OneRoster 1.2 reads them: {@code yyyy-MM-dd}, or a date-time whose date in UTC is
   * taken (Google sends {@code scoreDate} as a UTC date-time); a date-time without a zone keeps its
   * date part.
   */
  static LocalDate utcDate(JsonNode node, String where) {
    if (absent(node)) {
      return null;
    }
    if (node.isTextual()) {
      try {
        return utcDateText(node.textValue());
      } catch (DateTimeException e) {
        throw mismatch(where, DATE_EXAMPLE, node);
      }
    }
    return date(node, where);
  }

  /**
   * A Date sent as a string, as {@link #utcDate} reads it: null when blank.
   *
   * @throws DateTimeException when the text is no date
   */
  static LocalDate utcDateText(String raw) {
    String text = raw.strip();
    if (text.length() > 10 && IsoTimes.date(text) == null) {
      OffsetDateTime fast = IsoTimes.dateTime(text);
      if (fast != null) {
        return fast.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
      }
      try {
        TemporalAccessor parsed =
            DATE_TIME.parseBest(text.replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime offset) {
          return offset.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        }
      } catch (DateTimeException e) {
        // Not a date-time: dateText() below reports it.
      }
    }
    return dateText(raw);
  }

  /** Open vocabulary values; an empty string is absent, any other value is kept. */
  static <V> V vocab(JsonNode node, String where, Function<String, V> of) {
    String text = text(node, where);
    return text == null || text.isBlank() ? null : of.apply(text.strip());
  }

  /**
   * References: an object whose {@code href} and {@code type} may be missing, or a bare sourcedId
   * string. An object without a sourcedId is treated as absent.
   */
  static GuidRef ref(JsonNode node, String where) {
    if (absent(node)) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue().isBlank() ? null : GuidRef.of(node.textValue(), null);
    }
    if (!node.isObject()) {
      throw mismatch(where, "a reference object {\"sourcedId\":…}", node);
    }
    String sourcedId = text(field(node, "sourcedId"), where + ".sourcedId");
    if (sourcedId == null) {
      return null;
    }
    String href = text(field(node, "href"), where + ".href");
    GuidRefType type = vocab(field(node, "type"), where + ".type", GuidRefType::of);
    return GuidRef.builder().href(href).sourcedId(sourcedId).type(type).build();
  }

  /** Lists of references; a single reference is accepted as a list of one. */
  static List<GuidRef> refs(JsonNode node, String where) {
    return list(node, where, Lenient::ref);
  }

  /** Lists of strings; a single string is accepted as a list of one. */
  static List<String> strings(JsonNode node, String where) {
    return list(node, where, Lenient::text);
  }

  /** Lists of {@code {"type","identifier"}} user identifiers. */
  static List<UserId> userIds(JsonNode node, String where) {
    return list(
        node,
        where,
        (element, at) -> {
          if (!element.isObject()) {
            throw mismatch(at, "an object {\"type\",\"identifier\"}", element);
          }
          return UserId.of(
              text(field(element, "type"), at + ".type"),
              text(field(element, "identifier"), at + ".identifier"));
        });
  }

  interface ElementReader<T> {
    T read(JsonNode node, String where);
  }

  /** Lists of elements read by {@code reader}; a single element is accepted as a list of one. */
  static <T> List<T> list(JsonNode node, String where, ElementReader<T> reader) {
    if (absent(node)) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        if (!absent(element)) {
          T value = reader.read(element, where + "[" + i + "]");
          if (value != null) {
            out.add(value);
          }
        }
      }
    } else {
      T value = reader.read(node, where);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /**
   * Metadata: an object is kept as a map; a string holding a JSON object (as Microsoft's reference
   * provider sends) is parsed; any other non-blank string, or a JSON array or scalar, is kept under
   * the key {@code "value"}; null or a blank string is empty.
   */
  static Map<String, Object> metadata(JsonNode node, ObjectMapper mapper) {
    if (absent(node)) {
      return Map.of();
    }
    if (node.isObject()) {
      return toMap(node);
    }
    if (node.isTextual()) {
      return metadataText(node.textValue(), mapper);
    }
    return Collections.singletonMap("value", toJava(node));
  }

  /** Metadata sent as a string, as {@link #metadata} reads it. */
  static Map<String, Object> metadataText(String raw, ObjectMapper mapper) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return Map.of();
    }
    if (text.startsWith("{")) {
      try {
        JsonNode parsed = mapper.readTree(text);
        if (parsed != null && parsed.isObject()) {
          return toMap(parsed);
        }
      } catch (JsonProcessingException e) {
        // Not JSON after all: keep the text as it is, below.
      }
    }
    return Collections.singletonMap("value", raw);
  }

  private static Map<String, Object> toMap(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      map.put(e.getKey(), toJava(e.getValue()));
    }
    return map;
  }

  /** Plain Java value of a JSON node: Map, List, String, Number, Boolean or null. */
  static Object toJava(JsonNode node) {
    if (absent(node)) {
      return null;
    }
    if (node.isObject()) {
      return toMap(node);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(toJava(element)));
      return list;
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asText();
  }

  /** Member {@code name} of {@code object}, matched exactly or else ignoring case. */
  static JsonNode field(JsonNode object, String name) {
    JsonNode value = object.get(name);
    if (value != null) {
      return value;
    }
    var names = object.fieldNames();
    while (names.hasNext()) {
      String candidate = names.next();
      if (candidate.equalsIgnoreCase(name)) {
        return object.get(candidate);
      }
    }
    return null;
  }

  static JsonFormatException mismatch(String where, String expected, JsonNode found) {
    return new JsonFormatException(
        "Cannot read " + where + ": expected " + expected + ", found " + excerpt(found));
  }

  static String excerpt(JsonNode node) {
    String text = node.isContainerNode() ? (node.isArray() ? "an array" : "an object") : null;
    if (text != null) {
      return text;
    }
    String raw = node.toString();
    return raw.length() <= EXCERPT ? raw : raw.substring(0, EXCERPT) + "…";
  }
}
