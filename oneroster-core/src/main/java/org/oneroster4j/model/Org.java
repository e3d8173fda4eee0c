package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of an organisation: a school, district, department, state, national or local body
 * (OneRoster {@code org}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class Org implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final String name;
  private final OrgType type;
  private final String identifier;
  private final GuidRef parent;
  private final List<GuidRef> children;

  private Org(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.name = b.name;
    this.type = b.type;
    this.identifier = b.identifier;
    this.parent = b.parent;
    this.children = Copies.list(b.children, "children");
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

  /** {@return the organisation's name, or null} */
  public String name() {
    return name;
  }

  /** {@return the kind of organisation, or null} */
  public OrgType type() {
    return type;
  }

  /** {@return a human-readable identifier such as a state school code, or null} */
  public String identifier() {
    return identifier;
  }

  /** {@return the parent org, or null} */
  public GuidRef parent() {
    return parent;
  }

  /** {@return the child orgs; never null, may be empty} */
  public List<GuidRef> children() {
    return children;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this Org's values, to derive a modified copy} */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .name(name)
        .type(type)
        .identifier(identifier)
        .parent(parent)
        .children(children);
  }

  /** Returns whether {@code other} is an Org with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Org that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(name, that.name)
        && Objects.equals(type, that.type)
        && Objects.equals(identifier, that.identifier)
        && Objects.equals(parent, that.parent)
        && Objects.equals(children, that.children);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(
        sourcedId, status, dateLastModified, metadata, name, type, identifier, parent, children);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "Org["
        + "sourcedId="
        + sourcedId
        + ", status="
        + status
        + ", dateLastModified="
        + dateLastModified
        + ", metadata="
        + metadata
        + ", name="
        + name
        + ", type="
        + type
        + ", identifier="
        + identifier
        + ", parent="
        + parent
        + ", children="
        + children
        + "]";
  }

  /** Builds Org values; every setter is named after the property and returns this builder. */
  public static final class Builder extends EntityBuilder<Builder> {
    private String name;
    private OrgType type;
    private String identifier;
    private GuidRef parent;
    private List<GuidRef> children = List.of();

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the organisation's name; null clears it.
     *
     * @param name the organisation's name, or null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the kind of organisation; null clears it.
     *
     * @param type the kind, such as {@link OrgType#SCHOOL} or {@link OrgType#DISTRICT}, or null
     * @return this builder
     */
    public Builder type(OrgType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets a human-readable identifier such as a state school code; null clears it.
     *
     * @param identifier the identifier, or null; unlike the sourcedId it is meant to be read by
     *     people
     * @return this builder
     */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /**
     * Sets the parent org; null clears it.
     *
     * @param parent a reference to the parent org, such as a school's district, or null
     * @return this builder
     */
    public Builder parent(GuidRef parent) {
      this.parent = parent;
      return this;
    }

    /**
     * Sets the child orgs (copied; null means none).
     *
     * @param children references to the child orgs, such as a district's schools; null means none
     * @return this builder
     * @throws NullPointerException if {@code children} contains a null element
     */
    public Builder children(List<GuidRef> children) {
      this.children = Copies.list(children, "children");
      return this;
    }

    /**
     * Builds the Org.
     *
     * @return a new Org with the values set so far
     */
    public Org build() {
      return new Org(this);
    }
  }
}
