package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;
import org.oneroster4j.model.GuidRef;

/** What the planned item records share: validation, copies and their one-line description. */
final class PlannedItems {
  private PlannedItems() {}

  /** A PUT creates or updates; anything else is a planning defect. */
  static void requirePut(Action action) {
    Objects.requireNonNull(action, "action");
    if (action != Action.CREATE && action != Action.UPDATE) {
      throw new IllegalArgumentException("a PUT creates or updates, not " + action);
    }
  }

  /** An immutable copy; null is empty. */
  static List<String> copy(List<String> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static String refId(GuidRef ref) {
    return ref == null ? null : ref.sourcedId();
  }

  /** For example {@code lineItem UPDATE li-1 (assignment a1) changed [title]}. */
  static String describe(PlannedItem item) {
    return item.kind()
        + " "
        + item.action()
        + " "
        + item.sourcedId()
        + (item.assignmentId() == null ? "" : " (assignment " + item.assignmentId() + ")")
        + (item.changedFields().isEmpty() ? "" : " changed " + item.changedFields());
  }
}
