package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Immutable model of a user: a student, teacher, parent or other person (OneRoster {@code user});
 * {@link #toString()} never shows the password.
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param username the login name, or null
 * @param userIds identifiers of the user in other systems; never null, may be empty
 * @param enabledUser whether the account is enabled, or null
 * @param givenName the given name, or null
 * @param familyName the family name, or null
 * @param middleName the middle name, or null
 * @param role the user's role, or null
 * @param identifier a human-readable identifier such as a student number, or null
 * @param email the email address, or null
 * @param sms the SMS number, or null
 * @param phone the phone number, or null
 * @param agents related users such as parents; never null, may be empty
 * @param orgs the orgs the user belongs to; never null, may be empty
 * @param grades the grade levels; never null, may be empty
 * @param password the password (kept out of {@link #toString()}), or null
 */
public record User(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    String username,
    List<UserId> userIds,
    Boolean enabledUser,
    String givenName,
    String familyName,
    String middleName,
    RoleType role,
    String identifier,
    String email,
    String sms,
    String phone,
    List<GuidRef> agents,
    List<GuidRef> orgs,
    List<String> grades,
    String password)
    implements OneRosterEntity {

  /** Creates a User, copying the collections (null becomes empty). */
  public User {
    metadata = Copies.metadata(metadata);
    userIds = Copies.list(userIds, "userIds");
    agents = Copies.list(agents, "agents");
    orgs = Copies.list(orgs, "orgs");
    grades = Copies.list(grades, "grades");
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this User's values, to derive a modified copy. */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .username(username)
        .userIds(userIds)
        .enabledUser(enabledUser)
        .givenName(givenName)
        .familyName(familyName)
        .middleName(middleName)
        .role(role)
        .identifier(identifier)
        .email(email)
        .sms(sms)
        .phone(phone)
        .agents(agents)
        .orgs(orgs)
        .grades(grades)
        .password(password);
  }

  /**
   * Returns a description of this user that shows whether a password is set but never the password.
   */
  @Override
  public String toString() {
    return "User["
        + "sourcedId="
        + sourcedId
        + ", status="
        + status
        + ", dateLastModified="
        + dateLastModified
        + ", metadata="
        + metadata
        + ", username="
        + username
        + ", userIds="
        + userIds
        + ", enabledUser="
        + enabledUser
        + ", givenName="
        + givenName
        + ", familyName="
        + familyName
        + ", middleName="
        + middleName
        + ", role="
        + role
        + ", identifier="
        + identifier
        + ", email="
        + email
        + ", sms="
        + sms
        + ", phone="
        + phone
        + ", agents="
        + agents
        + ", orgs="
        + orgs
        + ", grades="
        + grades
        + ", password="
        + (password == null ? "null" : "***")
        + "]";
  }

  /** Builds User values; every setter is named after the property and returns this builder. */
  public static final class Builder extends EntityBuilder<Builder> {
    private String username;
    private List<UserId> userIds = List.of();
    private Boolean enabledUser;
    private String givenName;
    private String familyName;
    private String middleName;
    private RoleType role;
    private String identifier;
    private String email;
    private String sms;
    private String phone;
    private List<GuidRef> agents = List.of();
    private List<GuidRef> orgs = List.of();
    private List<String> grades = List.of();
    private String password;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Sets the login name; null clears it. */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /** Sets identifiers of the user in other systems (copied; null means none). */
    public Builder userIds(List<UserId> userIds) {
      this.userIds = Copies.list(userIds, "userIds");
      return this;
    }

    /** Sets whether the account is enabled; null clears it. */
    public Builder enabledUser(Boolean enabledUser) {
      this.enabledUser = enabledUser;
      return this;
    }

    /** Sets the given name; null clears it. */
    public Builder givenName(String givenName) {
      this.givenName = givenName;
      return this;
    }

    /** Sets the family name; null clears it. */
    public Builder familyName(String familyName) {
      this.familyName = familyName;
      return this;
    }

    /** Sets the middle name; null clears it. */
    public Builder middleName(String middleName) {
      this.middleName = middleName;
      return this;
    }

    /** Sets the user's role; null clears it. */
    public Builder role(RoleType role) {
      this.role = role;
      return this;
    }

    /** Sets a human-readable identifier such as a student number; null clears it. */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /** Sets the email address; null clears it. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Sets the SMS number; null clears it. */
    public Builder sms(String sms) {
      this.sms = sms;
      return this;
    }

    /** Sets the phone number; null clears it. */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /** Sets related users such as parents (copied; null means none). */
    public Builder agents(List<GuidRef> agents) {
      this.agents = Copies.list(agents, "agents");
      return this;
    }

    /** Sets the orgs the user belongs to (copied; null means none). */
    public Builder orgs(List<GuidRef> orgs) {
      this.orgs = Copies.list(orgs, "orgs");
      return this;
    }

    /** Sets the grade levels (copied; null means none). */
    public Builder grades(List<String> grades) {
      this.grades = Copies.list(grades, "grades");
      return this;
    }

    /** Sets the password (kept out of {@link #toString()}); null clears it. */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Builds the User. */
    public User build() {
      return new User(
          sourcedId,
          status,
          dateLastModified,
          metadata,
          username,
          userIds,
          enabledUser,
          givenName,
          familyName,
          middleName,
          role,
          identifier,
          email,
          sms,
          phone,
          agents,
          orgs,
          grades,
          password);
    }
  }
}
