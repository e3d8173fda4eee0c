package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;

/**
 * One SIS object the plan creates, updates, deletes or leaves unchanged: a {@link PlannedWrite},
 * whose record says which request is sent and carries what is sent, or an {@link Unchanged} item.
 *
 * <p>Every item answers the same questions (kind, action, ids, changed fields, warnings,
 * dependencies), so a report or a progress display needs no case analysis; code that needs what is
 * sent takes the write's record, for example {@link PlannedWrite.LineItemPut#lineItem()}, or visits
 * it with a {@link PlannedWrite.Visitor}.
 */
public sealed interface PlannedItem permits PlannedWrite, PlannedItem.Unchanged {

  /** {@return what the object is: a category, a lineItem or a result} */
  ItemKind kind();

  /** {@return what is done with it} */
  Action action();

  /**
   * {@return the object's SIS sourcedId (a {@link StableIds} id, or the SIS's own for a delete)}
   */
  String sourcedId();

  /** {@return the class it belongs to, or null for a category} */
  default String classSourcedId() {
    return null;
  }

  /** {@return the LMS assignment's id, or null for a category} */
  default String assignmentId() {
    return null;
  }

  /** {@return the student's SIS sourcedId for a result, else null} */
  default String student() {
    return null;
  }

  /**
   * {@return for an update, the fields that differ from the SIS (for example {@code [title,
   * dueDate]}); else empty}
   */
  default List<String> changedFields() {
    return List.of();
  }

  /**
   * {@return what was adjusted to fit the SIS (a truncated title, an omitted category); often
   * empty}
   */
  default List<String> warnings() {
    return List.of();
  }

  /**
   * {@return the sourcedIds of planned writes that must succeed before this one is sent; often
   * empty}
   */
  default List<String> dependsOn() {
    return List.of();
  }

  /**
   * {@return true when executing the plan sends a request for this item: it is a {@link
   * PlannedWrite}}
   */
  default boolean isWrite() {
    return this instanceof PlannedWrite;
  }

  /**
   * A lineItem or result the SIS already holds as the LMS wants it: nothing is sent.
   *
   * @param kind lineItem or result
   * @param sourcedId the object's SIS sourcedId
   * @param classSourcedId the class it belongs to
   * @param assignmentId the LMS assignment
   * @param student the student's SIS sourcedId for a result, else null
   * @param warnings what was adjusted to fit the SIS, as for a write
   */
  record Unchanged(
      ItemKind kind,
      String sourcedId,
      String classSourcedId,
      String assignmentId,
      String student,
      List<String> warnings)
      implements PlannedItem {

    /**
     * Validates and copies the components.
     *
     * @param kind what the object is, lineItem or result; not null
     * @param sourcedId the object's SIS sourcedId; not null
     * @param classSourcedId the class it belongs to
     * @param assignmentId the LMS assignment's id
     * @param student the student's SIS sourcedId for a result, else null
     * @param warnings what was adjusted to fit the SIS, as for a write; null is taken as empty
     */
    public Unchanged {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(sourcedId, "sourcedId");
      warnings = PlannedItems.copy(warnings);
    }

    /** Always {@link Action#UNCHANGED}. */
    @Override
    public Action action() {
      return Action.UNCHANGED;
    }

    @Override
    public String toString() {
      return PlannedItems.describe(this);
    }
  }
}
