package org.oneroster4j.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of an enrollment: a user's membership of a class in a role (OneRoster {@code
 * enrollment}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class Enrollment implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final GuidRef user;
  private final GuidRef schoolClass;
  private final GuidRef school;
  private final RoleType role;
  private final Boolean primary;
  private final LocalDate beginDate;
  private final LocalDate endDate;

  private Enrollment(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.user = b.user;
    this.schoolClass = b.schoolClass;
    this.school = b.school;
    this.role = b.role;
    this.primary = b.primary;
    this.beginDate = b.beginDate;
    this.endDate = b.endDate;
  }

  /** {@return the entity's unique, opaque identifier, or null} */
  @Override
  public String sourcedId() {
    return sourcedId;
  }

  /** {@return the lifecycle status, or null} */
  @Override
  public StatusType status() {
    return status;
  }

  /** {@return when the entity was last modified, or null} */
  @Override
  public Instant dateLastModified() {
    return dateLastModified;
  }

  /** {@return extension data; never null, may be empty} */
  @Override
  public Map<String, Object> metadata() {
    return metadata;
  }

  /** {@return the enrolled user, or null} */
  public GuidRef user() {
    return user;
  }

  /** {@return the class (wire field {@code class}), or null} */
  public GuidRef schoolClass() {
    return schoolClass;
  }

  /** {@return the school, or null} */
  public GuidRef school() {
    return school;
  }

  /** {@return the role in the class, or null} */
  public RoleType role() {
    return role;
  }

  /** {@return whether this is the primary teacher, or null} */
  public Boolean primary() {
    return primary;
  }

  /** {@return the first day of the enrollment, or null} */
  public LocalDate beginDate() {
    return beginDate;
  }

  /** {@return the last day of the enrollment, or null} */
  public LocalDate endDate() {
    return endDate;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this Enrollment's values, to derive a modified copy} */
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

  /** Returns whether {@code other} is a Enrollment with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Enrollment that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(user, that.user)
        && Objects.equals(schoolClass, that.schoolClass)
        && Objects.equals(school, that.school)
        && Objects.equals(role, that.role)
        && Objects.equals(primary, that.primary)
        && Objects.equals(beginDate, that.beginDate)
        && Objects.equals(endDate, that.endDate);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(
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

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "Enrollment["
        + "sourcedId="
        + sourcedId
        + ", status="
        + status
        + ", dateLastModified="
        + dateLastModified
        + ", metadata="
        + metadata
        + ", user="
        + user
        + ", schoolClass="
        + schoolClass
        + ", school="
        + school
        + ", role="
        + role
        + ", primary="
        + primary
        + ", beginDate="
        + beginDate
        + ", endDate="
        + endDate
        + "]";
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

    /**
     * Sets the enrolled user; null clears it.
     *
     * @param user a reference to the enrolled user, or null to clear it
     * @return this builder
     */
    public Builder user(GuidRef user) {
      this.user = user;
      return this;
    }

    /**
     * Sets the class (wire field {@code class}); null clears it.
     *
     * @param schoolClass a reference to the class the user is enrolled in, or null to clear it
     * @return this builder
     */
    public Builder schoolClass(GuidRef schoolClass) {
      this.schoolClass = schoolClass;
      return this;
    }

    /**
     * Sets the school; null clears it.
     *
     * @param school a reference to the school (an org) of the class, or null to clear it
     * @return this builder
     */
    public Builder school(GuidRef school) {
      this.school = school;
      return this;
    }

    /**
     * Sets the role in the class; null clears it.
     *
     * @param role the user's role in the class, such as {@link RoleType#STUDENT} or {@link
     *     RoleType#TEACHER}, or null to clear it
     * @return this builder
     */
    public Builder role(RoleType role) {
      this.role = role;
      return this;
    }

    /**
     * Sets whether this is the primary teacher; null clears it.
     *
     * @param primary true for the class's primary teacher, false for another teacher, or null to
     *     clear it; OneRoster uses it for teachers only
     * @return this builder
     */
    public Builder primary(Boolean primary) {
      this.primary = primary;
      return this;
    }

    /**
     * Sets the first day of the enrollment; null clears it.
     *
     * @param beginDate the first day of the enrollment, or null to clear it
     * @return this builder
     */
    public Builder beginDate(LocalDate beginDate) {
      this.beginDate = beginDate;
      return this;
    }

    /**
     * Sets the last day of the enrollment; null clears it.
     *
     * @param endDate the last day of the enrollment, or null to clear it
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    /**
     * Builds the Enrollment.
     *
     * @return a new Enrollment with the values set so far; no value is required
     */
    public Enrollment build() {
      return new Enrollment(this);
    }
  }
}
