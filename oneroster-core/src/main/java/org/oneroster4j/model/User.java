package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of a user: a student, teacher, parent or other person (OneRoster {@code user});
 * {@link #toString()} never shows the password.
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class User implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final String username;
  private final List<UserId> userIds;
  private final Boolean enabledUser;
  private final String givenName;
  private final String familyName;
  private final String middleName;
  private final RoleType role;
  private final String identifier;
  private final String email;
  private final String sms;
  private final String phone;
  private final List<GuidRef> agents;
  private final List<GuidRef> orgs;
  private final List<String> grades;
  private final String password;
  private final List<Role> roles;
  private final List<UserProfile> userProfiles;
  private final GuidRef primaryOrg;
  private final String userMasterIdentifier;
  private final String preferredFirstName;
  private final String preferredMiddleName;
  private final String preferredLastName;
  private final String pronouns;
  private final List<GuidRef> resources;

  private User(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.username = b.username;
    this.userIds = Copies.list(b.userIds, "userIds");
    this.enabledUser = b.enabledUser;
    this.givenName = b.givenName;
    this.familyName = b.familyName;
    this.middleName = b.middleName;
    this.role = b.role;
    this.identifier = b.identifier;
    this.email = b.email;
    this.sms = b.sms;
    this.phone = b.phone;
    this.agents = Copies.list(b.agents, "agents");
    this.orgs = Copies.list(b.orgs, "orgs");
    this.grades = Copies.list(b.grades, "grades");
    this.password = b.password;
    this.roles = Copies.list(b.roles, "roles");
    this.userProfiles = Copies.list(b.userProfiles, "userProfiles");
    this.primaryOrg = b.primaryOrg;
    this.userMasterIdentifier = b.userMasterIdentifier;
    this.preferredFirstName = b.preferredFirstName;
    this.preferredMiddleName = b.preferredMiddleName;
    this.preferredLastName = b.preferredLastName;
    this.pronouns = b.pronouns;
    this.resources = Copies.list(b.resources, "resources");
  }

  /** Returns the entity's unique, opaque identifier, or null. */
  @Override
  public String sourcedId() {
    return sourcedId;
  }

  /** Returns the lifecycle status, or null. */
  @Override
  public StatusType status() {
    return status;
  }

  /** Returns when the entity was last modified, or null. */
  @Override
  public Instant dateLastModified() {
    return dateLastModified;
  }

  /** Returns extension data; never null, may be empty. */
  @Override
  public Map<String, Object> metadata() {
    return metadata;
  }

  /** Returns the login name, or null. */
  public String username() {
    return username;
  }

  /** Returns identifiers of the user in other systems; never null, may be empty. */
  public List<UserId> userIds() {
    return userIds;
  }

  /** Returns whether the account is enabled, or null. */
  public Boolean enabledUser() {
    return enabledUser;
  }

  /** Returns the given name, or null. */
  public String givenName() {
    return givenName;
  }

  /** Returns the family name, or null. */
  public String familyName() {
    return familyName;
  }

  /** Returns the middle name, or null. */
  public String middleName() {
    return middleName;
  }

  /** Returns the user's role, or null. */
  public RoleType role() {
    return role;
  }

  /** Returns a human-readable identifier such as a student number, or null. */
  public String identifier() {
    return identifier;
  }

  /** Returns the email address, or null. */
  public String email() {
    return email;
  }

  /** Returns the SMS number, or null. */
  public String sms() {
    return sms;
  }

  /** Returns the phone number, or null. */
  public String phone() {
    return phone;
  }

  /** Returns related users such as parents; never null, may be empty. */
  public List<GuidRef> agents() {
    return agents;
  }

  /** Returns the orgs the user belongs to; never null, may be empty. */
  public List<GuidRef> orgs() {
    return orgs;
  }

  /** Returns the grade levels; never null, may be empty. */
  public List<String> grades() {
    return grades;
  }

  /** Returns the password (kept out of {@link #toString()}), or null. */
  public String password() {
    return password;
  }

  /**
   * Returns the user's roles per org (1.2 {@code roles}; filled from {@code role} and {@code orgs}
   * when a 1.1 document is read); never null, may be empty.
   */
  public List<Role> roles() {
    return roles;
  }

  /** Returns the user's profiles in other systems (1.2); never null, may be empty. */
  public List<UserProfile> userProfiles() {
    return userProfiles;
  }

  /** Returns the user's primary org (1.2), or null. */
  public GuidRef primaryOrg() {
    return primaryOrg;
  }

  /** Returns the user's master identifier, which is not the sourcedId (1.2), or null. */
  public String userMasterIdentifier() {
    return userMasterIdentifier;
  }

  /** Returns the preferred first name (1.2), or null. */
  public String preferredFirstName() {
    return preferredFirstName;
  }

  /** Returns the preferred middle name (1.2), or null. */
  public String preferredMiddleName() {
    return preferredMiddleName;
  }

  /** Returns the preferred last name (1.2), or null. */
  public String preferredLastName() {
    return preferredLastName;
  }

  /** Returns the user's pronouns (1.2), or null. */
  public String pronouns() {
    return pronouns;
  }

  /** Returns the user's resources (1.2); never null, may be empty. */
  public List<GuidRef> resources() {
    return resources;
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
        .password(password)
        .roles(roles)
        .userProfiles(userProfiles)
        .primaryOrg(primaryOrg)
        .userMasterIdentifier(userMasterIdentifier)
        .preferredFirstName(preferredFirstName)
        .preferredMiddleName(preferredMiddleName)
        .preferredLastName(preferredLastName)
        .pronouns(pronouns)
        .resources(resources);
  }

  /** Returns whether {@code other} is a User with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof User that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(username, that.username)
        && Objects.equals(userIds, that.userIds)
        && Objects.equals(enabledUser, that.enabledUser)
        && Objects.equals(givenName, that.givenName)
        && Objects.equals(familyName, that.familyName)
        && Objects.equals(middleName, that.middleName)
        && Objects.equals(role, that.role)
        && Objects.equals(identifier, that.identifier)
        && Objects.equals(email, that.email)
        && Objects.equals(sms, that.sms)
        && Objects.equals(phone, that.phone)
        && Objects.equals(agents, that.agents)
        && Objects.equals(orgs, that.orgs)
        && Objects.equals(grades, that.grades)
        && Objects.equals(password, that.password)
        && Objects.equals(roles, that.roles)
        && Objects.equals(userProfiles, that.userProfiles)
        && Objects.equals(primaryOrg, that.primaryOrg)
        && Objects.equals(userMasterIdentifier, that.userMasterIdentifier)
        && Objects.equals(preferredFirstName, that.preferredFirstName)
        && Objects.equals(preferredMiddleName, that.preferredMiddleName)
        && Objects.equals(preferredLastName, that.preferredLastName)
        && Objects.equals(pronouns, that.pronouns)
        && Objects.equals(resources, that.resources);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(
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
        password,
        roles,
        userProfiles,
        primaryOrg,
        userMasterIdentifier,
        preferredFirstName,
        preferredMiddleName,
        preferredLastName,
        pronouns,
        resources);
  }

  /**
   * Returns a description of every field that shows whether a password is set but never the
   * password.
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
        + ", roles="
        + roles
        + ", userProfiles="
        + userProfiles
        + ", primaryOrg="
        + primaryOrg
        + ", userMasterIdentifier="
        + userMasterIdentifier
        + ", preferredFirstName="
        + preferredFirstName
        + ", preferredMiddleName="
        + preferredMiddleName
        + ", preferredLastName="
        + preferredLastName
        + ", pronouns="
        + pronouns
        + ", resources="
        + resources
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
    private List<Role> roles = List.of();
    private List<UserProfile> userProfiles = List.of();
    private GuidRef primaryOrg;
    private String userMasterIdentifier;
    private String preferredFirstName;
    private String preferredMiddleName;
    private String preferredLastName;
    private String pronouns;
    private List<GuidRef> resources = List.of();

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

    /**
     * Sets the user's roles per org (1.2 {@code roles}; filled from {@code role} and {@code orgs}
     * when a 1.1 document is read) (copied; null means none).
     */
    public Builder roles(List<Role> roles) {
      this.roles = Copies.list(roles, "roles");
      return this;
    }

    /** Sets the user's profiles in other systems (1.2) (copied; null means none). */
    public Builder userProfiles(List<UserProfile> userProfiles) {
      this.userProfiles = Copies.list(userProfiles, "userProfiles");
      return this;
    }

    /** Sets the user's primary org (1.2); null clears it. */
    public Builder primaryOrg(GuidRef primaryOrg) {
      this.primaryOrg = primaryOrg;
      return this;
    }

    /** Sets the user's master identifier, which is not the sourcedId (1.2); null clears it. */
    public Builder userMasterIdentifier(String userMasterIdentifier) {
      this.userMasterIdentifier = userMasterIdentifier;
      return this;
    }

    /** Sets the preferred first name (1.2); null clears it. */
    public Builder preferredFirstName(String preferredFirstName) {
      this.preferredFirstName = preferredFirstName;
      return this;
    }

    /** Sets the preferred middle name (1.2); null clears it. */
    public Builder preferredMiddleName(String preferredMiddleName) {
      this.preferredMiddleName = preferredMiddleName;
      return this;
    }

    /** Sets the preferred last name (1.2); null clears it. */
    public Builder preferredLastName(String preferredLastName) {
      this.preferredLastName = preferredLastName;
      return this;
    }

    /** Sets the user's pronouns (1.2); null clears it. */
    public Builder pronouns(String pronouns) {
      this.pronouns = pronouns;
      return this;
    }

    /** Sets the user's resources (1.2) (copied; null means none). */
    public Builder resources(List<GuidRef> resources) {
      this.resources = Copies.list(resources, "resources");
      return this;
    }

    /** Builds the User. */
    public User build() {
      return new User(this);
    }
  }
}
