package org.oneroster4j.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/** Defensive copies into unmodifiable collections, shared by the records and builders. */
final class Copies {
  private Copies() {}

  /** The classes of {@code List.of(…)} and {@code List.copyOf(…)}: unmodifiable, never null. */
  private static final Class<?> LIST_12 = List.of(1).getClass();

  private static final Class<?> LIST_N = List.of(1, 2, 3).getClass();

  /** Copies a list; null becomes empty; a null element fails naming the field. */
  @SuppressWarnings("unchecked")
  static <T> List<T> list(List<? extends T> list, String field) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    if (list.getClass() == LIST_12 || list.getClass() == LIST_N) {
      // Already an unmodifiable list without nulls (a builder's copy, or List.of): shared as is,
      // as List.copyOf would share it, without walking it again.
      return (List<T>) list;
    }
    if (list instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n; i++) {
        if (list.get(i) == null) {
          throw nullElement(field);
        }
      }
    } else if (list.contains(null)) {
      throw nullElement(field);
    }
    return List.copyOf(list);
  }

  private static NullPointerException nullElement(String field) {
    return new NullPointerException(field + " must not contain null elements");
  }

  /**
   * Deep-copies metadata into unmodifiable maps and lists; null becomes empty. Values may be null
   * (JSON null), which the JDK's immutable collections reject, hence the unmodifiable wrappers.
   */
  static Map<String, Object> metadata(Map<String, ?> metadata) {
    if (metadata == null || metadata.isEmpty()) {
      return Map.of();
    }
    return copyMap(metadata, "metadata");
  }

  static Map<String, Object> withEntry(Map<String, Object> metadata, String key, Object value) {
    Objects.requireNonNull(key, "key");
    Map<String, Object> copy = new LinkedHashMap<>(metadata);
    copy.put(key, value);
    return metadata(copy);
  }

  private static Map<String, Object> copyMap(Map<?, ?> map, String path) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(path + " keys must be strings, got " + entry.getKey());
      }
      copy.put(key, copyValue(entry.getValue(), path + "." + key));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(Object value, String path) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      return copyMap(map, path);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(copyValue(list.get(i), path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        path
            + " holds a "
            + value.getClass().getName()
            + "; metadata values must be String, Number, Boolean, List, Map or null");
  }
}
