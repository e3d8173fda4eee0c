package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One JSON member of an entity: its wire name, how to write it from the record, and how to read it
 * leniently into the builder, from parser tokens (what the client does) or from a tree (the oracle
 * the token readers are tested against).
 *
 * @param <E> the entity type
 * @param <B> the entity's builder
 */
final class Prop<E, B> {

  /** Writes a present value; absent values (null, empty collection) are skipped before. */
  interface Writer<T> {
    void write(JsonGenerator generator, T value, boolean hrefs) throws IOException;
  }

  /** Reads a value leniently; {@code where} names the member for error messages. */
  interface Reader<T> {
    T read(JsonNode node, String where);
  }

  private final String name;

  /**
   * The name, quoted and encoded once: the generator copies its bytes instead of checking the name
   * for characters to escape one by one, on every write of every body.
   */
  private final SerializableString wireName;

  private final Handler<E, B, ?> handler;
  private final int slot;
  private final Tokens.Kind kind;

  private Prop(String name, Handler<E, B, ?> handler, int slot, Tokens.Kind kind) {
    this.name = name;
    this.wireName = new SerializedString(name);
    this.handler = handler;
    this.slot = slot;
    this.kind = kind;
  }

  static <E, B, T> Prop<E, B> of(
      String name,
      Function<E, T> getter,
      BiConsumer<B, T> setter,
      Writer<? super T> writer,
      Reader<? extends T> reader,
      Tokens.Reader<? extends T> tokens) {
    return new Prop<>(
        name, new Handler<>(getter, setter, writer, reader, tokens), -1, Tokens.Kind.OTHER);
  }

  /**
   * Returns a copy of this member whose read value is also kept in slot {@code slot} of the read's
   * scratch array, for an entity codec's finisher.
   */
  Prop<E, B> slot(int slot) {
    return new Prop<>(name, handler, slot, kind);
  }

  /**
   * A member read from tokens by one of the shared readers of {@link Tokens.Kind}, called directly:
   * an entity's members use a few readers, and one call site for all of them through an interface
   * cost a good part of binding a page.
   */
  @SuppressWarnings("unchecked")
  static <E, B, T> Prop<E, B> of(
      String name,
      Function<E, T> getter,
      BiConsumer<B, T> setter,
      Writer<? super T> writer,
      Reader<? extends T> reader,
      Tokens.Kind kind) {
    // The kind's reader gives the member's type T (the codecs pair them by construction).
    Tokens.Reader<? extends T> tokens = (parser, at) -> (T) kind.read(parser, at);
    return new Prop<>(name, new Handler<>(getter, setter, writer, reader, tokens), -1, kind);
  }

  String name() {
    return name;
  }

  /** The scratch slot of this member's read value, or -1 for none. */
  int slot() {
    return slot;
  }

  void write(E entity, JsonGenerator generator, boolean hrefs) throws IOException {
    handler.write(wireName, entity, generator, hrefs);
  }

  /** Reads the member into {@code builder}; returns the value read, or null when absent. */
  Object read(JsonNode node, B builder, String where) {
    return handler.read(node, builder, where);
  }

  /**
   * Reads the member's value from the parser, which is at the value's first token and is left at
   * its last; returns the value, or null when absent. {@link #apply} sets it.
   */
  Object read(JsonParser parser, Path at) throws IOException {
    return kind == Tokens.Kind.OTHER ? handler.tokens.read(parser, at) : kind.read(parser, at);
  }

  /** Sets a value returned by {@link #read(JsonParser, Path)} on {@code builder}, unless null. */
  void apply(B builder, Object value) {
    handler.apply(builder, value);
  }

  private static final class Handler<E, B, T> {
    private final Function<E, T> getter;
    private final BiConsumer<B, T> setter;
    private final Writer<? super T> writer;
    private final Reader<? extends T> reader;
    private final Tokens.Reader<? extends T> tokens;

    Handler(
        Function<E, T> getter,
        BiConsumer<B, T> setter,
        Writer<? super T> writer,
        Reader<? extends T> reader,
        Tokens.Reader<? extends T> tokens) {
      this.getter = getter;
      this.setter = setter;
      this.writer = writer;
      this.reader = reader;
      this.tokens = tokens;
    }

    void write(SerializableString name, E entity, JsonGenerator generator, boolean hrefs)
        throws IOException {
      T value = getter.apply(entity);
      if (value == null
          || (value instanceof java.util.Collection<?> c && c.isEmpty())
          || (value instanceof java.util.Map<?, ?> m && m.isEmpty())) {
        return;
      }
      generator.writeFieldName(name);
      writer.write(generator, value, hrefs);
    }

    Object read(JsonNode node, B builder, String where) {
      T value = reader.read(node, where);
      if (value != null) {
        setter.accept(builder, value);
      }
      return value;
    }

    @SuppressWarnings("unchecked")
    void apply(B builder, Object value) {
      if (value != null) {
        // The value came from this member's token reader, whose type is T.
        setter.accept(builder, (T) value);
      }
    }
  }
}
