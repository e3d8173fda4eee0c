package org.oneroster4j.model;

import java.util.List;
import java.util.Objects;

/**
 * Immutable profile of a user in another system or application (OneRoster 1.2 {@code userProfiles}
 * entry), with its credentials; {@link #toString()} never shows a password.
 */
public final class UserProfile {
  private final String profileId;
  private final String profileType;
  private final String vendorId;
  private final String applicationId;
  private final String description;
  private final List<Credential> credentials;

  private UserProfile(Builder b) {
    this.profileId = b.profileId;
    this.profileType = b.profileType;
    this.vendorId = b.vendorId;
    this.applicationId = b.applicationId;
    this.description = b.description;
    this.credentials = Copies.list(b.credentials, "credentials");
  }

  /** {@return the profile's URI identifier, or null} */
  public String profileId() {
    return profileId;
  }

  /** {@return the kind of profile, or null} */
  public String profileType() {
    return profileType;
  }

  /** {@return the identifier of the vendor of the system, or null} */
  public String vendorId() {
    return vendorId;
  }

  /** {@return the identifier of the application, or null} */
  public String applicationId() {
    return applicationId;
  }

  /** {@return a description of the profile, or null} */
  public String description() {
    return description;
  }

  /** {@return the credentials for the profile; never null, may be empty} */
  public List<Credential> credentials() {
    return credentials;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this UserProfile's values, to derive a modified copy} */
  public Builder toBuilder() {
    return new Builder()
        .profileId(profileId)
        .profileType(profileType)
        .vendorId(vendorId)
        .applicationId(applicationId)
        .description(description)
        .credentials(credentials);
  }

  /** Returns whether {@code other} is a UserProfile with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof UserProfile that
        && Objects.equals(profileId, that.profileId)
        && Objects.equals(profileType, that.profileType)
        && Objects.equals(vendorId, that.vendorId)
        && Objects.equals(applicationId, that.applicationId)
        && Objects.equals(description, that.description)
        && Objects.equals(credentials, that.credentials);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(profileId, profileType, vendorId, applicationId, description, credentials);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "UserProfile["
        + "profileId="
        + profileId
        + ", profileType="
        + profileType
        + ", vendorId="
        + vendorId
        + ", applicationId="
        + applicationId
        + ", description="
        + description
        + ", credentials="
        + credentials
        + "]";
  }

  /**
   * Builds UserProfile values; every setter is named after the property and returns this builder.
   */
  public static final class Builder {
    private String profileId;
    private String profileType;
    private String vendorId;
    private String applicationId;
    private String description;
    private List<Credential> credentials = List.of();

    private Builder() {}

    /**
     * Sets the profile's URI identifier; null clears it.
     *
     * @param profileId a URI that identifies the profile, or null to leave it out of the JSON
     * @return this builder
     */
    public Builder profileId(String profileId) {
      this.profileId = profileId;
      return this;
    }

    /**
     * Sets the kind of profile; null clears it.
     *
     * @param profileType the kind of profile, or null to leave it out of the JSON
     * @return this builder
     */
    public Builder profileType(String profileType) {
      this.profileType = profileType;
      return this;
    }

    /**
     * Sets the identifier of the vendor of the system; null clears it.
     *
     * @param vendorId the vendor's identifier, or null to leave it out of the JSON
     * @return this builder
     */
    public Builder vendorId(String vendorId) {
      this.vendorId = vendorId;
      return this;
    }

    /**
     * Sets the identifier of the application; null clears it.
     *
     * @param applicationId the application's identifier, or null to leave it out of the JSON
     * @return this builder
     */
    public Builder applicationId(String applicationId) {
      this.applicationId = applicationId;
      return this;
    }

    /**
     * Sets a description of the profile; null clears it.
     *
     * @param description a description for people, or null to leave it out of the JSON
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the credentials for the profile (copied; null means none).
     *
     * @param credentials the logins for the profile's system; null or empty leaves {@code
     *     credentials} out of the JSON
     * @return this builder
     * @throws NullPointerException if {@code credentials} contains a null element
     */
    public Builder credentials(List<Credential> credentials) {
      this.credentials = Copies.list(credentials, "credentials");
      return this;
    }

    /**
     * Builds the UserProfile.
     *
     * @return a new UserProfile with the values set so far
     */
    public UserProfile build() {
      return new UserProfile(this);
    }
  }
}
