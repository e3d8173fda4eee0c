package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.UserId;

/**
 * The lenient conversions of {@link Lenient}, read straight from parser tokens: each reader starts
 * at the current token (a value's first token) and leaves the parser at the value's last token,
 * without building a {@code JsonNode} for the usual shapes.
 *
 * <p>Every reader gives what its {@code Lenient} twin gives for the tree of the same value: the
 * same value or the same {@link JsonFormatException} message. The usual shapes (a string where a
 * string, date or vocabulary is expected, a number or numeric string for a number, a JSON or string
 * boolean, a reference object) are read here; anything else (a number where text is expected, an
 * object where a string is expected, …) is read into a tree and handed to the {@code Lenient} twin,
 * so the rare shapes share one implementation.
 *
 * <p>Where a tree reader reads members of an object in a fixed order (a reference's sourcedId, then
 * href, then type), the members arrive here in the document's order: each member's value or error
 * is kept, and the first error in the fixed order is thrown once the object has ended, as the tree
 * reader, which parses the whole element first, would. Members are picked as {@link Lenient#field}
 * picks them: the exact name (its last occurrence), else the first name equal ignoring case.
 */
final class Tokens {
  private Tokens() {}

  /** Reads one value starting at the parser's current token. */
  interface Reader<T> {
    T read(JsonParser p, Path at) throws IOException;
  }

  /** The readers most members use, for a direct call instead of one through {@link Reader}. */
  enum Kind {
    TEXT,
    NUMBER,
    BOOL,
    INSTANT,
    DATE,
    UTC_DATE,
    REF,
    REFS,
    STRINGS,
    /** Any other reader: called through its {@link Reader}. */
    OTHER;

    Object read(JsonParser p, Path at) throws IOException {
      switch (this) {
        case TEXT:
          return text(p, at);
        case NUMBER:
          return number(p, at);
        case BOOL:
          return bool(p, at);
        case INSTANT:
          return instant(p, at);
        case DATE:
          return date(p, at);
        case UTC_DATE:
          return utcDate(p, at);
        case REF:
          return ref(p, at);
        case REFS:
          return refs(p, at);
        case STRINGS:
          return strings(p, at);
        default:
          throw new IllegalStateException("no direct reader for " + this);
      }
    }
  }

  /** A conversion error kept until the value it belongs to is needed. */
  static final class Failure {
    final RuntimeException error;

    Failure(RuntimeException error) {
      this.error = error;
    }
  }

  /** The value of a member that is not there. */
  static final Object ABSENT = new Object();

  /** Reads the current value into a tree, for the rare shapes that the tree readers handle. */
  static JsonNode tree(JsonParser p) throws IOException {
    return p.readValueAsTree();
  }

  /**
   * After a reader failed inside the value of a member of the object whose context is {@code
   * object}, moves on to that value's last token, so that reading continues with the next member.
   */
  static void skipTo(JsonParser p, JsonStreamContext object) throws IOException {
    while (p.getParsingContext() != object) {
      if (p.nextToken() == null) {
        return;
      }
    }
  }

  /**
   * Reads the current value with {@code reader}; a conversion error is returned as a {@link
   * Failure} after the rest of the value was skipped. Malformed JSON is thrown at once.
   */
  static Object capture(Reader<?> reader, JsonParser p, Path at, JsonStreamContext object)
      throws IOException {
    try {
      return reader.read(p, at);
    } catch (RuntimeException e) {
      skipTo(p, object);
      return new Failure(e);
    }
  }

  /** The value kept by {@link #capture}: throws a kept error, gives null for an absent member. */
  static Object value(Object kept) {
    if (kept instanceof Failure failure) {
      throw failure.error;
    }
    return kept == ABSENT ? null : kept;
  }

  // ---- scalars ----

