package org.oneroster4j.model;

import java.util.Objects;

/**
 * Immutable identifier of a user in another system (OneRoster {@code userIds} entry), for example
 * {@code UserId.of("LDAP", "kim")}.
 */
public final class UserId {
  private final String type;
  private final String identifier;

  private UserId(Builder b) {
    this.type = b.type;
    this.identifier = b.identifier;
  }

  /**
   * Returns an identifier of the given kind.
   *
   * @param type the kind of identifier, or null
   * @param identifier the identifier, or null
   * @return the new identifier
   */
  public static UserId of(String type, String identifier) {
    return builder().type(type).identifier(identifier).build();
  }

  /** {@return the kind of identifier, or null} */
  public String type() {
    return type;
  }

  /** {@return the identifier, or null} */
  public String identifier() {
    return identifier;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this UserId's values, to derive a modified copy} */
  public Builder toBuilder() {
    return new Builder().type(type).identifier(identifier);
  }

  /** Returns whether {@code other} is a UserId with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof UserId that
        && Objects.equals(type, that.type)
        && Objects.equals(identifier, that.identifier);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(type, identifier);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "UserId[" + "type=" + type + ", identifier=" + identifier + "]";
  }

  /** Builds UserId values; every setter is named after the property and returns this builder. */
  public static final class Builder {
    private String type;
    private String identifier;

    private Builder() {}

    /**
     * Sets the kind of identifier; null clears it.
     *
     * @param type the kind, such as {@code "LDAP"}, or null to leave it out of the JSON
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the identifier; null clears it.
     *
     * @param identifier the user's identifier in that system, such as {@code "kim"}, or null
     * @return this builder
     */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /**
     * Builds the UserId.
     *
     * @return a new UserId with the values set so far
     */
    public UserId build() {
      return new UserId(this);
    }
  }
}
