package org.oneroster4j.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.StatusInfo;
import org.oneroster4j.model.AssessmentLineItem;
import org.oneroster4j.model.AssessmentResult;
import org.oneroster4j.model.ClassType;
import org.oneroster4j.model.Gender;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.OrgType;
import org.oneroster4j.model.RoleKind;
import org.oneroster4j.model.RoleType;
import org.oneroster4j.model.ScoreScale;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.SessionType;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.UserId;

/**
 * The JSON binding of the model for one OneRoster version: envelopes, exact output and lenient
 * input. Thread-safe; use {@link #of(OneRosterVersion)}, or {@link #get()} for OneRoster 1.1.
 *
 * <p>The rule is: read leniently, write exactly. Both versions share the instance API below; they
 * differ in what they write. OneRoster 1.2 writes booleans as the strings {@code "true"}/{@code
 * "false"} where its schema says string ({@code enabledUser}, {@code primary}, the result flags,
 * the demographics flags), references with the one type its schema allows for the member ({@code
 * student} → {@code {"sourcedId":…,"type":"user"}}), users with {@code roles} instead of {@code
 * role}/{@code orgs}, and the 1.2 members (line item {@code school}, result {@code class}, …) and
 * entities ({@link ScoreScale}, {@link AssessmentLineItem}, {@link AssessmentResult}); the 1.1
 * instance refuses those entities. A 1.2 date read from a date-time is its UTC date.
 *
 * <p>Whichever version reads a user, {@code roles}, {@code role} and {@code orgs} are all filled:
 * from {@code role}/{@code orgs} one primary role per org, or from {@code roles} the first primary
 * role and the roles' orgs.
 *
 * <p>Output (both versions): DateTime as {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} in UTC, Date as
 * {@code yyyy-MM-dd}, numbers as JSON numbers without a fraction when integral ({@code 100}, not
 * {@code 100.0}), vocabulary values as their wire strings ({@code "fully graded"}), references as
 * {@code {"sourcedId":…,"type":…}} (href only from {@link #includingHrefs()}); null values, empty
 * lists and empty metadata are omitted. Members are written in the order of the record components.
 *
 * <p>Input is lenient: numbers and booleans may be strings ({@code "score":"80"}, {@code
 * "enabledUser":"true"}); a Date may be a DateTime (its date part is kept) and a DateTime may be a
 * Date (start of that day, UTC) or lack a zone (UTC); unknown members are ignored; unknown
 * vocabulary values are kept; references may lack {@code href} and {@code type}; {@code metadata}
 * may be an object or a string — a string that holds a JSON object is parsed, any other non-blank
 * string is kept under the key {@code "value"}. Malformed JSON throws {@link JsonFormatException}.
 */
public final class OneRosterJson {
  private static final OneRosterJson V1_1 = new OneRosterJson(Codecs.V1_1, false);
  private static final OneRosterJson V1_1_WITH_HREFS = new OneRosterJson(Codecs.V1_1, true);
  private static final OneRosterJson V1_2 = new OneRosterJson(Codecs.V1_2, false);
  private static final OneRosterJson V1_2_WITH_HREFS = new OneRosterJson(Codecs.V1_2, true);
  private static final int MESSAGE_EXCERPT = 160;
  private static final List<String> COMMON_MEMBERS =
      Codecs.common().stream().map(Prop::name).toList();

  private final Codecs codecs;
  private final boolean hrefs;
  private final ObjectMapper mapper;

  private OneRosterJson(Codecs codecs, boolean hrefs) {
    this.codecs = codecs;
    this.hrefs = hrefs;
    this.mapper =
        JsonMapper.builder()
            .addModule(module(codecs, hrefs))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
  }

  /**
   * Returns the shared OneRoster 1.1 instance, which omits {@code href} from the references it
   * writes; the same as {@code of(OneRosterVersion.V1_1)}.
   */
  public static OneRosterJson get() {
    return V1_1;
  }

