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

  /** Sets the entity's unique, opaque identifier; null clears it. */
  public final B sourcedId(String sourcedId) {
    this.sourcedId = sourcedId;
    return self();
  }

  /** Sets the lifecycle status; null clears it. */
  public final B status(StatusType status) {
    this.status = status;
    return self();
  }

  /** Sets when the entity was last modified; null clears it. */
  public final B dateLastModified(Instant dateLastModified) {
    this.dateLastModified = dateLastModified;
    return self();
  }

  /** Replaces the metadata (extension data) with a copy of {@code metadata}; null means none. */
  public final B metadata(Map<String, ?> metadata) {
    this.metadata = Copies.metadata(metadata);
    return self();
  }

  /**
   * Adds one metadata entry, for example {@code metadata("classId", "cls-1")}.
   *
   * @param key the metadata key
   * @param value a String, Number, Boolean, List, Map or null
   */
  public final B metadata(String key, Object value) {
    this.metadata = Copies.withEntry(this.metadata, key, value);
    return self();
  }
}
