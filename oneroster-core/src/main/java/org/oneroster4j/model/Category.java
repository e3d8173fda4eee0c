package org.oneroster4j.model;

import java.time.Instant;
import java.util.Map;

/**
 * Immutable model of a gradebook category that line items are grouped into, such as "Homework"
 * (OneRoster {@code category}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param title the category title, or null
 */
public record Category(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    String title)
    implements OneRosterEntity {

  /** Creates a Category, copying the collections (null becomes empty). */
  public Category {
    metadata = Copies.metadata(metadata);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this Category's values, to derive a modified copy. */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .title(title);
  }

  /** Builds Category values; every setter is named after the property and returns this builder. */
  public static final class Builder extends EntityBuilder<Builder> {
    private String title;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Sets the category title; null clears it. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Builds the Category. */
    public Category build() {
      return new Category(sourcedId, status, dateLastModified, metadata, title);
    }
  }
}
