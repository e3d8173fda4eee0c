package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oneroster4j.OneRosterVersion;

/**
 * The token binding against its oracle, the tree reader: the same generated documents, valid and
 * mutated (repeated and case-variant members, values of every shape in every member, malformed and
 * truncated JSON), read both ways, must give identical entities (compared field by field,
 * references' href and type included) or identical errors (type and message), element by element,
 * with the same warnings and counts.
 */
class TokenBindingOracleTest {
  private static final int DOCUMENTS_PER_ENTITY = 600;

  @ParameterizedTest
  @EnumSource(OneRosterVersion.class)
  void collections_bindAsTheTreeReads(OneRosterVersion version) {
    OneRosterJson json = OneRosterJson.of(version);
    Random random = new Random(20_260_901L + version.ordinal());
    int compared = 0;
    int failedAlike = 0;
    for (EntityCodec<?, ?> codec : Codecs.of(version).all()) {
      Gen gen = new Gen(random, codec.memberNames());
      for (int i = 0; i < DOCUMENTS_PER_ENTITY; i++) {
        String body = gen.mutate(gen.collection(codec));
        List<String> tokens = drain(json, body, codec.type(), false);
        List<String> tree = drain(json, body, codec.type(), true);
        assertThat(tokens).as("%s %s:%n%s", version, codec.plural(), body).isEqualTo(tree);
        compared++;
        if (tree.stream().anyMatch(line -> line.startsWith("error"))) {
          failedAlike++;
        }
      }
    }
    // Both outcomes are exercised: most documents read, many fail the same way.
    assertThat(failedAlike).isBetween(compared / 10, compared * 9 / 10);
  }

  @ParameterizedTest
  @EnumSource(OneRosterVersion.class)
  void singleEntities_bindAsTheTreeReads(OneRosterVersion version) {
    OneRosterJson json = OneRosterJson.of(version);
    Random random = new Random(20_270_610L + version.ordinal());
    int compared = 0;
    int failedAlike = 0;
    for (EntityCodec<?, ?> codec : Codecs.of(version).all()) {
      Gen gen = new Gen(random, codec.memberNames());
      for (int i = 0; i < DOCUMENTS_PER_ENTITY; i++) {
        String body = gen.mutate(gen.single(codec));
        String tokens = single(body, b -> json.readSingle(b, codec.type()));
        String tree = single(body, b -> json.readSingleTree(b, codec.type()));
        assertThat(tokens).as("%s %s:%n%s", version, codec.singular(), body).isEqualTo(tree);
        compared++;
        if (tree.startsWith("error")) {
          failedAlike++;
        }
      }
    }
    assertThat(failedAlike).isBetween(compared / 10, compared * 9 / 10);
  }

  private static List<String> drain(OneRosterJson json, String body, Class<?> type, boolean tree) {
    List<String> out = new ArrayList<>();
    CollectionReader<?> reader =
        tree ? json.readCollectionTree(in(body), type) : json.readCollection(in(body), type);
    try {
      while (reader.hasNext()) {
        out.add("item " + Deep.dump(reader.next()));
      }
    } catch (RuntimeException e) {
      out.add("error " + e.getClass().getName() + ": " + e.getMessage());
    }
    out.add("count " + reader.count() + ", warnings " + reader.warnings());
    out.add("hasNext after " + reader.hasNext());
    return out;
  }

