package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OneRoster 1.1 collection parameters of one request: filter, sort, orderBy, fields, limit and
 * offset, parsed and validated against the entity's fields.
 */
final class Query {
  static final int DEFAULT_LIMIT = 100;

  /** One {@code field<op>'value'} comparison. */
  record Clause(String field, String op, String value) {}

  final Kind kind;

  /** OR of AND-groups; empty means no filter. */
  final List<List<Clause>> filter;

  final String sort;
  final boolean descending;
  final Set<String> fields;
  final int limit;
  final int offset;
  final List<ApiError> warnings = new ArrayList<>();

  /** A page of a collection: the items of the page and the size of the whole filtered list. */
  record Page(List<ObjectNode> items, int total) {}

  Query(Kind kind, Map<String, String> params, int maxPageSize) {
    this.kind = kind;
    this.filter = parseFilter(kind, params.get("filter"));
    String sortField = params.get("sort");
    if (sortField != null && !sortField.isBlank() && !kind.knows(sortField.trim())) {
      warnings.add(
          new ApiError(
              200,
              "invalid_sort_field",
              "Unknown sort field '" + sortField + "'; data returned in the default order"));
      sortField = null;
    }
    this.sort = sortField == null || sortField.isBlank() ? null : sortField.trim();
    String orderBy = params.get("orderBy");
    if (orderBy != null && !orderBy.equals("asc") && !orderBy.equals("desc")) {
      throw ApiError.badRequest("orderBy must be 'asc' or 'desc', not '" + orderBy + "'");
    }
    this.descending = "desc".equals(orderBy);
    this.fields = parseFields(kind, params.get("fields"), warnings);
    this.limit = Math.min(number(params, "limit", DEFAULT_LIMIT, 1), maxPageSize);
    this.offset = number(params, "offset", 0, 0);
  }

  /** Parses only the {@code fields} parameter, for single-object reads. */
  static Set<String> fieldsOnly(Kind kind, Map<String, String> params, List<ApiError> warnings) {
    return parseFields(kind, params.get("fields"), warnings);
  }

  private static int number(Map<String, String> params, String name, int fallback, int min) {
    String text = params.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiError.badRequest(
        name + " must be an integer of at least " + min + ", not '" + text + "'");
  }

