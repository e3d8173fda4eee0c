package org.oneroster4j.model;

import java.util.Objects;

/**
 * Immutable reference from one entity to another (OneRoster {@code GUIDRef}): the target's
 * sourcedId, its type and optionally its URL.
 *
 * <p>Write bodies usually need only {@link #of(String, GuidRefType)}; references read from a SIS
 * may lack {@code href} or {@code type}.
 *
 * <p>Two references are equal when their sourcedIds are equal: {@code href} and {@code type} are
 * presentation, and a SIS may echo a reference with or without them, so comparing an entity read
 * back with the one written sees no change when only they differ.
 */
public final class GuidRef {
  private final String href;
  private final String sourcedId;
  private final GuidRefType type;

  private GuidRef(Builder b) {
    this.href = b.href;
    this.sourcedId = Objects.requireNonNull(b.sourcedId, "sourcedId");
    this.type = b.type;
  }

  /**
   * Returns a reference to the entity {@code sourcedId} of the given type, without an href.
   *
   * @param sourcedId the sourcedId of the referenced entity; not null
   * @param type the type of the referenced entity, or null
   * @return the new reference
   * @throws NullPointerException if {@code sourcedId} is null
   */
  public static GuidRef of(String sourcedId, GuidRefType type) {
    return builder().sourcedId(sourcedId).type(type).build();
  }

  /** {@return the URL of the referenced entity, or null} */
  public String href() {
    return href;
  }

  /** {@return the sourcedId of the referenced entity; never null} */
  public String sourcedId() {
    return sourcedId;
  }

  /** {@return the type of the referenced entity, or null} */
  public GuidRefType type() {
    return type;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this GuidRef's values, to derive a modified copy} */
  public Builder toBuilder() {
    return new Builder().href(href).sourcedId(sourcedId).type(type);
  }

  /**
   * Returns whether {@code other} is a reference to the same sourcedId; {@code href} and {@code
   * type} are not compared.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof GuidRef that && Objects.equals(sourcedId, that.sourcedId);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(sourcedId);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "GuidRef[" + "href=" + href + ", sourcedId=" + sourcedId + ", type=" + type + "]";
  }

  /** Builds GuidRef values; every setter is named after the property and returns this builder. */
  public static final class Builder {
    private String href;
    private String sourcedId;
    private GuidRefType type;

    private Builder() {}

    /**
     * Sets the URL of the referenced entity; null clears it.
     *
     * @param href the URL of the referenced entity, or null; {@link GuidRef#equals(Object)} ignores
     *     it
     * @return this builder
     */
    public Builder href(String href) {
      this.href = href;
      return this;
    }

    /**
     * Sets the sourcedId of the referenced entity; null clears it.
     *
     * @param sourcedId the sourcedId of the referenced entity; {@link #build()} fails while it is
     *     null
     * @return this builder
     */
    public Builder sourcedId(String sourcedId) {
      this.sourcedId = sourcedId;
      return this;
    }

    /**
     * Sets the type of the referenced entity; null clears it.
     *
     * @param type the type, such as {@link GuidRefType#CLASS}, or null; {@link
     *     GuidRef#equals(Object)} ignores it
     * @return this builder
     */
    public Builder type(GuidRefType type) {
      this.type = type;
      return this;
    }

    /**
     * Builds the GuidRef.
     *
     * @return a new GuidRef with the values set so far
     * @throws NullPointerException if no sourcedId was set
     */
    public GuidRef build() {
      return new GuidRef(this);
    }
  }
}
