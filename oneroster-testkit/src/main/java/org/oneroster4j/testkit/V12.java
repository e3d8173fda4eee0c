package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OneRoster 1.2 JSON shapes. The seed and the stored gradebook keep the (1.1-compatible) shape they
 * were given; every 1.2 response passes through {@link #shape}, which turns a user's {@code role}
 * and {@code orgs} into {@code roles[]} and {@code primaryOrg}, booleans into the strings 1.2
 * declares, dates of results into dates, and every reference into {@code {href, sourcedId, type}}
 * with the 1.2 type names.
 */
final class V12 {
  static final String SEGMENT = "v1p2";

  /** Fields whose 1.2 schema is the string {@code "true"} / {@code "false"}. */
  private static final Map<Kind, Set<String>> STRING_BOOLEANS =
      Map.of(
          Kind.USER,
          Set.of("enabledUser"),
          Kind.ENROLLMENT,
          Set.of("primary"),
          Kind.DEMOGRAPHICS,
          Set.of(
              "americanIndianOrAlaskaNative",
              "asian",
              "blackOrAfricanAmerican",
              "nativeHawaiianOrOtherPacificIslander",
              "white",
              "demographicRaceTwoOrMoreRaces",
              "hispanicOrLatinoEthnicity"),
          Kind.RESULT,
          Set.of("inProgress", "incomplete", "late", "missing"),
          Kind.ASSESSMENT_RESULT,
          Set.of("inProgress", "incomplete", "late", "missing"));

  /** Result flags that 1.2 declares as string booleans. */
  static final Set<String> RESULT_FLAGS = STRING_BOOLEANS.get(Kind.RESULT);

  private V12() {}

  // ---- seed gradebook --------------------------------------------------------------------

  /**
   * Three categories per class: Homework, Quizzes, Tests. The 1.2 {@code CategoryDType} has no
   * {@code class} field (and allows no extra field), so the class is named in {@code
   * metadata.classId}, the extension container.
   */
  static List<ObjectNode> defaultCategories(Roster roster) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode cls : roster.classes()) {
      String classId = Nodes.id(cls);
      for (String title : List.of("Homework", "Quizzes", "Tests")) {
        ObjectNode c =
            Flavour.category(
                "cat-" + classId + "-" + title.toLowerCase(java.util.Locale.ROOT), title);
        c.putObject("metadata").put("classId", classId);
        out.add(c);
      }
    }
    return out;
  }

  /** One percentage score scale per class, {@code scale-<classId>}. */
  static List<ObjectNode> defaultScoreScales(Roster roster) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode cls : roster.classes()) {
      String classId = Nodes.id(cls);
      ObjectNode s = Nodes.F.objectNode();
      s.put("sourcedId", "scale-" + classId);
      s.put("status", "active");
      s.put("dateLastModified", "2026-07-01T00:00:00.000Z");
      s.put("title", "Letter grade");
      s.put("type", "letter");
      String course = Nodes.refId(cls, "course");
      if (course != null) {
        s.set("course", Nodes.ref(course, "course"));
      }
      s.set("class", Nodes.ref(classId, "class"));
      ArrayNode values = s.putArray("scoreScaleValue");
      String[][] letters = {{"A", "90"}, {"B", "80"}, {"C", "70"}, {"D", "60"}, {"F", "0"}};
      for (String[] letter : letters) {
        values.addObject().put("itemValueLHS", letter[0]).put("itemValueRHS", letter[1]);
      }
      out.add(s);
    }
    return out;
  }

  // ---- response shapes -------------------------------------------------------------------

  /** {@code nodes} in their 1.2 shape, each computed when read. */
  static List<ObjectNode> shapeAll(Kind kind, List<ObjectNode> nodes, String root) {
    return Nodes.lazy(nodes.size(), i -> shape(kind, nodes.get(i), root));
  }

  /**
   * A copy of {@code node} in its OneRoster 1.2 shape.
   *
   * @param root the root URL ending in {@code /ims/oneroster}, for {@code href}s
   */
  static ObjectNode shape(Kind kind, ObjectNode node, String root) {
    ObjectNode out = node.deepCopy();
    switch (kind) {
      case USER:
        user(out);
        break;
      case ORG:
        if (!out.hasNonNull("identifier")) {
          out.put("identifier", Nodes.id(out));
        }
        break;
      case COURSE:
        if (!out.hasNonNull("courseCode")) {
          out.put("courseCode", Nodes.id(out));
        }
        break;
      case RESULT:
      case ASSESSMENT_RESULT:
        String date = Nodes.text(out, "scoreDate");
        if (date != null) {
          out.put("scoreDate", dateOnly(date));
        }
        break;
      default:
        break;
    }
    for (String field : STRING_BOOLEANS.getOrDefault(kind, Set.of())) {
      JsonNode value = out.get(field);
      if (value != null && value.isBoolean()) {
        out.put(field, value.asText());
      }
    }
    refs(kind, out, root);
    return out;
  }

  /** The date part of a date or date-time as sent ({@code 2026-09-09T10:00:00Z} → 2026-09-09). */
  static String dateOnly(String text) {
    int t = text.indexOf('T');
    return t == 10 ? text.substring(0, 10) : text;
  }

  private static void user(ObjectNode user) {
    JsonNode orgs = user.get("orgs");
    String role = Nodes.text(user, "role");
    if (!user.has("roles") && role != null) {
      // 1.2 drops the user role "administrator" (it stays an enrollment role).
      String role12 = role.equals("administrator") ? "siteAdministrator" : role;
      ArrayNode roles = Nodes.F.arrayNode();
      if (orgs != null && orgs.isArray()) {
        for (JsonNode org : orgs) {
          ObjectNode r = roles.addObject();
          r.put("roleType", "primary");
          r.put("role", role12);
          r.set("org", org.deepCopy());
        }
      }
      user.set("roles", roles);
    }
    if (!user.has("primaryOrg") && orgs != null && orgs.isArray() && !orgs.isEmpty()) {
      user.set("primaryOrg", orgs.get(0).deepCopy());
    }
    user.remove("role");
    user.remove("orgs");
    if (!user.has("enabledUser")) {
      user.put("enabledUser", "true");
    }
  }

  private static void refs(Kind kind, ObjectNode node, String root) {
    List<Map.Entry<String, JsonNode>> changes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String field = e.getKey();
      JsonNode value = e.getValue();
      if (field.equals("metadata") || field.equals("userIds")) {
        continue;
      }
      if (field.equals("roles") && value.isArray()) {
        for (JsonNode role : value) {
          if (role.isObject() && isRef(role.get("org"))) {
            ((ObjectNode) role).set("org", ref(role.get("org"), "org", root));
          }
        }
        continue;
      }
      if (isRef(value)) {
        changes.add(Map.entry(field, ref(value, type(kind, field, value), root)));
      } else if (value.isArray()) {
        ArrayNode array = Nodes.F.arrayNode();
        boolean any = false;
        for (JsonNode element : value) {
          if (isRef(element)) {
            array.add(ref(element, type(kind, field, element), root));
            any = true;
          } else {
            array.add(element);
          }
        }
        if (any) {
          changes.add(Map.entry(field, array));
        }
      }
    }
    changes.forEach(c -> node.set(c.getKey(), c.getValue()));
  }

  private static boolean isRef(JsonNode value) {
    return value != null && value.isObject() && value.path("sourcedId").isTextual();
  }

  /** The 1.2 reference type of {@code field} of a {@code kind}. */
  private static String type(Kind kind, String field, JsonNode ref) {
    switch (field) {
      case "org":
      case "school":
      case "primaryOrg":
      case "orgs":
        return "org";
      case "parent":
      case "children":
        return kind == Kind.ORG ? "org" : "academicSession";
      case "terms":
      case "gradingPeriod":
      case "academicSession":
      case "schoolYear":
        return "academicSession";
      case "course":
        return "course";
      case "class":
        return "class";
      case "user":
      case "student":
      case "agents":
        return "user";
      case "category":
        return "category";
      case "lineItem":
        return "lineItem";
      case "scoreScale":
        return "scoreScale";
      case "assessmentLineItem":
      case "parentAssessmentLineItem":
        return "assessmentLineItem";
      case "resources":
        return "resource";
      default:
        return typeV12(Nodes.text(ref, "type"));
    }
  }

  /** 1.1's reference types {@code student}, {@code teacher}, {@code term}… in 1.2 names. */
  static String typeV12(String type) {
    if (type == null) {
      return null;
    }
    switch (type) {
      case "student":
      case "teacher":
        return "user";
      case "term":
      case "gradingPeriod":
      case "schoolYear":
        return "academicSession";
      default:
        return type;
    }
  }

  private static ObjectNode ref(JsonNode source, String type, String root) {
    String id = source.get("sourcedId").asText();
    ObjectNode ref = Nodes.F.objectNode();
    String href = href(type, id, root);
    if (href != null) {
      ref.put("href", href);
    }
    ref.put("sourcedId", id);
    if (type != null) {
      ref.put("type", type);
    }
    return ref;
  }

  private static String href(String type, String id, String root) {
    if (type == null) {
      return null;
    }
    String service;
    String collection;
    switch (type) {
      case "org":
        service = "rostering";
        collection = "orgs";
        break;
      case "academicSession":
        service = "rostering";
        collection = "academicSessions";
        break;
      case "course":
        service = "rostering";
        collection = "courses";
        break;
      case "class":
        service = "rostering";
        collection = "classes";
        break;
      case "user":
        service = "rostering";
        collection = "users";
        break;
      case "category":
        service = "gradebook";
        collection = "categories";
        break;
      case "lineItem":
        service = "gradebook";
        collection = "lineItems";
        break;
      case "scoreScale":
        service = "gradebook";
        collection = "scoreScales";
        break;
      case "assessmentLineItem":
        service = "gradebook";
        collection = "assessmentLineItems";
        break;
      case "resource":
        service = "resources";
        collection = "resources";
        break;
      default:
        return null;
    }
    return root + "/" + service + "/" + SEGMENT + "/" + collection + "/" + OAuth1.encode(id);
  }
}
