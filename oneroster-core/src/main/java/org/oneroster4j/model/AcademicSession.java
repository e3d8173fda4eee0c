package org.oneroster4j.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Immutable model of an academic session: a school year, semester, term or grading period
 * (OneRoster {@code academicSession}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param title the session's title, or null
 * @param startDate the first day, or null
 * @param endDate the last day, or null
 * @param type the kind of session, or null
 * @param parent the enclosing session, or null
 * @param children the sessions inside this one; never null, may be empty
 * @param schoolYear the school year as {@code YYYY}, the calendar year in which it ends, or null
 */
public record AcademicSession(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    String title,
    LocalDate startDate,
    LocalDate endDate,
    SessionType type,
    GuidRef parent,
    List<GuidRef> children,
    String schoolYear)
    implements OneRosterEntity {

  /** Creates a AcademicSession, copying the collections (null becomes empty). */
  public AcademicSession {
    metadata = Copies.metadata(metadata);
    children = Copies.list(children, "children");
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this AcademicSession's values, to derive a modified copy.
   */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .title(title)
        .startDate(startDate)
        .endDate(endDate)
        .type(type)
        .parent(parent)
        .children(children)
        .schoolYear(schoolYear);
  }

  /**
   * Builds AcademicSession values; every setter is named after the property and returns this
   * builder.
   */
  public static final class Builder extends EntityBuilder<Builder> {
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private SessionType type;
    private GuidRef parent;
    private List<GuidRef> children = List.of();
    private String schoolYear;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Sets the session's title; null clears it. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the first day; null clears it. */
    public Builder startDate(LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /** Sets the last day; null clears it. */
    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    /** Sets the kind of session; null clears it. */
    public Builder type(SessionType type) {
      this.type = type;
      return this;
    }

    /** Sets the enclosing session; null clears it. */
    public Builder parent(GuidRef parent) {
      this.parent = parent;
      return this;
    }

    /** Sets the sessions inside this one (copied; null means none). */
    public Builder children(List<GuidRef> children) {
      this.children = Copies.list(children, "children");
      return this;
    }

    /**
     * Sets the school year as {@code YYYY}, the calendar year in which it ends; null leaves it
     * unset.
     */
    public Builder schoolYear(String schoolYear) {
      this.schoolYear = schoolYear;
      return this;
    }

    /** Builds the AcademicSession. */
    public AcademicSession build() {
      return new AcademicSession(
          sourcedId,
          status,
          dateLastModified,
          metadata,
          title,
          startDate,
          endDate,
          type,
          parent,
          children,
          schoolYear);
    }
  }
}
