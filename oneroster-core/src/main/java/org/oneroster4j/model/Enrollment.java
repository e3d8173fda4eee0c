package org.oneroster4j.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Immutable model of an enrollment: a user's membership of a class in a role (OneRoster {@code
 * enrollment}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param user the enrolled user, or null
 * @param schoolClass the class (wire field {@code class}), or null
 * @param school the school, or null
 * @param role the role in the class, or null
 * @param primary whether this is the primary teacher, or null
 * @param beginDate the first day of the enrollment, or null
 * @param endDate the last day of the enrollment, or null
 */
public record Enrollment(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    GuidRef user,
    GuidRef schoolClass,
    GuidRef school,
    RoleType role,
    Boolean primary,
    LocalDate beginDate,
    LocalDate endDate)
    implements OneRosterEntity {

  /** Creates a Enrollment, copying the collections (null becomes empty). */
  public Enrollment {
    metadata = Copies.metadata(metadata);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this Enrollment's values, to derive a modified copy. */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .user(user)
        .schoolClass(schoolClass)
        .school(school)
        .role(role)
        .primary(primary)
        .beginDate(beginDate)
        .endDate(endDate);
  }

  /**
   * Builds Enrollment values; every setter is named after the property and returns this builder.
   */
  public static final class Builder extends EntityBuilder<Builder> {
    private GuidRef user;
    private GuidRef schoolClass;
    private GuidRef school;
    private RoleType role;
    private Boolean primary;
    private LocalDate beginDate;
    private LocalDate endDate;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Sets the enrolled user; null clears it. */
    public Builder user(GuidRef user) {
      this.user = user;
      return this;
    }

    /** Sets the class (wire field {@code class}); null clears it. */
    public Builder schoolClass(GuidRef schoolClass) {
      this.schoolClass = schoolClass;
      return this;
    }

    /** Sets the school; null clears it. */
    public Builder school(GuidRef school) {
      this.school = school;
      return this;
    }

    /** Sets the role in the class; null clears it. */
    public Builder role(RoleType role) {
      this.role = role;
      return this;
    }

    /** Sets whether this is the primary teacher; null clears it. */
    public Builder primary(Boolean primary) {
      this.primary = primary;
      return this;
    }

    /** Sets the first day of the enrollment; null clears it. */
    public Builder beginDate(LocalDate beginDate) {
      this.beginDate = beginDate;
      return this;
    }

    /** Sets the last day of the enrollment; null clears it. */
    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    /** Builds the Enrollment. */
    public Enrollment build() {
      return new Enrollment(
          sourcedId,
          status,
          dateLastModified,
          metadata,
          user,
          schoolClass,
          school,
          role,
          primary,
          beginDate,
          endDate);
    }
  }
}
