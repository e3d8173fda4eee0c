package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A roster read from a seed document (see {@link Seed#fromJson}); everything held in memory. */
final class JsonRoster extends Roster {
  private static final String DEFAULT_MODIFIED = "2026-07-01T00:00:00.000Z";

  private final Map<Kind, List<ObjectNode>> lists = new EnumMap<>(Kind.class);
  private final Map<Kind, Map<String, ObjectNode>> byId = new EnumMap<>(Kind.class);
  private final Map<String, List<ObjectNode>> enrollmentsByClass = new HashMap<>();
  private final boolean hasCategories;

  JsonRoster(JsonNode document) {
    if (!document.isObject()) {
      throw new IllegalArgumentException("A seed document is a JSON object, e.g. {\"orgs\":[…]}");
    }
    for (Kind kind : Kind.values()) {
      JsonNode array = document.get(kind.plural);
      List<ObjectNode> list = new ArrayList<>();
      Map<String, ObjectNode> ids = new HashMap<>();
      if (array != null) {
        if (!array.isArray()) {
          throw new IllegalArgumentException("Seed field '" + kind.plural + "' must be an array");
        }
        for (JsonNode element : array) {
          if (!element.isObject() || Nodes.id(element) == null) {
            throw new IllegalArgumentException(
                "Every entry of '" + kind.plural + "' must be an object with a sourcedId");
          }
          ObjectNode node = ((ObjectNode) element).deepCopy();
          if (!node.has("status")) {
            node.put("status", "active");
          }
          if (!node.has("dateLastModified")) {
            node.put("dateLastModified", DEFAULT_MODIFIED);
          }
          if (ids.putIfAbsent(Nodes.id(node), node) != null) {
            throw new IllegalArgumentException(
                "Duplicate sourcedId '" + Nodes.id(node) + "' in '" + kind.plural + "'");
          }
          list.add(node);
        }
      }
      lists.put(kind, List.copyOf(list));
      byId.put(kind, ids);
    }
    hasCategories = document.has(Kind.CATEGORY.plural);
    for (ObjectNode e : lists.get(Kind.ENROLLMENT)) {
      String classId = Nodes.refId(e, "class");
      if (classId != null) {
        enrollmentsByClass.computeIfAbsent(classId, k -> new ArrayList<>()).add(e);
      }
    }
  }

  @Override
  List<ObjectNode> orgs() {
    return lists.get(Kind.ORG);
  }

  @Override
  List<ObjectNode> academicSessions() {
    return lists.get(Kind.ACADEMIC_SESSION);
  }

  @Override
  List<ObjectNode> courses() {
    return lists.get(Kind.COURSE);
  }

  @Override
  List<ObjectNode> classes() {
    return lists.get(Kind.CLASS);
  }

  @Override
  List<ObjectNode> users() {
    return lists.get(Kind.USER);
  }

  @Override
  List<ObjectNode> enrollments() {
    return lists.get(Kind.ENROLLMENT);
  }

  @Override
  List<ObjectNode> demographics() {
    return lists.get(Kind.DEMOGRAPHICS);
  }

  @Override
  List<ObjectNode> categories() {
    return hasCategories ? lists.get(Kind.CATEGORY) : null;
  }

  @Override
  List<ObjectNode> lineItems() {
    return lists.get(Kind.LINE_ITEM);
  }

  @Override
  List<ObjectNode> results() {
    return lists.get(Kind.RESULT);
  }

  @Override
  ObjectNode find(Kind kind, String id) {
    return byId.get(kind).get(id);
  }

  @Override
  List<ObjectNode> enrollmentsOfClass(String classId) {
    return enrollmentsByClass.getOrDefault(classId, List.of());
  }
}
