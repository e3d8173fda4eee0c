package org.oneroster4j.model;

import java.util.Objects;

/**
 * Immutable reference from one entity to another (OneRoster {@code GUIDRef}): the target's
 * sourcedId, its type and optionally its URL.
 *
 * <p>Write bodies usually need only {@link #of(String, GuidRefType)}; references read from a SIS
 * may lack {@code href} or {@code type}.
 *
 * @param href the URL of the referenced entity, or null
 * @param sourcedId the sourcedId of the referenced entity; never null
 * @param type the type of the referenced entity, or null
 */
public record GuidRef(String href, String sourcedId, GuidRefType type) {

  /** Creates a reference; {@code sourcedId} is required. */
  public GuidRef {
    Objects.requireNonNull(sourcedId, "sourcedId");
  }

  /**
   * Returns a reference to the entity {@code sourcedId} of the given type, without an href.
   *
   * @param sourcedId the sourcedId of the referenced entity; not null
   * @param type the type of the referenced entity, or null
   */
  public static GuidRef of(String sourcedId, GuidRefType type) {
    return new GuidRef(null, sourcedId, type);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this reference's values, to derive a modified copy. */
  public Builder toBuilder() {
    return new Builder().href(href).sourcedId(sourcedId).type(type);
  }

  /** Builds GuidRef values; every setter is named after the property and returns this builder. */
  public static final class Builder {
    private String href;
    private String sourcedId;
    private GuidRefType type;

    private Builder() {}

    /** Sets the URL of the referenced entity; null clears it. */
    public Builder href(String href) {
      this.href = href;
      return this;
    }

    /** Sets the sourcedId of the referenced entity (required). */
    public Builder sourcedId(String sourcedId) {
      this.sourcedId = sourcedId;
      return this;
    }

    /** Sets the type of the referenced entity; null clears it. */
    public Builder type(GuidRefType type) {
      this.type = type;
      return this;
    }

    /**
     * Builds the reference.
     *
     * @throws NullPointerException if no sourcedId was set
     */
    public GuidRef build() {
      return new GuidRef(href, sourcedId, type);
    }
  }
}
