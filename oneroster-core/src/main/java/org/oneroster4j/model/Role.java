package org.oneroster4j.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Immutable role of a user in one org (OneRoster 1.2 {@code roles} entry): whether it is the
 * primary role there, the role, the org and the dates it applies.
 *
 * <p>OneRoster 1.2 asks for exactly one primary role per org. When a 1.1 user is read, each of its
 * {@code orgs} becomes one primary role with the user's {@code role}.
 */
public final class Role {
  private final RoleKind roleType;
  private final RoleType role;
  private final GuidRef org;
  private final String userProfile;
  private final LocalDate beginDate;
  private final LocalDate endDate;

  private Role(Builder b) {
    this.roleType = b.roleType;
    this.role = b.role;
    this.org = b.org;
    this.userProfile = b.userProfile;
    this.beginDate = b.beginDate;
    this.endDate = b.endDate;
  }

  /**
   * Returns a primary role in {@code org}, the shape a 1.1 user's {@code role} and {@code orgs} map
   * to.
   *
   * @param role the role, or null
   * @param org the org, or null
   * @return a new Role of kind {@link RoleKind#PRIMARY} with {@code role} and {@code org}, and no
   *     user profile or dates
   */
  public static Role primary(RoleType role, GuidRef org) {
    return builder().roleType(RoleKind.PRIMARY).role(role).org(org).build();
  }

  /** {@return whether this is the primary or a secondary role in the org, or null} */
  public RoleKind roleType() {
    return roleType;
  }

  /** {@return the role, such as {@link RoleType#TEACHER}, or null} */
  public RoleType role() {
    return role;
  }

  /** {@return the org in which the user has this role, or null} */
  public GuidRef org() {
    return org;
  }

  /** {@return the URI of the user profile this role uses, or null} */
  public String userProfile() {
    return userProfile;
  }

  /** {@return the first day of the role, or null} */
  public LocalDate beginDate() {
    return beginDate;
  }

  /** {@return the last day of the role, or null} */
  public LocalDate endDate() {
    return endDate;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this Role's values, to derive a modified copy} */
  public Builder toBuilder() {
    return new Builder()
        .roleType(roleType)
        .role(role)
        .org(org)
        .userProfile(userProfile)
        .beginDate(beginDate)
        .endDate(endDate);
  }

  /** Returns whether {@code other} is a Role with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Role that
        && Objects.equals(roleType, that.roleType)
        && Objects.equals(role, that.role)
        && Objects.equals(org, that.org)
        && Objects.equals(userProfile, that.userProfile)
        && Objects.equals(beginDate, that.beginDate)
        && Objects.equals(endDate, that.endDate);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(roleType, role, org, userProfile, beginDate, endDate);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "Role["
        + "roleType="
        + roleType
        + ", role="
        + role
        + ", org="
        + org
        + ", userProfile="
        + userProfile
        + ", beginDate="
        + beginDate
        + ", endDate="
        + endDate
        + "]";
  }

  /** Builds Role values; every setter is named after the property and returns this builder. */
  public static final class Builder {
    private RoleKind roleType;
    private RoleType role;
    private GuidRef org;
    private String userProfile;
    private LocalDate beginDate;
    private LocalDate endDate;

    private Builder() {}

    /**
     * Sets whether this is the primary or a secondary role in the org; null clears it.
     *
     * @param roleType {@link RoleKind#PRIMARY} or {@link RoleKind#SECONDARY} (OneRoster 1.2 asks
     *     for one primary role per org), or null to clear it
     * @return this builder
     */
    public Builder roleType(RoleKind roleType) {
      this.roleType = roleType;
      return this;
    }

    /**
     * Sets the role, such as {@link RoleType#TEACHER}; null clears it.
     *
     * @param role the role, such as {@link RoleType#TEACHER}, or null to clear it
     * @return this builder
     */
    public Builder role(RoleType role) {
      this.role = role;
      return this;
    }

    /**
     * Sets the org in which the user has this role; null clears it.
     *
     * @param org a reference to the org in which the user has this role, or null to clear it
     * @return this builder
     */
    public Builder org(GuidRef org) {
      this.org = org;
      return this;
    }

    /**
     * Sets the URI of the user profile this role uses; null clears it.
     *
     * @param userProfile the URI of one of the user's user profiles, kept as given, or null to
     *     clear it
     * @return this builder
     */
    public Builder userProfile(String userProfile) {
      this.userProfile = userProfile;
      return this;
    }

    /**
     * Sets the first day of the role; null clears it.
     *
     * @param beginDate the first day of the role, or null to clear it
     * @return this builder
     */
    public Builder beginDate(LocalDate beginDate) {
      this.beginDate = beginDate;
      return this;
    }

    /**
     * Sets the last day of the role; null clears it.
     *
     * @param endDate the last day of the role, or null to clear it
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    /**
     * Builds the Role.
     *
     * @return a new Role with the values set so far; no value is required
     */
    public Role build() {
      return new Role(this);
    }
  }
}
