package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;

/**
 * One request the plan sends: a record per kind of write, each carrying exactly what that request
 * needs. A PUT creates or updates ({@link #action()} says which, as planned from the SIS's state);
 * a DELETE removes what the LMS deleted.
 *
 * <pre>{@code
 * for (PlannedWrite w : plan.writes()) {
 *   if (w instanceof PlannedWrite.LineItemPut put) {
 *     System.out.println(put.lineItem().title() + " " + put.action());
 *   }
 * }
 * }</pre>
 */
public sealed interface PlannedWrite extends PlannedItem
    permits PlannedWrite.CategoryPut,
        PlannedWrite.LineItemPut,
        PlannedWrite.LineItemDelete,
        PlannedWrite.ResultPut,
        PlannedWrite.ResultDelete {

  /**
   * Calls the {@code visitor} method for this write's kind and returns what it returns; the
   * compiler checks that a visitor handles every kind.
   *
   * @param <R> what the visitor returns
   * @param visitor what to do with each kind of write
   * @return the visitor's answer for this write
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * What to do with each kind of write.
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /**
     * A category PUT.
     *
     * @param write the write
     * @return the answer for it
     */
    R categoryPut(CategoryPut write);

    /**
     * A lineItem PUT.
     *
     * @param write the write
     * @return the answer for it
     */
    R lineItemPut(LineItemPut write);

    /**
     * A lineItem DELETE.
     *
     * @param write the write
     * @return the answer for it
     */
    R lineItemDelete(LineItemDelete write);

    /**
     * A result PUT.
     *
     * @param write the write
     * @return the answer for it
     */
    R resultPut(ResultPut write);

    /**
     * A result DELETE.
     *
     * @param write the write
     * @return the answer for it
     */
    R resultDelete(ResultDelete write);
  }

  /**
   * Creates a category the SIS lacks ({@link org.oneroster4j.spi.CategoryPolicy#MATCH_OR_CREATE}),
   * before the lineItems filed under it.
   *
   * @param category what is PUT; its sourcedId is a {@link StableIds#categoryId} id
   */
  record CategoryPut(Category category) implements PlannedWrite {

    /**
     * Validates the component.
     *
     * @param category what is PUT; not null, and its sourcedId must be set
     */
    public CategoryPut {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(category.sourcedId(), "category.sourcedId");
    }

    /** Always {@link ItemKind#CATEGORY}. */
    @Override
    public ItemKind kind() {
      return ItemKind.CATEGORY;
    }

    /** Always {@link Action#CREATE}: the plan only creates categories. */
    @Override
    public Action action() {
      return Action.CREATE;
    }

    /** The category's sourcedId. */
    @Override
    public String sourcedId() {
      return category.sourcedId();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.categoryPut(this);
    }

    @Override
    public String toString() {
      return PlannedItems.describe(this);
    }
  }

  /**
   * Creates or updates one assignment's lineItem.
   *
   * @param action {@link Action#CREATE} or {@link Action#UPDATE}
   * @param assignmentId the LMS assignment
   * @param lineItem what is PUT
   * @param changedFields for an update, the fields that differ from the SIS; else empty
   * @param warnings what was adjusted to fit the SIS (a truncated title, an omitted category)
   * @param dependsOn the category created in the same plan that the lineItem is filed under, if any
   */
  record LineItemPut(
      Action action,
      String assignmentId,
      LineItem lineItem,
      List<String> changedFields,
      List<String> warnings,
      List<String> dependsOn)
      implements PlannedWrite {

    /**
     * Validates and copies the components.
     *
     * @param action {@link Action#CREATE} or {@link Action#UPDATE}
     * @param assignmentId the LMS assignment's id
     * @param lineItem what is PUT; not null, and its sourcedId must be set
     * @param changedFields for an update, the fields that differ from the SIS; null is taken as
     *     empty
     * @param warnings what was adjusted to fit the SIS; null is taken as empty
     * @param dependsOn the sourcedId of the category created in the same plan that the lineItem is
     *     filed under, if any; null is taken as empty
     * @throws IllegalArgumentException if {@code action} is neither CREATE nor UPDATE
     */
    public LineItemPut {
      PlannedItems.requirePut(action);
      Objects.requireNonNull(lineItem, "lineItem");
      Objects.requireNonNull(lineItem.sourcedId(), "lineItem.sourcedId");
      changedFields = PlannedItems.copy(changedFields);
      warnings = PlannedItems.copy(warnings);
      dependsOn = PlannedItems.copy(dependsOn);
    }

    /** Always {@link ItemKind#LINE_ITEM}. */
    @Override
    public ItemKind kind() {
      return ItemKind.LINE_ITEM;
    }

    /** The lineItem's sourcedId. */
    @Override
    public String sourcedId() {
      return lineItem.sourcedId();
    }

    /** The class the lineItem references. */
    @Override
    public String classSourcedId() {
      return PlannedItems.refId(lineItem.schoolClass());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.lineItemPut(this);
    }

    @Override
    public String toString() {
      return PlannedItems.describe(this);
    }
  }

  /**
   * Deletes the lineItem of an assignment the LMS deleted, after its results.
   *
   * @param sourcedId the lineItem's sourcedId
   * @param classSourcedId the class it belongs to
   * @param assignmentId the LMS assignment
   * @param dependsOn the deletes of its results
   */
  record LineItemDelete(
      String sourcedId, String classSourcedId, String assignmentId, List<String> dependsOn)
      implements PlannedWrite {

    /**
     * Validates and copies the components.
     *
     * @param sourcedId the lineItem's SIS sourcedId; not null
     * @param classSourcedId the class it belongs to
     * @param assignmentId the LMS assignment's id
     * @param dependsOn the sourcedIds of its results, whose deletes are sent first; null is taken
     *     as empty
     */
    public LineItemDelete {
      Objects.requireNonNull(sourcedId, "sourcedId");
      dependsOn = PlannedItems.copy(dependsOn);
    }

    /** Always {@link ItemKind#LINE_ITEM}. */
    @Override
    public ItemKind kind() {
      return ItemKind.LINE_ITEM;
    }

    /** Always {@link Action#DELETE}. */
    @Override
    public Action action() {
      return Action.DELETE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.lineItemDelete(this);
    }

    @Override
    public String toString() {
      return PlannedItems.describe(this);
    }
  }

  /**
   * Creates or updates one student's result on one assignment.
   *
   * @param action {@link Action#CREATE} or {@link Action#UPDATE}
   * @param classSourcedId the class the assignment belongs to
   * @param assignmentId the LMS assignment
   * @param result what is PUT
   * @param changedFields for an update, the fields that differ from the SIS; else empty
   * @param warnings what was adjusted to fit the SIS (a shortened comment)
   * @param dependsOn the lineItem's write in the same plan, if there is one
   */
  record ResultPut(
      Action action,
      String classSourcedId,
      String assignmentId,
      Result result,
      List<String> changedFields,
      List<String> warnings,
      List<String> dependsOn)
      implements PlannedWrite {

    /**
     * Validates and copies the components.
     *
     * @param action {@link Action#CREATE} or {@link Action#UPDATE}
     * @param classSourcedId the class the assignment belongs to
     * @param assignmentId the LMS assignment's id
     * @param result what is PUT; not null, and its sourcedId must be set
     * @param changedFields for an update, the fields that differ from the SIS; null is taken as
     *     empty
     * @param warnings what was adjusted to fit the SIS (a shortened comment); null is taken as
     *     empty
     * @param dependsOn the lineItem's sourcedId when the same plan writes the lineItem; null is
     *     taken as empty
     * @throws IllegalArgumentException if {@code action} is neither CREATE nor UPDATE
     */
    public ResultPut {
      PlannedItems.requirePut(action);
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(result.sourcedId(), "result.sourcedId");
      changedFields = PlannedItems.copy(changedFields);
      warnings = PlannedItems.copy(warnings);
      dependsOn = PlannedItems.copy(dependsOn);
    }

    /** Always {@link ItemKind#RESULT}. */
    @Override
    public ItemKind kind() {
      return ItemKind.RESULT;
    }

    /** The result's sourcedId. */
    @Override
    public String sourcedId() {
      return result.sourcedId();
    }

    /** The student the result references. */
    @Override
    public String student() {
      return PlannedItems.refId(result.student());
    }

    /**
     * This write with the result referencing {@code lineItemSourcedId}: the id the SIS assigned to
     * the lineItem when it did not keep ours.
     */
    ResultPut referencing(String lineItemSourcedId) {
      Result moved =
          result.toBuilder().lineItem(GuidRef.of(lineItemSourcedId, GuidRefType.LINE_ITEM)).build();
      return new ResultPut(
          action, classSourcedId, assignmentId, moved, changedFields, warnings, dependsOn);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.resultPut(this);
    }

    @Override
    public String toString() {
      return PlannedItems.describe(this);
    }
  }

  /**
   * Deletes a result: the LMS deleted the grade, or the assignment it belongs to.
   *
   * @param sourcedId the result's sourcedId
   * @param classSourcedId the class it belongs to
   * @param assignmentId the LMS assignment
   * @param student the student's SIS sourcedId, or null when the SIS's result names none
   */
  record ResultDelete(String sourcedId, String classSourcedId, String assignmentId, String student)
      implements PlannedWrite {

    /**
     * Validates the components.
     *
     * @param sourcedId the result's SIS sourcedId; not null
     * @param classSourcedId the class it belongs to
     * @param assignmentId the LMS assignment's id
     * @param student the student's SIS sourcedId, or null when the SIS's result names none
     */
    public ResultDelete {
      Objects.requireNonNull(sourcedId, "sourcedId");
    }

    /** Always {@link ItemKind#RESULT}. */
    @Override
    public ItemKind kind() {
      return ItemKind.RESULT;
    }

    /** Always {@link Action#DELETE}. */
    @Override
    public Action action() {
      return Action.DELETE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.resultDelete(this);
    }

    @Override
    public String toString() {
      return PlannedItems.describe(this);
    }
  }
}
