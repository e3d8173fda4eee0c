package org.oneroster4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Immutable model of an organisation: a school, district, department, state, national or local body
 * (OneRoster {@code org}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param name the organisation's name, or null
 * @param type the kind of organisation, or null
 * @param identifier a human-readable identifier such as a state school code, or null
 * @param parent the parent org, or null
 * @param children the child orgs; never null, may be empty
 */
public record Org(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    String name,
    OrgType type,
    String identifier,
    GuidRef parent,
    List<GuidRef> children)
    implements OneRosterEntity {

  /** Creates a Org, copying the collections (null becomes empty). */
  public Org {
    metadata = Copies.metadata(metadata);
    children = Copies.list(children, "children");
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this Org's values, to derive a modified copy. */
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

    /** Sets the organisation's name; null clears it. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the kind of organisation; null clears it. */
    public Builder type(OrgType type) {
      this.type = type;
      return this;
    }

    /** Sets a human-readable identifier such as a state school code; null clears it. */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /** Sets the parent org; null clears it. */
    public Builder parent(GuidRef parent) {
      this.parent = parent;
      return this;
    }

    /** Sets the child orgs (copied; null means none). */
    public Builder children(List<GuidRef> children) {
      this.children = Copies.list(children, "children");
      return this;
    }

    /** Builds the Org. */
    public Org build() {
      return new Org(
          sourcedId, status, dateLastModified, metadata, name, type, identifier, parent, children);
    }
  }
}
