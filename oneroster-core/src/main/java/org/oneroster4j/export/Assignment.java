package org.oneroster4j.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One LMS assignment of a {@link GradebookClass}; it becomes one SIS lineItem.
 *
 * <p>The input is taken as the LMS has it; the export plan validates it against the SIS's rules and
 * reports what it cannot send (blank title, no points, ...) instead of failing the whole export.
 *
 * @param id the LMS's own id of the assignment, stable for its lifetime (part of the lineItem id)
 * @param title the title, or null
 * @param description the description, or null
 * @param assignDate when it was assigned, or null (then the due date is sent)
 * @param dueDate when it is due, or null
 * @param maxPoints the maximum points, or null
 * @param category the category title (matched against SIS categories by title), or null
 * @param deleted true to remove the lineItem (and its results) from the SIS
 * @param grades the grades, never null
 */
public record Assignment(
    String id,
    String title,
    String description,
    Instant assignDate,
    Instant dueDate,
    Double maxPoints,
    String category,
    boolean deleted,
    List<Grade> grades) {

  /**
   * Validates and copies the components; {@code id} is required.
   *
   * @param id the id
   * @param title the title
   * @param description the description, or null
   * @param assignDate when it was assigned, or null (then the due date is sent)
   * @param dueDate when it is due, or null
   * @param maxPoints the maximum points, or null
   * @param category the category title (matched against SIS categories by title), or null
   * @param deleted true to remove the lineItem (and its results) from the SIS
   * @param grades the grades, never null
   */
  public Assignment {
    Objects.requireNonNull(id, "id");
    grades = List.copyOf(grades == null ? List.of() : grades);
  }

  /**
   * Returns a builder for an assignment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this assignment's values.
   *
   * @return a builder initialised with these values
   */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .title(title)
        .description(description)
        .assignDate(assignDate)
        .dueDate(dueDate)
        .maxPoints(maxPoints)
        .category(category)
        .deleted(deleted)
        .grades(grades);
  }

  /** Builds an {@link Assignment}. */
  public static final class Builder {
    private String id;
    private String title;
    private String description;
    private Instant assignDate;
    private Instant dueDate;
    private Double maxPoints;
    private String category;
    private boolean deleted;
    private final List<Grade> grades = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the LMS id of the assignment (required).
     *
     * @param id the LMS id of the assignment (required)
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the description (nullable).
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the assign date (nullable).
     *
     * @param assignDate when it was assigned, or null (then the due date is sent)
     * @return this builder
     */
    public Builder assignDate(Instant assignDate) {
      this.assignDate = assignDate;
      return this;
    }

    /**
     * Sets the due date (nullable).
     *
     * @param dueDate when it is due, or null
     * @return this builder
     */
    public Builder dueDate(Instant dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets the maximum points (nullable).
     *
     * @param maxPoints the maximum points, or null
     * @return this builder
     */
    public Builder maxPoints(Double maxPoints) {
      this.maxPoints = maxPoints;
      return this;
    }

    /**
     * Sets the maximum points.
     *
     * @param maxPoints the maximum points, or null
     * @return this builder
     */
    public Builder maxPoints(double maxPoints) {
      this.maxPoints = maxPoints;
      return this;
    }

    /**
     * Sets the category title (nullable).
     *
     * @param category the category title (matched against SIS categories by title), or null
     * @return this builder
     */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /**
     * Marks the assignment deleted.
     *
     * @param deleted true to remove the lineItem (and its results) from the SIS
     * @return this builder
     */
    public Builder deleted(boolean deleted) {
      this.deleted = deleted;
      return this;
    }

    /**
     * Adds one grade.
     *
     * @param grade one grade to add
     * @return this builder
     */
    public Builder grade(Grade grade) {
      grades.add(Objects.requireNonNull(grade, "grade"));
      return this;
    }

    /**
     * Replaces the grades.
     *
     * @param grades the grades, never null
     * @return this builder
     */
    public Builder grades(List<Grade> grades) {
      Objects.requireNonNull(grades, "grades");
      this.grades.clear();
      grades.forEach(this::grade);
      return this;
    }

    /**
     * Builds the assignment.
     *
     * @return the assignment
     */
    public Assignment build() {
      if (id == null) {
        throw new IllegalStateException("an assignment needs its LMS id; call id(...)");
      }
      return new Assignment(
          id, title, description, assignDate, dueDate, maxPoints, category, deleted, grades);
    }
  }

  @Override
  public String toString() {
    return "Assignment[id="
        + id
        + ", title="
        + title
        + ", deleted="
        + deleted
        + ", grades="
        + grades.size()
        + "]";
  }
}
