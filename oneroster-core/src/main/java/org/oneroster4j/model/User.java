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

  /** {@return the login name, or null} */
  public String username() {
    return username;
  }

  /** {@return identifiers of the user in other systems; never null, may be empty} */
  public List<UserId> userIds() {
    return userIds;
  }

  /** {@return whether the account is enabled, or null} */
  public Boolean enabledUser() {
    return enabledUser;
  }

  /** {@return the given name, or null} */
  public String givenName() {
    return givenName;
  }

  /** {@return the family name, or null} */
  public String familyName() {
    return familyName;
  }

  /** {@return the middle name, or null} */
  public String middleName() {
    return middleName;
  }

  /**
   * {@return the user's role (1.1 {@code role}; filled from the primary role in {@code roles} when
   * a document has {@code roles} but no {@code role}), or null}
   */
  public RoleType role() {
    return role;
  }

  /** {@return a human-readable identifier such as a student number, or null} */
  public String identifier() {
    return identifier;
  }

  /** {@return the email address, or null} */
  public String email() {
    return email;
  }

  /** {@return the SMS number, or null} */
  public String sms() {
    return sms;
  }

  /** {@return the phone number, or null} */
  public String phone() {
    return phone;
  }

  /** {@return related users such as parents; never null, may be empty} */
  public List<GuidRef> agents() {
    return agents;
  }

  /**
   * {@return the orgs the user belongs to (1.1 {@code orgs}; filled from the orgs of {@code roles}
   * when a document has {@code roles} but no {@code orgs}); never null, may be empty}
   */
  public List<GuidRef> orgs() {
    return orgs;
  }

  /** {@return the grade levels; never null, may be empty} */
  public List<String> grades() {
    return grades;
  }

  /** {@return the password (kept out of {@link #toString()}), or null} */
  public String password() {
    return password;
  }

  /**
   * {@return the user's roles per org (1.2 {@code roles}; filled from {@code role} and {@code orgs}
   * when a document without {@code roles}, such as every 1.1 one, is read); never null, may be
   * empty}
   */
  public List<Role> roles() {
    return roles;
  }

  /** {@return the user's profiles in other systems (1.2); never null, may be empty} */
  public List<UserProfile> userProfiles() {
    return userProfiles;
  }

  /** {@return the user's primary org (1.2), or null} */
  public GuidRef primaryOrg() {
    return primaryOrg;
  }

  /** {@return the user's master identifier, which is not the sourcedId (1.2), or null} */
  public String userMasterIdentifier() {
    return userMasterIdentifier;
  }

  /** {@return the preferred first name (1.2), or null} */
  public String preferredFirstName() {
    return preferredFirstName;
  }

  /** {@return the preferred middle name (1.2), or null} */
  public String preferredMiddleName() {
    return preferredMiddleName;
  }

  /** {@return the preferred last name (1.2), or null} */
  public String preferredLastName() {
    return preferredLastName;
  }

  /** {@return the user's pronouns (1.2), or null} */
  public String pronouns() {
    return pronouns;
  }

  /** {@return the user's resources (1.2); never null, may be empty} */
  public List<GuidRef> resources() {
    return resources;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this User's values, to derive a modified copy} */
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

    /**
     * Sets the login name; null clears it.
     *
     * @param username the login name, or null
     * @return this builder
     */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /**
     * Sets identifiers of the user in other systems (copied; null means none).
     *
     * @param userIds the identifiers, each naming the system it comes from (such as {@code
     *     UserId.of("LDAP", "kim")}); null means none
     * @return this builder
     * @throws NullPointerException if {@code userIds} holds a null element
     */
    public Builder userIds(List<UserId> userIds) {
      this.userIds = Copies.list(userIds, "userIds");
      return this;
    }

    /**
     * Sets whether the account is enabled; null clears it.
     *
     * @param enabledUser true if the account is enabled, false if it is disabled, or null if not
     *     known
     * @return this builder
     */
    public Builder enabledUser(Boolean enabledUser) {
      this.enabledUser = enabledUser;
      return this;
    }

    /**
     * Sets the given name; null clears it.
     *
     * @param givenName the given name, or null
     * @return this builder
     */
    public Builder givenName(String givenName) {
      this.givenName = givenName;
      return this;
    }

    /**
     * Sets the family name; null clears it.
     *
     * @param familyName the family name, or null
     * @return this builder
     */
    public Builder familyName(String familyName) {
      this.familyName = familyName;
      return this;
    }

    /**
     * Sets the middle name; null clears it.
     *
     * @param middleName the middle name, or null
     * @return this builder
     */
    public Builder middleName(String middleName) {
      this.middleName = middleName;
      return this;
    }

    /**
     * Sets the user's role; null clears it.
     *
     * @param role the role, or null; while {@code roles} is empty, a 1.2 document is written with
     *     this role as the primary role in each of {@code orgs}
     * @return this builder
     */
    public Builder role(RoleType role) {
      this.role = role;
      return this;
    }

    /**
     * Sets a human-readable identifier such as a student number; null clears it.
     *
     * @param identifier the identifier people use, such as a student number (not the sourcedId), or
     *     null
     * @return this builder
     */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /**
     * Sets the email address; null clears it.
     *
     * @param email the email address, or null
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets the SMS number; null clears it.
     *
     * @param sms the number for text messages, or null
     * @return this builder
     */
    public Builder sms(String sms) {
      this.sms = sms;
      return this;
    }

    /**
     * Sets the phone number; null clears it.
     *
     * @param phone the phone number, or null
     * @return this builder
     */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * Sets related users such as parents (copied; null means none).
     *
     * @param agents references to the related users; null means none
     * @return this builder
     * @throws NullPointerException if {@code agents} holds a null element
     */
    public Builder agents(List<GuidRef> agents) {
      this.agents = Copies.list(agents, "agents");
      return this;
    }

    /**
     * Sets the orgs the user belongs to (copied; null means none).
     *
     * @param orgs references to the orgs; null means none; while {@code roles} is empty, a 1.2
     *     document is written with {@code role} as the primary role in each
     * @return this builder
     * @throws NullPointerException if {@code orgs} holds a null element
     */
    public Builder orgs(List<GuidRef> orgs) {
      this.orgs = Copies.list(orgs, "orgs");
      return this;
    }

    /**
     * Sets the grade levels (copied; null means none).
     *
     * @param grades the grade levels; null means none
     * @return this builder
     * @throws NullPointerException if {@code grades} holds a null element
     */
    public Builder grades(List<String> grades) {
      this.grades = Copies.list(grades, "grades");
      return this;
    }

    /**
     * Sets the password (kept out of {@link User#toString()}); null clears it.
     *
     * @param password the password, or null; written as is when the user is written
     * @return this builder
     */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /**
     * Sets the user's roles per org (1.2 {@code roles}; filled from {@code role} and {@code orgs}
     * when a document without {@code roles}, such as every 1.1 one, is read) (copied; null means
     * none).
     *
     * @param roles the roles, each the user's role in one org; null means none; a 1.1 document,
     *     which has no {@code roles}, takes {@code role} and {@code orgs} from them when those are
     *     not set
     * @return this builder
     * @throws NullPointerException if {@code roles} holds a null element
     */
    public Builder roles(List<Role> roles) {
      this.roles = Copies.list(roles, "roles");
      return this;
    }

    /**
     * Sets the user's profiles in other systems (1.2) (copied; null means none).
     *
     * @param userProfiles the profiles; null means none
     * @return this builder
     * @throws NullPointerException if {@code userProfiles} holds a null element
     */
    public Builder userProfiles(List<UserProfile> userProfiles) {
      this.userProfiles = Copies.list(userProfiles, "userProfiles");
      return this;
    }

    /**
     * Sets the user's primary org (1.2); null clears it.
     *
     * @param primaryOrg a reference to the primary org, or null
     * @return this builder
     */
    public Builder primaryOrg(GuidRef primaryOrg) {
      this.primaryOrg = primaryOrg;
      return this;
    }

    /**
     * Sets the user's master identifier, which is not the sourcedId (1.2); null clears it.
     *
     * @param userMasterIdentifier the master identifier, or null
     * @return this builder
     */
    public Builder userMasterIdentifier(String userMasterIdentifier) {
      this.userMasterIdentifier = userMasterIdentifier;
      return this;
    }

    /**
     * Sets the preferred first name (1.2); null clears it.
     *
     * @param preferredFirstName the preferred first name, or null
     * @return this builder
     */
    public Builder preferredFirstName(String preferredFirstName) {
      this.preferredFirstName = preferredFirstName;
      return this;
    }

    /**
     * Sets the preferred middle name (1.2); null clears it.
     *
     * @param preferredMiddleName the preferred middle name, or null
     * @return this builder
     */
    public Builder preferredMiddleName(String preferredMiddleName) {
      this.preferredMiddleName = preferredMiddleName;
      return this;
    }

    /**
     * Sets the preferred last name (1.2); null clears it.
     *
     * @param preferredLastName the preferred last name, or null
     * @return this builder
     */
    public Builder preferredLastName(String preferredLastName) {
      this.preferredLastName = preferredLastName;
      return this;
    }

    /**
     * Sets the user's pronouns (1.2); null clears it.
     *
     * @param pronouns the pronouns, or null
     * @return this builder
     */
    public Builder pronouns(String pronouns) {
      this.pronouns = pronouns;
      return this;
    }

    /**
     * Sets the user's resources (1.2) (copied; null means none).
     *
     * @param resources references to the resources; null means none
     * @return this builder
     * @throws NullPointerException if {@code resources} holds a null element
     */
    public Builder resources(List<GuidRef> resources) {
      this.resources = Copies.list(resources, "resources");
      return this;
    }

    /**
     * Builds the User.
     *
     * @return a new, immutable User with the values set so far; later setter calls do not change it
     */
    public User build() {
      return new User(this);
    }
  }
}