  private static Set<String> parseFields(Kind kind, String text, List<ApiError> warnings) {
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      throw new ApiError(400, "invalid_blank_selection_field", "fields must not be blank");
    }
    Set<String> set = new LinkedHashSet<>();
    for (String f : text.split(",")) {
      String name = f.trim();
      if (name.isEmpty() || !kind.knows(name) || name.contains(".")) {
        warnings.add(
            new ApiError(
                200,
                "invalid_selection_field",
                "Unknown field '" + name + "' in fields; all fields returned"));
        return null;
      }
      set.add(name);
    }
    return set;
  }

  // ---- filter ----------------------------------------------------------------------------

  static List<List<Clause>> parseFilter(Kind kind, String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<List<Clause>> groups = new ArrayList<>();
    List<Clause> group = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (true) {
      i = skipSpaces(text, i);
      int start = i;
      while (i < n
          && (Character.isLetterOrDigit(text.charAt(i))
              || text.charAt(i) == '.'
              || text.charAt(i) == '_')) {
        i++;
      }
      String field = text.substring(start, i);
      if (field.isEmpty()) {
        throw new ApiError(
            400, "invalid_filter_field", "Filter '" + text + "' has no field name at " + start);
      }
      if (!kind.knows(field)) {
        throw new ApiError(
            400, "invalid_filter_field", "Unknown filter field '" + field + "' for " + kind.plural);
      }
      i = skipSpaces(text, i);
      String op = null;
      for (String candidate : new String[] {"!=", ">=", "<=", "=", ">", "<", "~"}) {
        if (text.startsWith(candidate, i)) {
          op = candidate;
          break;
        }
      }
      if (op == null) {
        throw new ApiError(
            400,
            "invalid_filter_field",
            "Filter on '" + field + "' has no operator (= != > >= < <= ~)");
      }
      i = skipSpaces(text, i + op.length());
      if (i >= n || text.charAt(i) != '\'') {
        throw new ApiError(
            400,
            "invalid_filter_field",
            "Filter value for '" + field + "' must be in single quotes");
      }
      // A quote inside a value is doubled ('o''brien'), as clients escape it.
      StringBuilder value = new StringBuilder();
      int close = -1;
      for (int j = i + 1; j < n; j++) {
        char c = text.charAt(j);
        if (c != '\'') {
          value.append(c);
        } else if (j + 1 < n && text.charAt(j + 1) == '\'') {
          value.append('\'');
          j++;
        } else {
          close = j;
          break;
        }
      }
      if (close < 0) {
        throw new ApiError(
            400, "invalid_filter_field", "Unterminated quote in filter '" + text + "'");
      }
      group.add(new Clause(field, op, value.toString()));
      i = skipSpaces(text, close + 1);
      if (i >= n) {
        break;
      }
      String rest = text.substring(i).toUpperCase(Locale.ROOT);
      if (rest.startsWith("AND ")) {
        i += 4;
      } else if (rest.startsWith("OR ")) {
        groups.add(group);
        group = new ArrayList<>();
        i += 3;
      } else {
        throw new ApiError(
            400,
            "invalid_filter_field",
            "Expected AND or OR in filter at '" + text.substring(i) + "'");
      }
    }
    groups.add(group);
    return List.copyOf(groups);
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** If the filter is exactly {@code field='value'}, that value; else null. */
  String singleEquality(String field) {
    if (filter.size() == 1 && filter.get(0).size() == 1) {
      Clause c = filter.get(0).get(0);
      if (c.field.equals(field) && c.op.equals("=")) {
        return c.value;
      }
    }
    return null;
  }

  boolean matches(JsonNode node) {
    if (filter.isEmpty()) {
      return true;
    }
    for (List<Clause> group : filter) {
      boolean all = true;
      for (Clause clause : group) {
        if (!test(node, clause)) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean test(JsonNode node, Clause clause) {
    List<String> values = new ArrayList<>();
    collect(node, clause.field.split("\\."), 0, values);
    if (clause.op.equals("!=")) {
      for (String v : values) {
        if (compare(v, clause.value) == 0) {
          return false;
        }
      }
      return true;
    }
    for (String v : values) {
      boolean ok;
      switch (clause.op) {
        case "=":
          ok = compare(v, clause.value) == 0;
          break;
        case ">":
          ok = compare(v, clause.value) > 0;
          break;
        case ">=":
          ok = compare(v, clause.value) >= 0;
          break;
        case "<":
          ok = compare(v, clause.value) < 0;
          break;
        case "<=":
          ok = compare(v, clause.value) <= 0;
          break;
        default: // "~"
          ok = v.toLowerCase(Locale.ROOT).contains(clause.value.toLowerCase(Locale.ROOT));
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** Leaf values at {@code path}; arrays fan out, a reference object stands for its sourcedId. */
  private static void collect(JsonNode node, String[] path, int depth, List<String> out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, path, depth, out);
      }
      return;
    }
    if (depth == path.length) {
      if (node.isValueNode()) {
        out.add(node.asText());
      } else if (node.has("sourcedId")) {
        out.add(node.get("sourcedId").asText());
      }
      return;
    }
    if (node.isObject()) {
      collect(node.get(path[depth]), path, depth + 1, out);
    }
  }

  /** Dates compare as instants, numbers as numbers, everything else as strings. */
  static int compare(String a, String b) {
    if (a.length() >= 10 && b.length() >= 10 && Character.isDigit(a.charAt(0))) {
      Instant ia = Nodes.instant(a);
      Instant ib = Nodes.instant(b);
      if (ia != null && ib != null) {
        return ia.compareTo(ib);
      }
    }
    BigDecimal na = decimal(a);
    BigDecimal nb = na == null ? null : decimal(b);
    if (na != null && nb != null) {
      return na.compareTo(nb);
    }
    return a.compareTo(b);
  }

  private static BigDecimal decimal(String s) {
    if (s.isEmpty() || s.length() > 40) {
      return null;
    }
    char c = s.charAt(0);
    if (!(Character.isDigit(c) || c == '-' || c == '.')) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ---- apply -----------------------------------------------------------------------------

  Page apply(List<ObjectNode> source) {
    List<ObjectNode> list;
    if (filter.isEmpty() && sort == null) {
      list = source;
    } else {
      list = new ArrayList<>();
      for (ObjectNode node : source) {
        if (matches(node)) {
          list.add(node);
        }
      }
      if (sort != null) {
        String[] path = sort.split("\\.");
        Comparator<ObjectNode> bySort =
            (x, y) -> {
              String vx = first(x, path);
              String vy = first(y, path);
              if (vx == null || vy == null) {
                return vx == null ? (vy == null ? 0 : 1) : -1;
              }
              return descending ? compare(vy, vx) : compare(vx, vy);
            };
        list.sort(bySort);
      }
    }
    int total = list.size();
    int from = Math.min(offset, total);
    int to = (int) Math.min((long) from + limit, total);
    return new Page(list.subList(from, to), total);
  }

  private static String first(JsonNode node, String[] path) {
    List<String> values = new ArrayList<>(1);
    collect(node, path, 0, values);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The node cut down to the selected fields (or itself when all fields are wanted). */
  static JsonNode project(ObjectNode node, Set<String> fields) {
    if (fields == null) {
      return node;
    }
    ObjectNode out = Nodes.F.objectNode();
    for (String f : fields) {
      JsonNode v = node.get(f);
      if (v != null) {
        out.set(f, v);
      }
    }
    return out;
  }
}
