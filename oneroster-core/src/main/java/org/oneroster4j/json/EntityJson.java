package org.oneroster4j.json;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.internal.json.OneRosterJson;
import org.oneroster4j.model.OneRosterEntity;

/**
 * One OneRoster entity as JSON text, in the wire shape of one OneRoster version: the same binding
 * the client reads SIS answers with and writes request bodies with.
 *
 * <p>Use it to keep or compare what a SIS holds, to build test fixtures, or to log an entity the
 * way the SIS sees it:
 *
 * <pre>{@code
 * EntityJson json = EntityJson.of(OneRosterVersion.V1_2);
 * String text = json.write(lineItem);                 // {"sourcedId":"li-1","title":"Quiz 1",…}
 * LineItem back = json.read(text, LineItem.class);    // equal to lineItem
 * }</pre>
 *
 * <p>Writing is exact (see the README's wire rules: UTC millisecond date-times, integral numbers
 * without a fraction, vocabularies as their wire strings, nulls and empty collections omitted).
 * Reading is lenient like the client: an envelope ({@code {"lineItem":{…}}}) or a bare object,
 * numbers and booleans as strings, a date where a date-time belongs and the reverse, unknown
 * members ignored. Instances are immutable and thread-safe.
 */
public final class EntityJson {
  private static final EntityJson V1_1 = new EntityJson(OneRosterVersion.V1_1);
  private static final EntityJson V1_2 = new EntityJson(OneRosterVersion.V1_2);

  private final OneRosterJson json;

  private EntityJson(OneRosterVersion version) {
    this.json = OneRosterJson.of(version);
  }

  /**
   * Returns the binding of a OneRoster version.
   *
   * @param version the version whose JSON shapes to read and write
   * @return the shared instance for that version
   * @throws NullPointerException if {@code version} is null
   */
  public static EntityJson of(OneRosterVersion version) {
    Objects.requireNonNull(version, "version");
    return version == OneRosterVersion.V1_2 ? V1_2 : V1_1;
  }

  /**
   * Returns the OneRoster version whose shapes this instance reads and writes.
   *
   * @return the version
   */
  public OneRosterVersion version() {
    return json.version();
  }

  /**
   * {@return the members every entity has, in the order they are written: {@code sourcedId}, {@code
   * status}, {@code dateLastModified}, {@code metadata} (the same in every version)}
   */
  public static List<String> commonMembers() {
    return OneRosterJson.commonMembers();
  }

  /**
   * Writes an entity as a bare JSON object, without an envelope, as a PUT body would carry it
   * inside its envelope.
   *
   * @param entity an entity of {@code org.oneroster4j.model}, such as a {@link
   *     org.oneroster4j.model.LineItem}
   * @return the JSON object text
   * @throws NullPointerException if {@code entity} is null
   * @throws IllegalArgumentException if the entity type is not part of this OneRoster version (such
   *     as a {@link org.oneroster4j.model.ScoreScale} in 1.1)
   */
  public String write(OneRosterEntity entity) {
    Objects.requireNonNull(entity, "entity");
    try {
      return new String(json.writeEntity(entity), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw publicAdvice(e);
    }
  }

  /**
   * Reads one entity from JSON text: its envelope ({@code {"lineItem":{…}}}) or a bare object.
   *
   * @param <T> the entity type
   * @param text the JSON text
   * @param type the entity class, such as {@code LineItem.class}
   * @return the entity
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is not JSON, holds no such entity, or the type is
   *     not an entity of this OneRoster version; the message says where, with line and column
   */
  public <T extends OneRosterEntity> T read(String text, Class<T> type) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    try {
      return json.readSingle(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), type);
    } catch (OneRosterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw publicAdvice(e);
    }
  }

  /** The internal binding's advice names itself; a caller of this class needs this class. */
  private static IllegalArgumentException publicAdvice(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage()).replace("OneRosterJson.of(", "EntityJson.of(");
    return new IllegalArgumentException(message, e);
  }
}
