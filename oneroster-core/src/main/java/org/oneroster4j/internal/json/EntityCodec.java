package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes and reads one entity type: its envelope keys and its members in wire order.
 *
 * @param <E> the entity type
 * @param <B> the entity's builder
 */
final class EntityCodec<E, B> {
  private final Class<E> type;
  private final String singular;
  private final String plural;
  private final Supplier<B> newBuilder;
  private final Function<B, E> build;
  private final List<Prop<E, B>> props;
  private final Map<String, Prop<E, B>> byName = new HashMap<>();
  private final Map<String, Prop<E, B>> byLowerName = new HashMap<>();
  private final Map<String, String> where = new HashMap<>();
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
    this.plural = plural;
    this.newBuilder = newBuilder;
    this.build = build;
    this.props = List.copyOf(props);
    for (Prop<E, B> prop : props) {
      byName.put(prop.name(), prop);
      byLowerName.put(prop.name().toLowerCase(Locale.ROOT), prop);
      where.put(prop.name(), singular + "." + prop.name());
    }
  }

  Class<E> type() {
    return type;
  }

  String singular() {
    return singular;
  }

  String plural() {
    return plural;
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
}
