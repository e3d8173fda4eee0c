package org.oneroster4j.model;

/**
 * Immutable identifier of a user in another system (OneRoster {@code userIds} entry), for example
 * {@code UserId("LDAP", "kim")}.
 *
 * @param type the kind of identifier, or null
 * @param identifier the identifier, or null
 */
public record UserId(String type, String identifier) {

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this identifier's values, to derive a modified copy. */
  public Builder toBuilder() {
    return new Builder().type(type).identifier(identifier);
  }

  /** Builds UserId values; every setter is named after the property and returns this builder. */
  public static final class Builder {
    private String type;
    private String identifier;

    private Builder() {}

    /** Sets the kind of identifier; null clears it. */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /** Sets the identifier; null clears it. */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /** Builds the identifier. */
    public UserId build() {
      return new UserId(type, identifier);
    }
  }
}
