package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;

/**
 * One SIS object the plan creates, updates, deletes or leaves unchanged.
 *
 * @param kind category, lineItem or result
 * @param action what is done with it
 * @param sourcedId the object's SIS sourcedId (a {@link StableIds} id)
 * @param classSourcedId the class it belongs to, or null for a category
 * @param assignmentId the LMS assignment, or null for a category
 * @param student the student's SIS sourcedId for a result, else null
 * @param lineItem what is PUT for a lineItem create or update, else null
 * @param result what is PUT for a result create or update, else null
 * @param category what is PUT for a category create, else null
 * @param changedFields for an update, the fields that differ from the SIS (for example {@code
 *     [title, dueDate]}); else empty
 * @param warnings what was adjusted to fit the SIS (a truncated title, an omitted category)
 * @param dependsOn sourcedIds of planned writes that must succeed before this one is sent
 */
public record PlannedItem(
    ItemKind kind,
    Action action,
    String sourcedId,
    String classSourcedId,
    String assignmentId,
    String student,
    LineItem lineItem,
    Result result,
    Category category,
    List<String> changedFields,
    List<String> warnings,
    List<String> dependsOn) {

  /** Validates and copies the components. */
  public PlannedItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(sourcedId, "sourcedId");
    changedFields = List.copyOf(changedFields == null ? List.of() : changedFields);
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
    dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
  }

  /** True when executing the plan sends a request for this item. */
  public boolean isWrite() {
    return action != Action.UNCHANGED;
  }

  @Override
  public String toString() {
    return kind
        + " "
        + action
        + " "
        + sourcedId
        + (assignmentId == null ? "" : " (assignment " + assignmentId + ")")
        + (changedFields.isEmpty() ? "" : " changed " + changedFields);
  }
}
