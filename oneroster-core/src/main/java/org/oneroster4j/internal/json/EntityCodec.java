package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes and reads one entity type: its envelope keys and its members in wire order.
 *
 * <p>Reading goes from parser tokens straight into the builder ({@link Binding}); reading from a
 * tree ({@link #read(JsonNode)}) is the reference the token reading is tested against, and gives
 * the same entity or the same error for every document.
 *
 * @param <E> the entity type
 * @param <B> the entity's builder
 */
final class EntityCodec<E, B> {
  private final Class<E> type;
  private final String singular;
  private final SerializableString singularName;
  private final String plural;
  private final Supplier<B> newBuilder;
  private final Function<B, E> build;
  private final List<Prop<E, B>> props;
  private final Map<String, Prop<E, B>> byName = new HashMap<>();
  private final Map<String, Prop<E, B>> byLowerName = new HashMap<>();
  private final Map<String, String> where = new HashMap<>();
  private final String[] names;
  private final Map<String, Integer> indexByName = new HashMap<>();
  private final Map<String, Integer> indexByLowerName = new HashMap<>();
  private final Path[] paths;
  private final Finisher<B> finisher;
  private final int slots;

  /**
   * Completes a builder after every member was read, from the values the members with a {@link
   * Prop#slot(int) slot} read (null when absent), before the entity is built.
   */
  interface Finisher<B> {
    void finish(B builder, Object[] slots);
  }

  EntityCodec(
      Class<E> type,
      String singular,
      String plural,
      Supplier<B> newBuilder,
      Function<B, E> build,
      List<Prop<E, B>> props) {
    this(type, singular, plural, newBuilder, build, props, null);
  }

  EntityCodec(
      Class<E> type,
      String singular,
      String plural,
      Supplier<B> newBuilder,
      Function<B, E> build,
      List<Prop<E, B>> props,
      Finisher<B> finisher) {
    this.finisher = finisher;
    int maxSlot = -1;
    for (Prop<E, B> prop : props) {
      maxSlot = Math.max(maxSlot, prop.slot());
    }
    this.slots = maxSlot + 1;
    this.type = type;
    this.singular = singular;
    this.singularName = new SerializedString(singular);
    this.plural = plural;
    this.newBuilder = newBuilder;
    this.build = build;
    this.props = List.copyOf(props);
    if (props.size() > Long.SIZE) {
      throw new IllegalArgumentException(singular + " has more members than a token read tracks");
    }
    this.paths = new Path[props.size()];
    this.names = new String[props.size()];
    for (int i = 0; i < props.size(); i++) {
      Prop<E, B> prop = props.get(i);
      byName.put(prop.name(), prop);
      byLowerName.put(prop.name().toLowerCase(Locale.ROOT), prop);
      where.put(prop.name(), singular + "." + prop.name());
      indexByName.put(prop.name(), i);
      indexByLowerName.put(prop.name().toLowerCase(Locale.ROOT), i);
      paths[i] = Path.of(singular + "." + prop.name());
      names[i] = prop.name().intern();
    }
    if (hasMember(singular)) {
      // OneRosterJson.readSingle tells an envelope from a bare entity by this key.
      throw new IllegalArgumentException(singular + " has a member named like its envelope");
    }
  }

  Class<E> type() {
    return type;
  }

  String singular() {
    return singular;
  }

  /** The envelope key of a single entity, encoded once for writing PUT bodies. */
  SerializableString singularName() {
    return singularName;
  }

  String plural() {
    return plural;
  }

  /** The wire names of this entity's members, in wire order. */
  List<String> memberNames() {
    return props.stream().map(Prop::name).toList();
  }

  /** Whether {@code name} is one of this entity's members (ignoring case). */
  boolean hasMember(String name) {
    return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
  }

  void write(Object entity, JsonGenerator generator, boolean hrefs) throws IOException {
    E typed = type.cast(entity);
    generator.writeStartObject();
    for (Prop<E, B> prop : props) {
      prop.write(typed, generator, hrefs);
    }
    generator.writeEndObject();
  }

  /** Reads an entity from an object node; unknown members are ignored. */
  E read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new JsonFormatException(
          "Cannot read "
              + singular
              + ": expected a JSON object, found "
              + (node == null ? "nothing" : Lenient.excerpt(node)));
    }
    B builder = newBuilder.get();
    Object[] scratch = finisher == null ? null : new Object[slots];
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      Prop<E, B> prop = byName.get(field.getKey());
      if (prop == null) {
        prop = byLowerName.get(field.getKey().toLowerCase(Locale.ROOT));
      }
      if (prop != null) {
        Object value = prop.read(field.getValue(), builder, where.get(prop.name()));
        if (scratch != null && prop.slot() >= 0) {
          scratch[prop.slot()] = value;
        }
      }
    }
    if (finisher != null) {
      finisher.finish(builder, scratch);
    }
    return build.apply(builder);
  }

  /** Returns fresh state for reading entities of this type from tokens, one after another. */
  Binding binding() {
    return new Binding();
  }

  /**
   * Reads entities of this type from parser tokens, one at a time, with no tree in between; the
   * arrays are reused from one entity to the next, so one instance serves one reader (not thread
   * safe).
   *
   * <p>Each member's value is read as its tokens arrive, but set on the builder only once the
   * object has ended, in the order of the members' first appearance, as the tree reader sets them:
   * a repeated member counts with its last value at its first place, and a conversion error counts
   * only if the member's last occurrence has it and no earlier member failed first. Malformed JSON
   * anywhere in the object is thrown as soon as it is met, which wins over any conversion error, as
   * it does when the tree is parsed before the entity is read.
   */
  final class Binding {
    private final int[] entryOfMember = new int[props.size()];
    private int[] entryMember = new int[props.size()];
    private Object[] entryValue = new Object[props.size()];
    private String[] entryName = new String[props.size()];
    private final Object[] scratch = finisher == null ? null : new Object[slots];
    private int entries;
    private long seen;
    private int expected;

    private Binding() {}

    /** Reads the entity whose {@code START_OBJECT} is the parser's current token, to its end. */
    E read(JsonParser parser) throws IOException {
      JsonStreamContext object = parser.getParsingContext();
      start();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        member(name, parser, object);
      }
      return finish();
    }

    /** Starts a new entity. */
    void start() {
      entries = 0;
      seen = 0L;
      expected = 0;
    }

    /**
     * Reads one member of the object whose context is {@code object}: the parser is at the value's
     * first token and is left at its last. Unknown members are skipped.
     */
    void member(String name, JsonParser parser, JsonStreamContext object) throws IOException {
      int entry;
      int member = memberNamed(name);
      if (member >= 0) {
        long bit = 1L << member;
        if ((seen & bit) != 0) {
          entry = entryOfMember[member];
        } else {
          seen |= bit;
          entry = newEntry(member, null);
          entryOfMember[member] = entry;
        }
      } else {
        Integer folded = indexByLowerName.get(name.toLowerCase(Locale.ROOT));
        if (folded == null) {
          parser.skipChildren();
          return;
        }
        member = folded;
        entry = -1;
        for (int e = 0; e < entries; e++) {
          if (name.equals(entryName[e])) {
            entry = e;
            break;
          }
        }
        if (entry < 0) {
          entry = newEntry(member, name);
        }
      }
      Object value;
      try {
        value = props.get(member).read(parser, paths[member]);
      } catch (RuntimeException e) {
        Tokens.skipTo(parser, object);
        value = new Tokens.Failure(e);
      }
      entryValue[entry] = value;
    }

    /**
     * The index of the member whose name is exactly {@code name}, or -1. A SIS writes the members
     * of every element in the same order, and the parser hands out field names interned, so the
     * member after the last one found is tried first, by identity, before the map.
     */
    private int memberNamed(String name) {
      // The next few, as a SIS leaves out members it has no value for.
      for (int guess = expected, end = Math.min(names.length, expected + 4); guess < end; guess++) {
        if (names[guess] == name) {
          expected = guess + 1;
          return guess;
        }
      }
      Integer exact = indexByName.get(name);
      if (exact == null) {
        return -1;
      }
      expected = exact + 1;
      return exact;
    }

    private int newEntry(int member, String name) {
      if (entries == entryMember.length) {
        int size = entries * 2;
        entryMember = Arrays.copyOf(entryMember, size);
        entryValue = Arrays.copyOf(entryValue, size);
        entryName = Arrays.copyOf(entryName, size);
      }
      entryMember[entries] = member;
      entryName[entries] = name;
      return entries++;
    }

    /** Builds the entity from the members read since {@link #start()}, or throws their error. */
    E finish() {
      B builder = newBuilder.get();
      if (scratch != null) {
        Arrays.fill(scratch, null);
      }
      for (int e = 0; e < entries; e++) {
        Object value = entryValue[e];
        entryValue[e] = null;
        if (value instanceof Tokens.Failure failure) {
          throw failure.error;
        }
        Prop<E, B> prop = props.get(entryMember[e]);
        prop.apply(builder, value);
        if (scratch != null && prop.slot() >= 0) {
          scratch[prop.slot()] = value;
        }
      }
      if (finisher != null) {
        finisher.finish(builder, scratch);
      }
      return build.apply(builder);
    }
  }
}