  /** {@link Lenient#text}. */
  static String text(JsonParser p, Path at) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t.isScalarValue()) {
      return tree(p).asText();
    }
    return Lenient.text(tree(p), at.toString());
  }

  /** {@link Lenient#number}. */
  static Double number(JsonParser p, Path at) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      switch (p.getNumberType()) {
        case INT:
          return (double) p.getIntValue();
        case LONG:
          return (double) p.getLongValue();
        default:
          BigInteger big = p.getBigIntegerValue();
          return big.doubleValue();
      }
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      // The tree holds a JSON fraction as a DoubleNode of this value.
      return p.getDoubleValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      String raw = p.getText();
      try {
        return Lenient.numberText(raw);
      } catch (NumberFormatException e) {
        throw Lenient.mismatch(at.toString(), "a number", TextNode.valueOf(raw));
      }
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return Lenient.number(tree(p), at.toString());
  }

  /** {@link Lenient#bool}. */
  static Boolean bool(JsonParser p, Path at) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (t == JsonToken.VALUE_STRING) {
      String raw = p.getText();
      try {
        return Lenient.boolText(raw);
      } catch (IllegalArgumentException e) {
        throw Lenient.mismatch(at.toString(), "a boolean", TextNode.valueOf(raw));
      }
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return Lenient.bool(tree(p), at.toString());
  }

  /** {@link Lenient#instant}. */
  static Instant instant(JsonParser p, Path at) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String raw = p.getText();
      try {
        return Lenient.instantText(raw);
      } catch (DateTimeException e) {
        throw Lenient.mismatch(at.toString(), Lenient.DATE_TIME_EXAMPLE, TextNode.valueOf(raw));
      }
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return Lenient.instant(tree(p), at.toString());
  }

  /** {@link Lenient#date}. */
  static LocalDate date(JsonParser p, Path at) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String raw = p.getText();
      try {
        return Lenient.dateText(raw);
      } catch (DateTimeException e) {
        throw Lenient.mismatch(at.toString(), Lenient.DATE_EXAMPLE, TextNode.valueOf(raw));
      }
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return Lenient.date(tree(p), at.toString());
  }

  /** {@link Lenient#utcDate}. */
  static LocalDate utcDate(JsonParser p, Path at) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String raw = p.getText();
      try {
        return Lenient.utcDateText(raw);
      } catch (DateTimeException e) {
        throw Lenient.mismatch(at.toString(), Lenient.DATE_EXAMPLE, TextNode.valueOf(raw));
      }
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return Lenient.utcDate(tree(p), at.toString());
  }

  /** {@link Lenient#vocab}. */
  static <V> V vocab(JsonParser p, Path at, Function<String, V> of) throws IOException {
    String text = text(p, at);
    return text == null || text.isBlank() ? null : of.apply(text.strip());
  }

  // ---- references ----

  private static final String SOURCED_ID = "sourcedId";
  private static final String HREF = "href";
  private static final String TYPE = "type";

  /** {@link Lenient#ref}: a reference object or a bare sourcedId string. */
  static GuidRef ref(JsonParser p, Path at) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String text = p.getText();
      return text.isBlank() ? null : GuidRef.of(text, null);
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      return Lenient.ref(tree(p), at.toString());
    }
    JsonStreamContext object = p.getParsingContext();
    // Per member: the value of its exact name, and of the first other name equal ignoring case.
    Object sourcedId = ABSENT;
    Object href = ABSENT;
    Object type = ABSENT;
    String sourcedIdName = null;
    String hrefName = null;
    String typeName = null;
    Object sourcedIdLike = ABSENT;
    Object hrefLike = ABSENT;
    Object typeLike = ABSENT;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals(SOURCED_ID)) {
        sourcedId = value == JsonToken.VALUE_STRING ? p.getText() : refText(p, at, name, object);
      } else if (name.equals(HREF)) {
        href = value == JsonToken.VALUE_STRING ? p.getText() : refText(p, at, name, object);
      } else if (name.equals(TYPE)) {
        type = refType(p, at, TYPE, object);
      } else if (name.equalsIgnoreCase(SOURCED_ID)
          && (sourcedIdName == null || sourcedIdName.equals(name))) {
        sourcedIdName = name;
        sourcedIdLike = refText(p, at, SOURCED_ID, object);
      } else if (name.equalsIgnoreCase(HREF) && (hrefName == null || hrefName.equals(name))) {
        hrefName = name;
        hrefLike = refText(p, at, HREF, object);
      } else if (name.equalsIgnoreCase(TYPE) && (typeName == null || typeName.equals(name))) {
        typeName = name;
        typeLike = refType(p, at, TYPE, object);
      } else {
        p.skipChildren();
      }
    }
    String id = (String) value(sourcedId != ABSENT ? sourcedId : sourcedIdLike);
    if (id == null) {
      return null;
    }
    String h = (String) value(href != ABSENT ? href : hrefLike);
    GuidRefType ty = (GuidRefType) value(type != ABSENT ? type : typeLike);
    return GuidRef.builder().href(h).sourcedId(id).type(ty).build();
  }

  private static Object refText(JsonParser p, Path at, String key, JsonStreamContext object)
      throws IOException {
    return capture(Tokens::text, p, at.key(key), object);
  }

  private static Object refType(JsonParser p, Path at, String key, JsonStreamContext object)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      try {
        return text.isBlank() ? null : GuidRefType.of(text.strip());
      } catch (RuntimeException e) {
        return new Failure(e);
      }
    }
    return capture(Tokens::guidRefType, p, at.key(key), object);
  }

  private static GuidRefType guidRefType(JsonParser p, Path at) throws IOException {
    return vocab(p, at, GuidRefType::of);
  }

  /** {@link Lenient#refs}. */
  static List<GuidRef> refs(JsonParser p, Path at) throws IOException {
    return list(p, at, Tokens::ref);
  }

  /** {@link Lenient#strings}. */
  static List<String> strings(JsonParser p, Path at) throws IOException {
    return list(p, at, Tokens::text);
  }

  private static final Fields USER_ID =
      Fields.of().with("type", Tokens::text).with("identifier", Tokens::text);

  /** {@link Lenient#userIds}. */
  static List<UserId> userIds(JsonParser p, Path at) throws IOException {
    return objects(
        p,
        at,
        USER_ID,
        "an object {\"type\",\"identifier\"}",
        kept -> {
          String type = (String) value(kept[0]);
          return UserId.of(type, (String) value(kept[1]));
        });
  }

  /** {@link Lenient#list}: an array, or a single element as a list of one. */
  static <T> List<T> list(JsonParser p, Path at, Reader<T> reader) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (t != JsonToken.START_ARRAY) {
      T value = reader.read(p, at);
      return value == null ? List.of() : List.of(value);
    }
    // Most lists hold one element (a user's org, grade, identifier): no array for those.
    T first = null;
    List<T> more = null;
    Path element = null;
    int i = 0;
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
      if (t == null) {
        throw new JsonFormatException("Truncated body while reading " + at);
      }
      if (t != JsonToken.VALUE_NULL) {
        element = element == null ? at.index(i) : element.moveTo(i);
        T value = reader.read(p, element);
        if (value == null) {
          continue;
        }
        if (first == null) {
          first = value;
        } else {
          if (more == null) {
            more = new ArrayList<>();
            more.add(first);
          }
          more.add(value);
        }
      }
    }
    return more != null ? more : first != null ? List.of(first) : List.of();
  }

  // ---- metadata ----

  /** {@link Lenient#metadata}. */
  static Map<String, Object> metadata(JsonParser p, ObjectMapper mapper) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return toMap(p);
    }
    if (t == JsonToken.VALUE_STRING) {
      return Lenient.metadataText(p.getText(), mapper);
    }
    if (t == JsonToken.VALUE_NULL) {
      return Map.of();
    }
    return Lenient.metadata(tree(p), mapper);
  }

  /** {@link Lenient#toJava} of the object starting at the current token. */
  private static Map<String, Object> toMap(JsonParser p) throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      // A repeated name keeps its first place and its last value, as the tree does.
      map.put(name, toJava(p));
    }
    return map;
  }

  /** {@link Lenient#toJava}: Map, List, String, Number (as the tree holds it), Boolean or null. */
  private static Object toJava(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT:
        return toMap(p);
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(toJava(p));
        }
        return list;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return p.getIntValue();
          case LONG:
            return p.getLongValue();
          default:
            return Lenient.toJava(tree(p));
        }
      default:
        return Lenient.toJava(tree(p));
    }
  }

  // ---- objects with a fixed set of members ----

  /**
   * The members of an object that a reader takes by name, each with its reader, found as {@link
   * Lenient#field} finds them: the exact name (its last occurrence), else the first name equal to
   * it ignoring case (that name's last occurrence). Other members are skipped. Immutable.
   */
  static final class Fields {
    private final String[] keys;
    private final Reader<?>[] readers;

    private Fields(String[] keys, Reader<?>[] readers) {
      this.keys = keys;
      this.readers = readers;
    }

    /** No members yet. */
    static Fields of() {
      return new Fields(new String[0], new Reader<?>[0]);
    }

    /** These members and {@code key}, read by {@code reader}. */
    Fields with(String key, Reader<?> reader) {
      String[] k = Arrays.copyOf(keys, keys.length + 1);
      Reader<?>[] r = Arrays.copyOf(readers, readers.length + 1);
      k[keys.length] = key;
      r[readers.length] = reader;
      return new Fields(k, r);
    }

    /**
     * Reads the object whose {@code START_OBJECT} is the current token, to its end; returns per
     * key, in the order of {@link #with}, what its reader gave, a {@link Failure}, or {@link
     * #ABSENT}, for {@link #value} to unpack in the order the tree reader reads them.
     */
    Object[] read(JsonParser p, Path at) throws IOException {
      int n = keys.length;
      JsonStreamContext object = p.getParsingContext();
      Object[] exact = new Object[n];
      Arrays.fill(exact, ABSENT);
      Object[] like = null;
      String[] likeNames = null;
      Path member = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        int k = exactKey(name);
        if (k >= 0) {
          member = member == null ? at.key(keys[k]) : member.moveTo(keys[k]);
          exact[k] = capture(readers[k], p, member, object);
          continue;
        }
        k = likeKey(name);
        if (k >= 0) {
          if (like == null) {
            like = new Object[n];
            Arrays.fill(like, ABSENT);
            likeNames = new String[n];
          }
          if (likeNames[k] == null || likeNames[k].equals(name)) {
            likeNames[k] = name;
            member = member == null ? at.key(keys[k]) : member.moveTo(keys[k]);
            like[k] = capture(readers[k], p, member, object);
            continue;
          }
        }
        p.skipChildren();
      }
      if (like != null) {
        for (int k = 0; k < n; k++) {
          if (exact[k] == ABSENT) {
            exact[k] = like[k];
          }
        }
      }
      return exact;
    }

    private int exactKey(String name) {
      for (int k = 0; k < keys.length; k++) {
        if (keys[k].equals(name)) {
          return k;
        }
      }
      return -1;
    }

    private int likeKey(String name) {
      for (int k = 0; k < keys.length; k++) {
        if (keys[k].equalsIgnoreCase(name)) {
          return k;
        }
      }
      return -1;
    }
  }

  /**
   * Reads a list whose elements are objects with {@code fields}: {@code build} makes the element
   * from what {@link Fields#read} kept; an element that is not an object is reported as {@code
   * expected}, as the tree reader reports it.
   */
  static <T> List<T> objects(
      JsonParser p, Path at, Fields fields, String expected, Function<Object[], T> build)
      throws IOException {
    return list(
        p,
        at,
        (q, element) -> {
          if (q.currentToken() != JsonToken.START_OBJECT) {
            throw Lenient.mismatch(element.toString(), expected, tree(q));
          }
          return build.apply(fields.read(q, element));
        });
  }
}
