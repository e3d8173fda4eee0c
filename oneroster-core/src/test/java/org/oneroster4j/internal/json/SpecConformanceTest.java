package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.OneRosterEntity;
import org.oneroster4j.model.ScoreStatus;

/**
 * Checks serialized bodies against the field names, JSON types and enums of the (derived) OneRoster
 * 1.1 OpenAPI copied to {@code src/test/resources/spec} (see the README there).
 */
class SpecConformanceTest {
  private static final String SPEC = "/spec/oneroster-v1p1-openapi3.strongmind-derived.json";
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static JsonNode schemas;
  private final ObjectMapper plain = JsonMapper.builder().build();

  @BeforeAll
  static void loadSpec() throws IOException {
    try (InputStream in = SpecConformanceTest.class.getResourceAsStream(SPEC)) {
      assertThat(in).as("test resource " + SPEC).isNotNull();
      schemas = JsonMapper.builder().build().readTree(in).path("components").path("schemas");
    }
  }

  static Stream<Arguments> entities() {
    return Stream.of(
        Arguments.of(
            LineItemJsonTest.fullLineItem(),
            "LineItem",
            "SingleLineItem",
            "LineItems",
            Set.of("description")),
        Arguments.of(ResultJsonTest.fullResult(), "Result", "SingleResult", "Results", Set.of()),
        Arguments.of(
            CategoryJsonTest.fullCategory(), "Category", "SingleCategory", "Categories", Set.of()),
        Arguments.of(RosterJsonTest.org(), "Org", "SingleOrg", "Orgs", Set.of()),
        Arguments.of(
            RosterJsonTest.session(),
            "AcademicSession",
            "SingleAcademicSession",
            "MultipleAcademicSessions",
            Set.of()),
        Arguments.of(RosterJsonTest.course(), "Course", "SingleCourse", "Courses", Set.of()),
        Arguments.of(
            RosterJsonTest.schoolClass(), "Class", "SingleClass", "Classes", Set.of("periods")),
        Arguments.of(RosterJsonTest.user(), "User", "SingleUser", "Users", Set.of()),
        Arguments.of(
            RosterJsonTest.enrollment(), "Enrollment", "SingleEnrollment", "Enrollments", Set.of()),
        Arguments.of(
            RosterJsonTest.demographics(),
            "Demographic",
            "SingleDemographics",
            "Demographics",
            Set.of()));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("entities")
  void writtenBody_usesOnlySpecFieldsWithSpecTypes(
      OneRosterEntity entity, String schema, String single, String plural, Set<String> knownGaps)
      throws IOException {
    JsonNode body = plain.readTree(OneRosterJson.get().writeEntity(entity));
    Map<String, JsonNode> properties = properties(schemas.path(schema + ".Type"));
    List<String> problems = new ArrayList<>();

    for (Map.Entry<String, JsonNode> field : body.properties()) {
      if (knownGaps.contains(field.getKey())) {
        continue;
      }
      JsonNode property = properties.get(field.getKey());
      if (property == null) {
        problems.add(schema + "." + field.getKey() + " is not in the spec");
      } else {
        check(property, field.getValue(), schema + "." + field.getKey(), problems);
      }
    }

    assertThat(problems).isEmpty();
    // The samples set every field (metadata only on lineItem and category), so every spec field is
    // checked at least once.
    Set<String> unchecked = new LinkedHashSet<>(properties.keySet());
    unchecked.removeAll(iterable(body.fieldNames()));
    unchecked.remove("metadata");
    assertThat(unchecked).as("spec fields the sample does not set").isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("entities")
  void envelopeKeys_matchTheSpecWrappers(
      OneRosterEntity entity, String schema, String single, String plural, Set<String> knownGaps) {
    assertThat(schemas.path(single + ".Type").path("properties").fieldNames().next())
        .isEqualTo(OneRosterJson.singularKey(entity.getClass()));
    assertThat(schemas.path(plural + ".Type").path("properties").fieldNames().next())
        .isEqualTo(OneRosterJson.pluralKey(entity.getClass()));
  }

  @Test
  void gradebookBodies_containEveryFieldTheSpecRequires() throws IOException {
    Map<String, OneRosterEntity> samples = new LinkedHashMap<>();
    samples.put("LineItem", LineItemJsonTest.fullLineItem());
    samples.put("Result", ResultJsonTest.fullResult());
    samples.put("Category", CategoryJsonTest.fullCategory());
    for (Map.Entry<String, OneRosterEntity> sample : samples.entrySet()) {
      JsonNode body = plain.readTree(OneRosterJson.get().writeEntity(sample.getValue()));
      assertThat(iterable(body.fieldNames()))
          .as(sample.getKey())
          .containsAll(required(schemas.path(sample.getKey() + ".Type")));
    }
  }

  @Test
  void references_writeSpecMembersOnly_andAllRequiredOnesWithHrefs() throws IOException {
    JsonNode guidRef = schemas.path("GUIDRef.Type");
    JsonNode plainRef =
        plain
            .readTree(OneRosterJson.get().writeEntity(LineItemJsonTest.fullLineItem()))
            .path("class");
    JsonNode fullRef =
        plain
            .readTree(OneRosterJson.includingHrefs().writeEntity(LineItemJsonTest.fullLineItem()))
            .path("class");
    List<String> problems = new ArrayList<>();

    check(guidRef, plainRef, "class", problems);
    check(guidRef, fullRef, "class", problems);

    assertThat(problems).isEmpty();
    assertThat(iterable(plainRef.fieldNames())).containsExactly("sourcedId", "type");
    assertThat(iterable(fullRef.fieldNames())).containsAll(required(guidRef));
  }

  @Test
  void vocabularies_knowExactlyTheSpecEnums() {
    Set<String> scoreStatuses =
        enumValues(properties(schemas.path("Result.Type")).get("scoreStatus"));
    Set<String> refTypes = enumValues(schemas.path("GUIDRef.Type").path("properties").path("type"));

    assertThat(scoreStatuses)
        .containsExactlyInAnyOrder(
            ScoreStatus.EXEMPT.value(),
            ScoreStatus.FULLY_GRADED.value(),
            ScoreStatus.NOT_SUBMITTED.value(),
            ScoreStatus.PARTIALLY_GRADED.value(),
            ScoreStatus.SUBMITTED.value());
    assertThat(scoreStatuses).allSatisfy(v -> assertThat(ScoreStatus.of(v).isKnown()).isTrue());
    assertThat(refTypes)
        .hasSize(15)
        .allSatisfy(v -> assertThat(GuidRefType.of(v).isKnown()).isTrue());
    assertThat(OneRosterJson.singularKey(Category.class)).isEqualTo("category");
  }

  private void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
    if (schema.has("$ref") || schema.has("allOf") || schema.has("properties")) {
      Map<String, JsonNode> properties = properties(schema);
      if (!value.isObject()) {
        problems.add(path + " should be an object, is " + value);
        return;
      }
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode property = properties.get(field.getKey());
        if (property == null) {
          problems.add(path + "." + field.getKey() + " is not in the spec");
        } else {
          check(property, field.getValue(), path + "." + field.getKey(), problems);
        }
      }
      return;
    }
    String type = schema.path("type").asText();
    switch (type) {
      case "string":
        if (!value.isTextual()) {
          problems.add(path + " should be a string, is " + value);
        } else {
          String format = schema.path("format").asText("");
          if (format.equals("date-time") && !DATE_TIME.matcher(value.textValue()).matches()) {
            problems.add(path + " is not a OneRoster DateTime: " + value);
          }
          if (format.equals("date") && !DATE.matcher(value.textValue()).matches()) {
            problems.add(path + " is not a Date: " + value);
          }
          if (schema.has("enum") && !enumValues(schema).contains(value.textValue())) {
            problems.add(path + " = " + value + " is not one of " + enumValues(schema));
          }
        }
        break;
      case "number":
        if (!value.isNumber()) {
          problems.add(path + " should be a number, is " + value);
        }
        break;
      case "boolean":
        if (!value.isBoolean()) {
          problems.add(path + " should be a boolean, is " + value);
        }
        break;
      case "object":
        if (!value.isObject()) {
          problems.add(path + " should be an object, is " + value);
        }
        break;
      case "array":
        if (!value.isArray()) {
          problems.add(path + " should be an array, is " + value);
        } else {
          for (int i = 0; i < value.size(); i++) {
            check(schema.path("items"), value.get(i), path + "[" + i + "]", problems);
          }
        }
        break;
      default:
        problems.add(path + " has an unexpected schema " + schema);
    }
  }

  /** Properties of a schema, following {@code $ref} and merging {@code allOf} parts. */
  private static Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    JsonNode resolved = resolve(schema);
    for (JsonNode part : resolved.path("allOf")) {
      out.putAll(properties(part));
    }
    for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
      out.put(property.getKey(), property.getValue());
    }
    return out;
  }

  private static Set<String> required(JsonNode schema) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode resolved = resolve(schema);
    for (JsonNode part : resolved.path("allOf")) {
      out.addAll(required(part));
    }
    resolved.path("required").forEach(name -> out.add(name.asText()));
    return out;
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      String ref = current.path("$ref").asText();
      current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return current;
  }

  private static Set<String> enumValues(JsonNode schema) {
    Set<String> out = new LinkedHashSet<>();
    schema.path("enum").forEach(v -> out.add(v.asText()));
    return out;
  }

  private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
    List<T> out = new ArrayList<>();
    iterator.forEachRemaining(out::add);
    return out;
  }
}
