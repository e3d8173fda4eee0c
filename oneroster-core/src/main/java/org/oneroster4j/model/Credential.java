package org.oneroster4j.model;

import java.util.Objects;

/**
 * Immutable login credential of a user profile (OneRoster 1.2 {@code credentials} entry); {@link
 * #toString()} never shows the password.
 */
public final class Credential {
  private final String type;
  private final String username;
  private final String password;

  private Credential(Builder b) {
    this.type = b.type;
    this.username = b.username;
    this.password = b.password;
  }

  /** {@return the kind of credential, or null} */
  public String type() {
    return type;
  }

  /** {@return the login name, or null} */
  public String username() {
    return username;
  }

  /** {@return the password (kept out of {@link #toString()}), or null} */
  public String password() {
    return password;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this Credential's values, to derive a modified copy} */
  public Builder toBuilder() {
    return new Builder().type(type).username(username).password(password);
  }

  /** Returns whether {@code other} is a Credential with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Credential that
        && Objects.equals(type, that.type)
        && Objects.equals(username, that.username)
        && Objects.equals(password, that.password);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(type, username, password);
  }

  /**
   * Returns a description of every field that shows whether a password is set but never the
   * password.
   */
  @Override
  public String toString() {
    return "Credential["
        + "type="
        + type
        + ", username="
        + username
        + ", password="
        + (password == null ? "null" : "***")
        + "]";
  }

  /**
   * Builds Credential values; every setter is named after the property and returns this builder.
   */
  public static final class Builder {
    private String type;
    private String username;
    private String password;

    private Builder() {}

    /**
     * Sets the kind of credential; null clears it.
     *
     * @param type the kind of credential, or null to leave {@code type} out of the JSON
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the login name; null clears it.
     *
     * @param username the login name in the profile's system, or null to leave it out of the JSON
     * @return this builder
     */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /**
     * Sets the password (kept out of {@link Credential#toString()}); null clears it.
     *
     * @param password the password, or null; it is written to the JSON as it is, so only {@code
     *     toString()} hides it
     * @return this builder
     */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /**
     * Builds the Credential.
     *
     * @return a new Credential with the values set so far
     */
    public Credential build() {
      return new Credential(this);
    }
  }
}
