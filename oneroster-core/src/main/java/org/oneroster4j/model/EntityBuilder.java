package org.oneroster4j.model;

import java.time.Instant;
import java.util.Map;

/**
 * The setters every entity builder shares: the four fields common to all OneRoster entities. Each
 * setter returns the concrete builder, so calls chain with the entity's own setters.
 *
 * @param <B> the concrete builder
 */
public abstract sealed class EntityBuilder<B extends EntityBuilder<B>>
    permits AcademicSession.Builder,
        AssessmentLineItem.Builder,
        AssessmentResult.Builder,
        Category.Builder,
        Course.Builder,
        Demographics.Builder,
        Enrollment.Builder,
        LineItem.Builder,
        Org.Builder,
        Result.Builder,
        ScoreScale.Builder,
        SchoolClass.Builder,
        User.Builder {
  String sourcedId;
  StatusType status;
  Instant dateLastModified;
  Map<String, Object> metadata = Map.of();

  EntityBuilder() {}

  abstract B self();

  /**
   * Sets the entity's unique, opaque identifier; null clears it.
   *
   * @param sourcedId the identifier, or null; a gradebook write needs a non-blank one, as its PUT
   *     path addresses the entity by it
   * @return this builder
   */
  public final B sourcedId(String sourcedId) {
    this.sourcedId = sourcedId;
    return self();
  }

  /**
   * Sets the lifecycle status; null clears it.
   *
   * @param status the status, such as {@link StatusType#ACTIVE}, or null
   * @return this builder
   */
  public final B status(StatusType status) {
    this.status = status;
    return self();
  }

  /**
   * Sets when the entity was last modified; null clears it.
   *
   * @param dateLastModified the time of the last change, or null
   * @return this builder
   */
  public final B dateLastModified(Instant dateLastModified) {
    this.dateLastModified = dateLastModified;
    return self();
  }

  /**
   * Replaces the metadata (extension data) with a copy of {@code metadata}; null means none.
   *
   * @param metadata the extension data, deep-copied into unmodifiable maps and lists: values are
   *     String, Number, Boolean, List, Map (with String keys) or null; null means none
   * @return this builder
   * @throws IllegalArgumentException if a key at any depth is not a String, or a value is of
   *     another type
   */
  public final B metadata(Map<String, ?> metadata) {
    this.metadata = Copies.metadata(metadata);
    return self();
  }

  /**
   * Adds one metadata entry, for example {@code metadata("classId", "cls-1")}, replacing any entry
   * with the same key.
   *
   * @param key the metadata key; not null
   * @param value a String, Number, Boolean, List, Map or null; lists and maps are deep-copied
   * @return this builder
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if {@code value} is, or holds, a value of another type or a
   *     map key that is not a String
   */
  public final B metadata(String key, Object value) {
    this.metadata = Copies.withEntry(this.metadata, key, value);
    return self();
  }
}
