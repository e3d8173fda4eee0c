package org.oneroster4j.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;
import org.oneroster4j.internal.endpoint.SisIds;
import org.oneroster4j.model.ScoreStatus;

/**
 * Reads the gradebook JSON, collecting every problem with its JSON path: values leniently (numbers
 * and booleans as strings), keys strictly (an unknown or repeated key is refused, so a typo such as
 * {@code maxPoint} is not silently ignored). Malformed JSON is described in plain words with its
 * line and column, never with the parser's own text. The keys are those of {@code
 * gradebook.schema.json} beside this class; a test keeps the two in step.
 */
final class GradebookJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static final Set<String> ROOT_KEYS = Set.of("$schema", "namespace", "classes");
  static final Set<String> CLASS_KEYS = Set.of("classSourcedId", "assignments");
  static final Set<String> ASSIGNMENT_KEYS =
      Set.of(
          "id",
          "title",
          "description",
          "assignDate",
          "dueDate",
          "maxPoints",
          "category",
          "deleted",
          "grades");
  static final Set<String> GRADE_KEYS =
      Set.of("studentSourcedId", "studentEmail", "score", "status", "comment", "deleted");

  private final List<Violation> problems = new ArrayList<>();

  private GradebookJson() {}

  static Gradebook read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null || at.getLineNr() < 1
              ? "$"
              : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ValidationException(
          "gradebook JSON", List.of(new Violation(where, "not valid JSON: " + plainWords(e))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gradebook JSON", e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ValidationException(
          "gradebook JSON",
          List.of(
              new Violation("$", "the file is empty; expected a JSON object with \"classes\"")));
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
    knownKeys(root, ROOT_KEYS, "");
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
    knownKeys(node, CLASS_KEYS, path + ".");
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
    knownKeys(node, ASSIGNMENT_KEYS, path + ".");
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
    knownKeys(node, GRADE_KEYS, path + ".");
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

  /** Refuses every key of {@code node} that is not in {@code known}, naming the closest one. */
  private void knownKeys(JsonNode node, Set<String> known, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (known.contains(name)) {
        continue;
      }
      String closest = closest(name, known);
      problems.add(
          new Violation(
              prefix + name,
              "unknown key"
                  + (closest == null ? "." : "; did you mean \"" + closest + "\"?")
                  + " Keys here: "
                  + String.join(", ", sorted(known))));
    }
  }

  private static List<String> sorted(Set<String> keys) {
    List<String> list = new ArrayList<>(keys);
    list.remove("$schema");
    list.sort(null);
    return list;
  }

  /** The known key nearest to {@code name} (case-insensitive edit distance at most 2), or null. */
  private static String closest(String name, Set<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : sorted(known)) {
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static final Pattern UNEXPECTED =
      Pattern.compile("Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)");
  private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*?)'");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'");

  /** What went wrong, in plain words: the parser's own message never reaches the user. */
  static String plainWords(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (e instanceof JsonEOFException) {
      return "the file ends before the JSON is complete; a closing } or ] or \" is missing";
    }
    Matcher duplicate = DUPLICATE.matcher(m);
    if (duplicate.find()) {
      return "the key \"" + duplicate.group(1) + "\" appears twice in the same object";
    }
    Matcher unrecognized = UNRECOGNIZED.matcher(m);
    if (unrecognized.find()) {
      String word = unrecognized.group(1);
      return "unexpected word "
          + (word.length() > 20 ? word.substring(0, 20) + "…" : word)
          + "; text must be in double quotes, and only true, false and null are allowed bare";
    }
    if (m.startsWith("Trailing token")) {
      return "more text after the end of the gradebook object; the file must hold one JSON object";
    }
    if (m.contains("Illegal unquoted character")) {
      return "a control character (such as a line break or tab) inside a string; write it as \\n"
          + " or \\t";
    }
    if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF-16")) {
      return "the file is not UTF-8 text";
    }
    if (m.contains("Non-standard token")) {
      return "NaN and Infinity are not JSON numbers";
    }
    if (m.contains("Leading zeroes") || m.contains("Invalid numeric value")) {
      return "a number is written in a way JSON does not allow (such as 007 or 1.)";
    }
    Matcher unexpected = UNEXPECTED.matcher(m);
    String found = null;
    if (unexpected.find()) {
      int code = Integer.parseInt(unexpected.group(2));
      found = code == '\'' ? "'" : code < 32 ? "a control character" : unexpected.group(1);
    } else if (m.contains("CTRL-CHAR")) {
      found = "a control character";
    }
    if (found != null) {
      String quoted = found.length() == 1 ? "'" + found + "'" : found;
      if (found.equals("'")) {
        return "found ' where JSON needs double quotes (\")";
      }
      if (m.contains("double-quote to start field name")) {
        return "expected a key in double quotes, found "
            + quoted
            + (found.equals("}") ? " (a comma before the } is not allowed)" : "");
      }
      if (m.contains("comma to separate Object entries")) {
        return "expected a comma or } after a value, found " + quoted;
      }
      if (m.contains("comma to separate Array entries")) {
        return "expected a comma or ] after a value, found " + quoted;
      }
      if (m.contains("colon to separate field name and value")) {
        return "expected a colon after the key, found " + quoted;
      }
      if (found.equals("]") || found.equals("}")) {
        return "expected a value, found " + quoted + " (a comma before it is not allowed)";
      }
      return "unexpected " + quoted;
    }
    return "this is not JSON";
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