  private static String single(String body, Function<InputStream, Object> read) {
    try {
      return "item " + Deep.dump(read.apply(in(body)));
    } catch (RuntimeException e) {
      return "error " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static InputStream in(String body) {
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Every field of a model value, recursively, with the Java type of each leaf. */
  static final class Deep {
    private Deep() {}

    static String dump(Object value) {
      StringBuilder out = new StringBuilder();
      dump(value, out);
      return out.toString();
    }

    private static void dump(Object value, StringBuilder out) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof String s) {
        out.append('"').append(s).append('"');
      } else if (value instanceof Double d) {
        out.append("Double(").append(d).append('/').append(Double.doubleToRawLongBits(d));
        out.append(')');
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (Object element : list) {
          dump(element, out);
          out.append(',');
        }
        out.append(']');
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          dump(entry.getKey(), out);
          out.append(':');
          dump(entry.getValue(), out);
          out.append(',');
        }
        out.append('}');
      } else if (value.getClass().getPackageName().equals("org.oneroster4j.model")) {
        out.append(value.getClass().getSimpleName()).append('(');
        for (Class<?> c = value.getClass(); c != Object.class; c = c.getSuperclass()) {
          for (Field field : c.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
              continue;
            }
            field.setAccessible(true);
            out.append(field.getName()).append('=');
            try {
              dump(field.get(value), out);
            } catch (IllegalAccessException e) {
              throw new AssertionError(e);
            }
            out.append(' ');
          }
        }
        out.append(')');
      } else {
        out.append(value.getClass().getSimpleName()).append('(').append(value).append(')');
      }
    }
  }

  /** Random documents for one entity type: plausible members, odd values, and broken JSON. */
  static final class Gen {
    private static final String[] STRINGS = {
      "abc",
      "",
      "  ",
      "true",
      "FALSE",
      "yes",
      "No",
      "1",
      "0",
      "2",
      "80",
      " 80.5 ",
      "1e3",
      "-0",
      "NaN",
      "0x10",
      "2026-09-01",
      " 2026-09-01 ",
      "2026-09-01T08:00:00.000Z",
      "2026-09-01T23:30:00-05:00",
      "2026-09-01t08:00:00z",
      "2026-09-01 08:00:00",
      "2026-09-01T08:00:00+0200",
      "2026-09-01T08:00:00.123456789+05:30",
      "2026-09-01T08:00",
      "2026-09-01T08:00:00+02",
      "2026-9-1",
      "2026-13-01",
      "2026-02-30T00:00:00Z",
      "2026-09-01T25:00:00Z",
      "+2026-09-01",
      "{\\\"classId\\\":\\\"c1\\\",\\\"n\\\":[1,2.5,true,null]}",
      "{not json",
      "[1,2]",
      "active",
      "tobedeleted",
      "fully graded",
      "Fully_Graded",
      "student",
      "teacher",
      "primary",
      "org",
      "user",
      "ext:custom",
      "caf\\u00e9 \\n \\\"q\\\"",
      "\\ud83d\\ude00",
    };
    private static final String[] NUMBERS = {
      "0",
      "1",
      "-0",
      "2",
      "42",
      "80.5",
      "-1.5e-7",
      "1e400",
      "1.0",
      "100",
      "2147483648",
      "12345678901",
      "-9223372036854775809",
      "123456789012345678901234567890",
      "0.1",
      "1E2",
      "4.9e-324",
    };
    private static final String[] REF_KEYS = {"sourcedId", "href", "type"};
    private static final Map<String, Kind> KINDS =
        Map.ofEntries(
            Map.entry("sourcedId", Kind.TEXT),
            Map.entry("status", Kind.TEXT),
            Map.entry("dateLastModified", Kind.DATE),
            Map.entry("metadata", Kind.METADATA),
            Map.entry("orgs", Kind.REFS),
            Map.entry("children", Kind.REFS),
            Map.entry("agents", Kind.REFS),
            Map.entry("terms", Kind.REFS),
            Map.entry("resources", Kind.REFS),
            Map.entry("grades", Kind.STRINGS),
            Map.entry("subjects", Kind.STRINGS),
            Map.entry("subjectCodes", Kind.STRINGS),
            Map.entry("periods", Kind.STRINGS),
            Map.entry("startDate", Kind.DATE),
            Map.entry("endDate", Kind.DATE),
            Map.entry("beginDate", Kind.DATE),
            Map.entry("birthDate", Kind.DATE),
            Map.entry("scoreDate", Kind.DATE),
            Map.entry("assignDate", Kind.DATE),
            Map.entry("dueDate", Kind.DATE),
            Map.entry("resultValueMin", Kind.NUMBER),
            Map.entry("resultValueMax", Kind.NUMBER),
            Map.entry("score", Kind.NUMBER),
            Map.entry("weight", Kind.NUMBER),
            Map.entry("scorePercentile", Kind.NUMBER),
            Map.entry("enabledUser", Kind.BOOL),
            Map.entry("primary", Kind.BOOL),
            Map.entry("inProgress", Kind.BOOL),
            Map.entry("incomplete", Kind.BOOL),
            Map.entry("late", Kind.BOOL),
            Map.entry("missing", Kind.BOOL),
            Map.entry("asian", Kind.BOOL),
            Map.entry("white", Kind.BOOL),
            Map.entry("userIds", Kind.USER_IDS),
            Map.entry("roles", Kind.ROLES),
            Map.entry("userProfiles", Kind.PROFILES),
            Map.entry("learningObjectiveSet", Kind.OBJECTIVES),
            Map.entry("scoreScaleValue", Kind.SCALE_VALUES));

    private enum Kind {
      TEXT,
      NUMBER,
      BOOL,
      DATE,
      REF,
      REFS,
      STRINGS,
      METADATA,
      USER_IDS,
      ROLES,
      PROFILES,
      OBJECTIVES,
      SCALE_VALUES,
      ANY
    }

    private final Random random;
    private final List<String> members;

    Gen(Random random, List<String> members) {
      this.random = random;
      this.members = members;
    }

    String collection(EntityCodec<?, ?> codec) {
      StringBuilder out = new StringBuilder();
      int shape = random.nextInt(10);
      if (shape == 0) {
        elements(out.append('['));
        return out.append(']').toString();
      }
      out.append('{');
      if (random.nextInt(4) == 0) {
        out.append(warnings()).append(',');
      }
      if (random.nextInt(8) == 0) {
        out.append("\"meta\":{\"total\":3},");
      }
      out.append('"').append(random.nextInt(15) == 0 ? codec.singular() : codec.plural());
      out.append("\":");
      if (shape == 1) {
        out.append(entity());
      } else if (shape == 2 && random.nextBoolean()) {
        out.append(random.nextBoolean() ? "null" : "\"x\"");
      } else {
        elements(out.append('['));
        out.append(']');
      }
      if (random.nextInt(4) == 0) {
        out.append(',').append(warnings());
      }
      return out.append('}').toString();
    }

    String single(EntityCodec<?, ?> codec) {
      switch (random.nextInt(8)) {
        case 0:
          return entity();
        case 1:
          return "{\"" + codec.singular() + "\":" + entity() + "," + warnings() + "}";
        case 2:
          return "{\"" + codec.singular() + "\":" + value(Kind.ANY, 0) + "," + members(3) + "}";
        case 3:
          return "{\""
              + codec.singular()
              + "\":"
              + entity()
              + ",\""
              + codec.singular()
              + "\":"
              + (random.nextBoolean() ? entity() : value(Kind.ANY, 0))
              + "}";
        case 4:
          return random.nextBoolean() ? "" : value(Kind.ANY, 0);
        case 5:
          return "{" + warnings() + ",\"other\":{\"sourcedId\":\"x\"}}";
        default:
          return "{\"" + codec.singular() + "\":" + entity() + "}";
      }
    }

    private String warnings() {
      return "\"statusInfoSet\":[{\"imsx_codeMajor\":\"success\",\"imsx_severity\":\"warning\","
          + "\"imsx_description\":\"d"
          + random.nextInt(3)
          + "\"}]";
    }

    private void elements(StringBuilder out) {
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(random.nextInt(12) == 0 ? value(Kind.ANY, 1) : entity());
      }
    }

    private String entity() {
      return "{" + members(random.nextInt(members.size() + 3)) + "}";
    }

    private String members(int count) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          out.append(',');
        }
        String name;
        int pick = random.nextInt(20);
        if (pick == 0) {
          name = "unknown" + random.nextInt(3);
        } else {
          name = members.get(random.nextInt(members.size()));
          if (pick == 1) {
            name = name.toUpperCase(java.util.Locale.ROOT);
          } else if (pick == 2) {
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
          }
        }
        Kind kind = KINDS.getOrDefault(name, isRefName(name) ? Kind.REF : Kind.TEXT);
        if (random.nextInt(6) == 0) {
          kind = Kind.ANY;
        }
        out.append('"').append(name).append("\":").append(value(kind, 0));
      }
      return out.toString();
    }

    private boolean isRefName(String name) {
      return List.of(
              "org",
              "class",
              "course",
              "school",
              "parent",
              "lineItem",
              "student",
              "user",
              "category",
              "gradingPeriod",
              "academicSession",
              "scoreScale",
              "schoolYear",
              "primaryOrg",
              "assessmentLineItem",
              "parentAssessmentLineItem")
          .contains(name);
    }

    private String value(Kind kind, int depth) {
      if (random.nextInt(15) == 0) {
        return "null";
      }
      switch (kind) {
        case TEXT:
          return random.nextInt(6) == 0 ? scalar() : string();
        case NUMBER:
          return random.nextBoolean() ? pick(NUMBERS) : string();
        case BOOL:
          return random.nextInt(3) == 0 ? (random.nextBoolean() ? "true" : "false") : scalar();
        case DATE:
          return random.nextInt(8) == 0 ? scalar() : string();
        case REF:
          return ref(depth);
        case REFS:
          return list(() -> ref(depth + 1));
        case STRINGS:
          return list(() -> random.nextInt(5) == 0 ? scalar() : string());
        case METADATA:
          return random.nextInt(3) == 0 ? scalar() : object(depth + 1);
        case USER_IDS:
          return list(() -> keyed(depth + 1, "type", Kind.TEXT, "identifier", Kind.TEXT));
        case ROLES:
          return list(
              () ->
                  keyed(
                      depth + 1,
                      "roleType",
                      Kind.TEXT,
                      "role",
                      Kind.TEXT,
                      "org",
                      Kind.REF,
                      "userProfile",
                      Kind.TEXT,
                      "beginDate",
                      Kind.DATE,
                      "endDate",
                      Kind.DATE));
        case PROFILES:
          return list(
              () ->
                  keyed(
                      depth + 1,
                      "profileId",
                      Kind.TEXT,
                      "vendorId",
                      Kind.TEXT,
                      "description",
                      Kind.TEXT,
                      "credentials",
                      Kind.USER_IDS));
        case OBJECTIVES:
          return list(
              () ->
                  random.nextBoolean()
                      ? keyed(depth + 1, "source", Kind.TEXT, "learningObjectiveIds", Kind.STRINGS)
                      : keyed(
                          depth + 1,
                          "source",
                          Kind.TEXT,
                          "learningObjectiveResults",
                          Kind.SCALE_VALUES));
        case SCALE_VALUES:
          return list(
              () ->
                  keyed(
                      depth + 1,
                      "itemValueLHS",
                      Kind.TEXT,
                      "itemValueRHS",
                      Kind.TEXT,
                      "learningObjectiveId",
                      Kind.TEXT,
                      "score",
                      Kind.NUMBER,
                      "textScore",
                      Kind.TEXT,
                      "type",
                      Kind.TEXT,
                      "username",
                      Kind.TEXT));
        default:
          return any(depth);
      }
    }

    private String any(int depth) {
      switch (random.nextInt(depth > 2 ? 2 : 5)) {
        case 0:
          return string();
        case 1:
          return scalar();
        case 2:
          return object(depth + 1);
        case 3:
          return list(() -> any(depth + 1));
        default:
          return ref(depth + 1);
      }
    }

    private String scalar() {
      switch (random.nextInt(4)) {
        case 0:
          return pick(NUMBERS);
        case 1:
          return random.nextBoolean() ? "true" : "false";
        case 2:
          return "null";
        default:
          return string();
      }
    }

    private String string() {
      return "\"" + pick(STRINGS) + "\"";
    }

    private String ref(int depth) {
      if (random.nextInt(6) == 0) {
        return random.nextBoolean() ? string() : any(depth + 1);
      }
      StringBuilder out = new StringBuilder("{");
      int n = random.nextInt(5);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(',');
        }
        String key = pick(REF_KEYS);
        int variant = random.nextInt(8);
        if (variant == 0) {
          key = key.toUpperCase(java.util.Locale.ROOT);
        } else if (variant == 1) {
          key = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        } else if (variant == 2) {
          key = "x" + key;
        }
        String value = random.nextInt(5) == 0 ? any(depth + 1) : string();
        out.append('"').append(key).append("\":").append(value);
      }
      return out.append('}').toString();
    }

    private String keyed(int depth, Object... keysAndKinds) {
      if (random.nextInt(10) == 0) {
        return any(depth + 1);
      }
      StringBuilder out = new StringBuilder("{");
      int n = random.nextInt(keysAndKinds.length / 2 + 3);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(',');
        }
        int k = random.nextInt(keysAndKinds.length / 2);
        String key = (String) keysAndKinds[2 * k];
        Kind kind = (Kind) keysAndKinds[2 * k + 1];
        int variant = random.nextInt(8);
        if (variant == 0) {
          key = key.toUpperCase(java.util.Locale.ROOT);
        } else if (variant == 1) {
          key = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        } else if (variant == 2) {
          kind = Kind.ANY;
        }
        out.append('"').append(key).append("\":").append(value(kind, depth + 1));
      }
      return out.append('}').toString();
    }

    private String object(int depth) {
      StringBuilder out = new StringBuilder("{");
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append("\"k").append(random.nextInt(3)).append("\":").append(any(depth + 1));
      }
      return out.append('}').toString();
    }

    private String list(java.util.function.Supplier<String> element) {
      if (random.nextInt(5) == 0) {
        return element.get();
      }
      StringBuilder out = new StringBuilder("[");
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(random.nextInt(8) == 0 ? "null" : element.get());
      }
      return out.append(']').toString();
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }

    /** Leaves most documents whole; breaks some: a character dropped, added or the end cut. */
    String mutate(String body) {
      if (body.isEmpty() || random.nextInt(4) != 0) {
        return body;
      }
      int at = random.nextInt(body.length());
      switch (random.nextInt(4)) {
        case 0:
          return body.substring(0, at) + body.substring(at + 1);
        case 1:
          String noise = "{}[],:\"\\ 0a";
          return body.substring(0, at)
              + noise.charAt(random.nextInt(noise.length()))
              + body.substring(at);
        case 2:
          return body.substring(0, at);
        default:
          int end = Math.min(body.length(), at + 1 + random.nextInt(20));
          return body.substring(0, end) + body.substring(at);
      }
    }
  }
}
