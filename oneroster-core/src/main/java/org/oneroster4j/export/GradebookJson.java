package org.oneroster4j.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;
import org.oneroster4j.internal.endpoint.SisIds;
import org.oneroster4j.model.ScoreStatus;

/** Reads the gradebook JSON leniently, collecting every problem with its JSON path. */
final class GradebookJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<Violation> problems = new ArrayList<>();

  private GradebookJson() {}

  static Gradebook read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? "$"
              : "$ (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      throw new ValidationException(
          "gradebook JSON",
          List.of(new Violation(where, "not valid JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gradebook JSON", e);
    }
    GradebookJson reader = new GradebookJson();
    Gradebook gradebook = reader.gradebook(root);
    if (!reader.problems.isEmpty()) {
      throw new ValidationException("gradebook JSON", reader.problems);
    }
    return gradebook;
  }

  private Gradebook gradebook(JsonNode root) {
    if (root == null || !root.isObject()) {
      problems.add(new Violation("$", "expected a JSON object with \"namespace\" and \"classes\""));
      return null;
    }
    Gradebook.Builder b = Gradebook.builder().namespace(text(root, "namespace", "namespace"));
    JsonNode classes = root.get("classes");
    if (isAbsent(classes)) {
      problems.add(new Violation("classes", "missing; expected an array of classes"));
    } else if (!classes.isArray()) {
      problems.add(new Violation("classes", "expected an array, got " + describe(classes)));
    } else {
      for (int i = 0; i < classes.size(); i++) {
        GradebookClass c = gradebookClass(classes.get(i), "classes[" + i + "]");
        if (c != null) {
          b.addClass(c);
        }
      }
    }
    return b.build();
  }

  private GradebookClass gradebookClass(JsonNode node, String path) {
    if (!node.isObject()) {
      problems.add(new Violation(path, "expected an object, got " + describe(node)));
      return null;
    }
    String classSourcedId = text(node, "classSourcedId", path + ".classSourcedId");
    if (classSourcedId == null || classSourcedId.isBlank()) {
      problems.add(
          new Violation(
              path + ".classSourcedId", "missing; the SIS sourcedId of the linked class"));
    } else if (SisIds.isDotSegment(classSourcedId)) {
      problems.add(
          new Violation(
              path + ".classSourcedId",
              "'"
                  + classSourcedId
                  + "' is a dot segment: a server that normalises paths would read another"
                  + " resource. Use the linked class's real sourcedId"));
    }
    List<Assignment> assignments = new ArrayList<>();
    JsonNode list = node.get("assignments");
    if (!isAbsent(list)) {
      if (!list.isArray()) {
        problems.add(
            new Violation(path + ".assignments", "expected an array, got " + describe(list)));
      } else {
        for (int i = 0; i < list.size(); i++) {
          Assignment a = assignment(list.get(i), path + ".assignments[" + i + "]");
          if (a != null) {
            assignments.add(a);
          }
        }
      }
    }
    if (classSourcedId == null || classSourcedId.isBlank() || SisIds.isDotSegment(classSourcedId)) {
      return null;
    }
    return new GradebookClass(classSourcedId, assignments);
  }

  private Assignment assignment(JsonNode node, String path) {
    if (!node.isObject()) {
      problems.add(new Violation(path, "expected an object, got " + describe(node)));
      return null;
    }
    String id = text(node, "id", path + ".id");
    if (id == null || id.isBlank()) {
      problems.add(new Violation(path + ".id", "missing; the LMS id of the assignment"));
    }
    List<Grade> grades = new ArrayList<>();
    JsonNode list = node.get("grades");
    if (!isAbsent(list)) {
      if (!list.isArray()) {
        problems.add(new Violation(path + ".grades", "expected an array, got " + describe(list)));
      } else {
        for (int i = 0; i < list.size(); i++) {
          Grade g = grade(list.get(i), path + ".grades[" + i + "]");
          if (g != null) {
            grades.add(g);
          }
        }
      }
    }
    Assignment.Builder b =
        Assignment.builder()
            .title(text(node, "title", path + ".title"))
            .description(text(node, "description", path + ".description"))
            .assignDate(dateTime(node, "assignDate", path + ".assignDate"))
            .dueDate(dateTime(node, "dueDate", path + ".dueDate"))
            .maxPoints(number(node, "maxPoints", path + ".maxPoints"))
            .category(text(node, "category", path + ".category"))
            .deleted(bool(node, "deleted", path + ".deleted"))
            .grades(grades);
    if (id == null || id.isBlank()) {
      return null;
    }
    return b.id(id).build();
  }

  private Grade grade(JsonNode node, String path) {
    if (!node.isObject()) {
      problems.add(new Violation(path, "expected an object, got " + describe(node)));
      return null;
    }
    String sourcedId = text(node, "studentSourcedId", path + ".studentSourcedId");
    String email = text(node, "studentEmail", path + ".studentEmail");
    Double score = number(node, "score", path + ".score");
    String status = text(node, "status", path + ".status");
    String comment = text(node, "comment", path + ".comment");
    boolean deleted = bool(node, "deleted", path + ".deleted");
    if (isBlank(sourcedId) && isBlank(email)) {
      problems.add(
          new Violation(path, "names no student; give \"studentSourcedId\" or \"studentEmail\""));
      return null;
    }
    return Grade.builder()
        .studentSourcedId(isBlank(sourcedId) ? null : sourcedId)
        .studentEmail(isBlank(email) ? null : email)
        .score(score)
        .status(isBlank(status) ? null : ScoreStatus.of(status.strip()))
        .comment(comment)
        .deleted(deleted)
        .build();
  }

  private String text(JsonNode parent, String field, String path) {
    JsonNode v = parent.get(field);
    if (isAbsent(v)) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isNumber() || v.isBoolean()) {
      return v.asText();
    }
    problems.add(new Violation(path, "expected a string, got " + describe(v)));
    return null;
  }

  private Double number(JsonNode parent, String field, String path) {
    JsonNode v = parent.get(field);
    if (isAbsent(v)) {
      return null;
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isTextual()) {
      String s = v.textValue().strip();
      if (s.isEmpty()) {
        return null;
      }
      try {
        return Double.valueOf(s);
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.add(new Violation(path, "expected a number, got " + describe(v)));
    return null;
  }

  private boolean bool(JsonNode parent, String field, String path) {
    JsonNode v = parent.get(field);
    if (isAbsent(v)) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isTextual()) {
      String s = v.textValue().strip().toLowerCase(Locale.ROOT);
      if (s.equals("true") || s.equals("false")) {
        return s.equals("true");
      }
    }
    problems.add(new Violation(path, "expected true or false, got " + describe(v)));
    return false;
  }

  private Instant dateTime(JsonNode parent, String field, String path) {
    JsonNode v = parent.get(field);
    if (isAbsent(v)) {
      return null;
    }
    if (v.isTextual()) {
      String s = v.textValue().strip();
      if (s.isEmpty()) {
        return null;
      }
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problems.add(
        new Violation(
            path,
            "expected an ISO-8601 date-time with a zone such as \"2026-09-08T23:59:00Z\", got "
                + describe(v)));
    return null;
  }

  private static boolean isAbsent(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String describe(JsonNode v) {
    if (v.isTextual()) {
      String s = v.textValue();
      return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
    if (v.isArray()) {
      return "an array";
    }
    if (v.isObject()) {
      return "an object";
    }
    return v.toString();
  }
}
