package org.oneroster4j.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive copies into unmodifiable collections, shared by the records and builders. */
final class Copies {
  private Copies() {}

  /** Copies a list; null becomes empty; a null element fails naming the field. */
  static <T> List<T> list(List<? extends T> list, String field) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    for (T element : list) {
      if (element == null) {
        throw new NullPointerException(field + " must not contain null elements");
      }
    }
    return List.copyOf(list);
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
