package org.oneroster4j.model;

import java.time.Instant;
import java.util.Map;

/**
 * The fields every OneRoster entity carries: its identifier, status, modification time and
 * extension metadata.
 *
 * <p>Implemented by every entity class in this package. The set of entity types is open: a new
 * OneRoster version may add entity types (1.2 added {@link ScoreScale}, {@link AssessmentLineItem}
 * and {@link AssessmentResult}), so code that switches over entities needs a default branch.
 */
public interface OneRosterEntity {

  /** {@return the entity's unique, opaque identifier, or null when not yet assigned} */
  String sourcedId();

  /** {@return the lifecycle status, or null when absent} */
  StatusType status();

  /** {@return when the entity was last modified, or null when absent} */
  Instant dateLastModified();

  /**
   * {@return the extension metadata; never null} Values are String, Number, Boolean, List, Map or
   * null.
   */
  Map<String, Object> metadata();
}