  /**
   * Returns the shared instance for {@code version}, which omits {@code href} from the references
   * it writes.
   *
   * @param version the OneRoster version whose JSON shapes to read and write; not null
   */
  public static OneRosterJson of(OneRosterVersion version) {
    Objects.requireNonNull(version, "version");
    return version == OneRosterVersion.V1_2 ? V1_2 : V1_1;
  }

  /**
   * Returns a shared OneRoster 1.1 instance that writes {@code href} on references when it is set
   * (what a SIS sends; used by the fake SIS). Reading is the same as {@link #get()}.
   */
  public static OneRosterJson includingHrefs() {
    return V1_1_WITH_HREFS;
  }

  /**
   * Returns a shared instance for {@code version} that writes {@code href} on references when it is
   * set. Reading is the same as {@link #of(OneRosterVersion)}.
   *
   * @param version the OneRoster version; not null
   */
  public static OneRosterJson includingHrefs(OneRosterVersion version) {
    Objects.requireNonNull(version, "version");
    return version == OneRosterVersion.V1_2 ? V1_2_WITH_HREFS : V1_1_WITH_HREFS;
  }

  /** Returns the OneRoster version whose JSON shapes this instance reads and writes. */
  public OneRosterVersion version() {
    return codecs.version();
  }

  /**
   * Returns the mapper configured with the model's serializers and deserializers, for other
   * internal code; do not reconfigure it.
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Returns the members every entity has, in the order they are written: {@code sourcedId}, {@code
   * status}, {@code dateLastModified}, {@code metadata} (the same in every version).
   */
  public static List<String> commonMembers() {
    return COMMON_MEMBERS;
  }

  /**
   * Returns the envelope key of a single entity, for example {@code "lineItem"} or {@code "class"}
   * (the same in every version).
   */
  public static String singularKey(Class<?> type) {
    return anyVersionCodec(type).singular();
  }

  /**
   * Returns the envelope key of a collection, for example {@code "lineItems"} or {@code "classes"}
   * (the same in every version).
   */
  public static String pluralKey(Class<?> type) {
    return anyVersionCodec(type).plural();
  }

  /**
   * Writes {@code entity} inside its envelope, for example {@code {"lineItem":{…}}} (a PUT body).
   */
  public byte[] writeSingle(Object entity) {
    Objects.requireNonNull(entity, "entity");
    EntityCodec<?, ?> codec = codec(entity.getClass());
    return write(
        generator -> {
          generator.writeStartObject();
          generator.writeFieldName(codec.singularName());
          codec.write(entity, generator, hrefs);
          generator.writeEndObject();
        });
  }

  /** Writes {@code entity} as a bare JSON object, without an envelope. */
  public byte[] writeEntity(Object entity) {
    Objects.requireNonNull(entity, "entity");
    EntityCodec<?, ?> codec = codec(entity.getClass());
    return write(generator -> codec.write(entity, generator, hrefs));
  }

  private interface GeneratorWork {
    void run(JsonGenerator generator) throws IOException;
  }

