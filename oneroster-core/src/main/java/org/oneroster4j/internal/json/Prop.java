package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One JSON member of an entity: its wire name, how to write it from the record, and how to read it
 * leniently into the builder.
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
  private final Handler<E, B, ?> handler;
  private final int slot;

  private Prop(String name, Handler<E, B, ?> handler, int slot) {
    this.name = name;
    this.handler = handler;
    this.slot = slot;
  }

  static <E, B, T> Prop<E, B> of(
      String name,
      Function<E, T> getter,
      BiConsumer<B, T> setter,
      Writer<? super T> writer,
      Reader<? extends T> reader) {
    return new Prop<>(name, new Handler<>(getter, setter, writer, reader), -1);
  }

  /**
   * Returns a copy of this member whose read value is also kept in slot {@code slot} of the read's
   * scratch array, for an entity codec's finisher.
   */
  Prop<E, B> slot(int slot) {
    return new Prop<>(name, handler, slot);
  }

  String name() {
    return name;
  }

  /** The scratch slot of this member's read value, or -1 for none. */
  int slot() {
    return slot;
  }

  void write(E entity, JsonGenerator generator, boolean hrefs) throws IOException {
    handler.write(name, entity, generator, hrefs);
  }

  /** Reads the member into {@code builder}; returns the value read, or null when absent. */
  Object read(JsonNode node, B builder, String where) {
    return handler.read(node, builder, where);
  }

  private static final class Handler<E, B, T> {
    private final Function<E, T> getter;
    private final BiConsumer<B, T> setter;
    private final Writer<? super T> writer;
    private final Reader<? extends T> reader;

    Handler(
        Function<E, T> getter,
        BiConsumer<B, T> setter,
        Writer<? super T> writer,
        Reader<? extends T> reader) {
      this.getter = getter;
      this.setter = setter;
      this.writer = writer;
      this.reader = reader;
    }

    void write(String name, E entity, JsonGenerator generator, boolean hrefs) throws IOException {
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
  }
}
