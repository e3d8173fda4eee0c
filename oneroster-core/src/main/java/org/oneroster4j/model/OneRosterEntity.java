package org.oneroster4j.model;

import java.time.Instant;
import java.util.Map;

/**
 * The fields every OneRoster 1.1 entity carries: its identifier, status, modification time and
 * extension metadata.
 *
 * <p>Implemented by every entity record in this package; sealed so that code can switch over all
 * entity types.
 */
public sealed interface OneRosterEntity
    permits Org,
        AcademicSession,
        Course,
        SchoolClass,
        User,
        Enrollment,
        Demographics,
        Category,
        LineItem,
        Result {

  /** Returns the entity's unique, opaque identifier, or null when not yet assigned. */
  String sourcedId();

  /** Returns the lifecycle status, or null when absent. */
  StatusType status();

  /** Returns when the entity was last modified, or null when absent. */
  Instant dateLastModified();

  /**
   * Returns the extension metadata; never null. Values are String, Number, Boolean, List, Map or
   * null.
   */
  Map<String, Object> metadata();
}