  private byte[] write(GeneratorWork work) {
    // The output goes to a block lent by Jackson's buffer recycler (one per thread by default),
    // so the body's only allocation is its final copy: an export writes one body per grade.
    BufferRecycler recycler = mapper.getFactory()._getBufferRecycler();
    try {
      ByteArrayBuilder out = new ByteArrayBuilder(recycler);
      try (JsonGenerator generator = mapper.createGenerator(out)) {
        work.run(generator);
      } catch (IOException e) {
        // Writing to memory does not fail for I/O reasons; anything here is a generator misuse.
        throw new UncheckedIOException(e);
      }
      return out.getClearAndRelease();
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Reads one entity from {@code in}: its envelope ({@code {"lineItem":{…}}}) or a bare object.
   * Closes the stream.
   *
   * @throws JsonFormatException if the body is not JSON or holds no such entity
   * @throws UncheckedIOException if reading the stream fails
   */
  public <T> T readSingle(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    EntityCodec<?, ?> codec = codec(type);
    try (JsonParser parser = mapper.createParser(in)) {
      return type.cast(readSingle(parser, codec));
    } catch (JsonProcessingException e) {
      throw malformed(codec.singular(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Binds one entity from tokens, giving what {@link #readSingleTree} gives: the root object is
   * read to its end both as an envelope (its {@code singular} member, the last one if repeated) and
   * as a bare entity (its own members); the envelope wins when its member holds an object, else the
   * bare entity when the root has one of the entity's members, else the root is reported.
   */
  private static Object readSingle(JsonParser parser, EntityCodec<?, ?> codec) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new JsonFormatException(
          "Expected a \"" + codec.singular() + "\" object but the body is empty");
    }
    if (first != JsonToken.START_OBJECT) {
      JsonNode root = parser.readValueAsTree();
      throw new JsonFormatException(
          "Expected a \"" + codec.singular() + "\" object, found " + Lenient.excerpt(root));
    }
    JsonStreamContext object = parser.getParsingContext();
    EntityCodec<?, ?>.Binding bare = codec.binding();
    bare.start();
    Object wrapped = null;
    RuntimeException wrappedError = null;
    boolean anyMember = false;
    Set<String> names = new LinkedHashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (names.size() < 10) {
        names.add(name);
      }
      anyMember |= codec.hasMember(name);
      if (name.equals(codec.singular())) {
        // The singular key is never one of the entity's own members (EntityCodec checks).
        wrapped = null;
        wrappedError = null;
        if (value == JsonToken.START_OBJECT) {
          try {
            wrapped = codec.binding().read(parser);
          } catch (RuntimeException e) {
            wrappedError = e;
          }
        } else {
          parser.skipChildren();
        }
      } else {
        bare.member(name, parser, object);
      }
    }
    if (wrappedError != null) {
      throw wrappedError;
    }
    if (wrapped != null) {
      return wrapped;
    }
    if (anyMember) {
      return bare.finish();
    }
    throw new JsonFormatException(
        "Expected a \""
            + codec.singular()
            + "\" object, found an object with members "
            + List.copyOf(names));
  }

  /**
   * {@link #readSingle(InputStream, Class)} through a tree: the whole body parsed into a {@code
   * JsonNode} first, then the entity read from it. The reference the token binding is tested
   * against; not used to read responses.
   */
  <T> T readSingleTree(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    EntityCodec<?, ?> codec = codec(type);
    JsonNode root;
    try (JsonParser parser = mapper.createParser(in)) {
      root = parser.readValueAsTree();
    } catch (JsonProcessingException e) {
      throw malformed(codec.singular(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw new JsonFormatException(
          "Expected a \"" + codec.singular() + "\" object but the body is empty");
    }
    if (!root.isObject()) {
      throw new JsonFormatException(
          "Expected a \"" + codec.singular() + "\" object, found " + Lenient.excerpt(root));
    }
    JsonNode wrapped = root.get(codec.singular());
    JsonNode entity;
    if (wrapped != null && wrapped.isObject()) {
      entity = wrapped;
    } else if (hasAnyMember(root, codec)) {
      entity = root;
    } else {
      throw new JsonFormatException(
          "Expected a \""
              + codec.singular()
              + "\" object, found an object with members "
              + memberNames(root));
    }
    return type.cast(codec.read(entity));
  }

  /**
   * Streams the items of a collection ({@code {"lineItems":[…]}}) from {@code in}, one item at a
   * time; a bare array is accepted too. Status infos in a sibling {@code statusInfoSet} or {@code
   * warnings} member, before or after the array, are collected as warnings.
   */
  public <T> CollectionReader<T> readCollection(InputStream in, Class<T> type) {
    return readCollection(in, type, false);
  }

  /**
   * {@link #readCollection(InputStream, Class)} reading each element into a tree before it becomes
   * an entity: the reference the token binding is tested against; not used to read responses.
   */
  <T> CollectionReader<T> readCollectionTree(InputStream in, Class<T> type) {
    return readCollection(in, type, true);
  }

  private <T> CollectionReader<T> readCollection(InputStream in, Class<T> type, boolean tree) {
    Objects.requireNonNull(in, "in");
    EntityCodec<?, ?> codec = codec(type);
    JsonParser parser;
    try {
      parser = mapper.createParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StreamingCollectionReader<>(parser, codec, type, this, tree);
  }

  /**
   * Reads status infos leniently from an error or warning body: one status object, a {@code
   * statusInfoSet} (or {@code imsx_statusInfo}, {@code warnings}) member or a bare array; keys with
   * or without the {@code imsx_} prefix, in any case; codeMinor as a string or as an {@code
   * imsx_CodeMinor.imsx_codeMinorField[]} object. Returns an empty list when there are none.
   */
  public List<StatusInfo> parseStatusInfos(JsonNode body) {
    return StatusInfos.parse(body);
  }

  /**
   * Reads status infos leniently from the first {@code length} bytes of an error body, in either
   * version's shape (1.2's single {@code imsx_StatusInfo} object, 1.1's {@code statusInfoSet}); an
   * empty, non-JSON or malformed body gives an empty list, never an exception.
   */
  public List<StatusInfo> parseStatusInfos(byte[] body, int length) {
    return StatusInfos.parse(mapper, body, length);
  }

  static JsonFormatException malformed(String what, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String original = e.getOriginalMessage();
    if (original != null && original.length() > MESSAGE_EXCERPT) {
      original = original.substring(0, MESSAGE_EXCERPT) + "…";
    }
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new JsonFormatException(
        "Malformed JSON while reading " + what + where + ": " + original, e);
  }

  private static boolean hasAnyMember(JsonNode object, EntityCodec<?, ?> codec) {
    for (String name : memberNames(object)) {
      if (codec.hasMember(name)) {
        return true;
      }
    }
    return false;
  }

  static List<String> memberNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names.size() > 10 ? List.copyOf(names.subList(0, 10)) : names;
  }

  private EntityCodec<?, ?> codec(Class<?> type) {
    Objects.requireNonNull(type, "type");
    EntityCodec<?, ?> codec = codecs.forType(type);
    if (codec == null) {
      if (Codecs.V1_2.forType(type) != null) {
        throw new IllegalArgumentException(
            type.getSimpleName()
                + " is not part of OneRoster "
                + codecs.version().label()
                + "; use OneRosterJson.of(OneRosterVersion.V1_2)");
      }
      throw notAnEntity(type);
    }
    return codec;
  }

  private static EntityCodec<?, ?> anyVersionCodec(Class<?> type) {
    Objects.requireNonNull(type, "type");
    // 1.2 is the superset: every 1.1 entity type is there, with the same keys.
    EntityCodec<?, ?> codec = Codecs.V1_2.forType(type);
    if (codec == null) {
      throw notAnEntity(type);
    }
    return codec;
  }

  private static IllegalArgumentException notAnEntity(Class<?> type) {
    return new IllegalArgumentException(
        type.getName()
            + " is not a OneRoster entity type; use one of the entities in org.oneroster4j.model"
            + " such as LineItem");
  }

  private static SimpleModule module(Codecs codecs, boolean hrefs) {
    SimpleModule module = new SimpleModule("oneroster4j");
    for (EntityCodec<?, ?> codec : codecs.all()) {
      register(module, codec, hrefs);
    }
    vocabulary(module, ScoreStatus.class, ScoreStatus::of);
    vocabulary(module, StatusType.class, StatusType::of);
    vocabulary(module, RoleType.class, RoleType::of);
    vocabulary(module, RoleKind.class, RoleKind::of);
    vocabulary(module, SessionType.class, SessionType::of);
    vocabulary(module, OrgType.class, OrgType::of);
    vocabulary(module, ClassType.class, ClassType::of);
    vocabulary(module, GuidRefType.class, GuidRefType::of);
    vocabulary(module, Gender.class, Gender::of);
    module.addSerializer(
        new ValueSerializer<>(Instant.class, (g, v) -> Codecs.writeDateTime(g, v, hrefs)));
    module.addDeserializer(Instant.class, new TokenDeserializer<>(Instant.class, Tokens::instant));
    module.addSerializer(
        new ValueSerializer<>(LocalDate.class, (g, v) -> Codecs.writeDate(g, v, hrefs)));
    module.addDeserializer(LocalDate.class, new TokenDeserializer<>(LocalDate.class, Tokens::date));
    module.addSerializer(
        new ValueSerializer<>(GuidRef.class, (g, v) -> Codecs.writeRef(g, v, hrefs)));
    module.addDeserializer(GuidRef.class, new TokenDeserializer<>(GuidRef.class, Tokens::ref));
    module.addSerializer(
        new ValueSerializer<>(UserId.class, (g, v) -> Codecs.writeUserIds(g, List.of(v), hrefs)));
    module.addDeserializer(
        UserId.class,
        new TreeDeserializer<>(
            UserId.class,
            (node, where) -> {
              List<UserId> ids = Lenient.userIds(node, where);
              return ids.isEmpty() ? null : ids.get(0);
            }));
    module.addSerializer(new ValueSerializer<>(StatusInfo.class, StatusInfos::write));
    module.addDeserializer(
        StatusInfo.class,
        new TreeDeserializer<>(
            StatusInfo.class,
            (node, where) -> {
              List<StatusInfo> infos = StatusInfos.parse(node);
              return infos.isEmpty() ? null : infos.get(0);
            }));
    return module;
  }

  private static <E> void register(SimpleModule module, EntityCodec<E, ?> codec, boolean hrefs) {
    module.addSerializer(new ValueSerializer<>(codec.type(), (g, v) -> codec.write(v, g, hrefs)));
    module.addDeserializer(
        codec.type(),
        new TokenDeserializer<>(
            codec.type(),
            (parser, at) ->
                codec
                    .type()
                    .cast(
                        parser.currentToken() == JsonToken.START_OBJECT
                            ? codec.binding().read(parser)
                            : codec.read(Tokens.tree(parser)))));
  }

  private static <V> void vocabulary(SimpleModule module, Class<V> type, Function<String, V> of) {
    module.addSerializer(type, ToStringSerializer.instance);
    module.addDeserializer(
        type, new TokenDeserializer<>(type, (parser, at) -> Tokens.vocab(parser, at, of)));
  }

  private interface ValueWriter<T> {
    void write(JsonGenerator generator, T value) throws IOException;
  }

  private static final class ValueSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ValueWriter<T> writer;

    ValueSerializer(Class<T> type, ValueWriter<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      writer.write(generator, value);
    }
  }

  private static final class TokenDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Tokens.Reader<T> reader;
    private final transient Path what;

    TokenDeserializer(Class<T> type, Tokens.Reader<T> reader) {
      super(type);
      this.reader = reader;
      this.what =
          Path.of(
              type.getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT)
                  + type.getSimpleName().substring(1));
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return reader.read(parser, what);
    }

    @Override
    public T getNullValue(DeserializationContext context) {
      return null;
    }
  }

  private static final class TreeDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Lenient.ElementReader<T> reader;
    private final String what;

    TreeDeserializer(Class<T> type, Lenient.ElementReader<T> reader) {
      super(type);
      this.reader = reader;
      this.what =
          type.getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT)
              + type.getSimpleName().substring(1);
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.readValueAsTree();
      return reader.read(node, what);
    }

    @Override
    public T getNullValue(DeserializationContext context) {
      return null;
    }
  }
}
