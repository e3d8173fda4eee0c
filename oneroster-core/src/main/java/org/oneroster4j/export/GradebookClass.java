package org.oneroster4j.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The assignments of one LMS class linked to the SIS class {@code classSourcedId}.
 *
 * @param classSourcedId the SIS sourcedId of the linked class (see {@link ClassLink})
 * @param assignments the assignments, never null
 */
public record GradebookClass(String classSourcedId, List<Assignment> assignments) {

  /**
   * Validates and copies the components; {@code classSourcedId} is required.
   *
   * @param classSourcedId the SIS sourcedId of the linked class (see {@link ClassLink})
   * @param assignments the assignments, never null
   */
  public GradebookClass {
    Objects.requireNonNull(classSourcedId, "classSourcedId");
    assignments = List.copyOf(assignments == null ? List.of() : assignments);
  }

  /**
   * Returns a builder for a gradebook class.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this class's values.
   *
   * @return a builder initialised with these values
   */
  public Builder toBuilder() {
    return new Builder().classSourcedId(classSourcedId).assignments(assignments);
  }

  /** Builds a {@link GradebookClass}. */
  public static final class Builder {
    private String classSourcedId;
    private final List<Assignment> assignments = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the SIS class sourcedId (required).
     *
     * @param classSourcedId the SIS sourcedId of the linked class (see {@link ClassLink})
     * @return this builder
     */
    public Builder classSourcedId(String classSourcedId) {
      this.classSourcedId = classSourcedId;
      return this;
    }

    /**
     * Adds one assignment.
     *
     * @param assignment one assignment to add
     * @return this builder
     */
    public Builder assignment(Assignment assignment) {
      assignments.add(Objects.requireNonNull(assignment, "assignment"));
      return this;
    }

    /**
     * Replaces the assignments.
     *
     * @param assignments the assignments, never null
     * @return this builder
     */
    public Builder assignments(List<Assignment> assignments) {
      Objects.requireNonNull(assignments, "assignments");
      this.assignments.clear();
      assignments.forEach(this::assignment);
      return this;
    }

    /**
     * Builds the class.
     *
     * @return the gradebook class
     */
    public GradebookClass build() {
      if (classSourcedId == null) {
        throw new IllegalStateException(
            "a gradebook class needs the SIS class sourcedId; call classSourcedId(...)");
      }
      return new GradebookClass(classSourcedId, assignments);
    }
  }
}
