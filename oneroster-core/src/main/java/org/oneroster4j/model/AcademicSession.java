package org.oneroster4j.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of an academic session: a school year, semester, term or grading period
 * (OneRoster {@code academicSession}).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class AcademicSession implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final String title;
  private final LocalDate startDate;
  private final LocalDate endDate;
  private final SessionType type;
  private final GuidRef parent;
  private final List<GuidRef> children;
  private final String schoolYear;

  private AcademicSession(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.title = b.title;
    this.startDate = b.startDate;
    this.endDate = b.endDate;
    this.type = b.type;
    this.parent = b.parent;
    this.children = Copies.list(b.children, "children");
    this.schoolYear = b.schoolYear;
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

  /** {@return the session's title, or null} */
  public String title() {
    return title;
  }

  /** {@return the first day, or null} */
  public LocalDate startDate() {
    return startDate;
  }

  /** {@return the last day, or null} */
  public LocalDate endDate() {
    return endDate;
  }

  /** {@return the kind of session, or null} */
  public SessionType type() {
    return type;
  }

  /** {@return the enclosing session, or null} */
  public GuidRef parent() {
    return parent;
  }

  /** {@return the sessions inside this one; never null, may be empty} */
  public List<GuidRef> children() {
    return children;
  }

  /** {@return the school year as {@code YYYY}, the calendar year in which it ends, or null} */
  public String schoolYear() {
    return schoolYear;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder initialised with this AcademicSession's values, to derive a modified copy}
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

  /** Returns whether {@code other} is a AcademicSession with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof AcademicSession that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(title, that.title)
        && Objects.equals(startDate, that.startDate)
        && Objects.equals(endDate, that.endDate)
        && Objects.equals(type, that.type)
        && Objects.equals(parent, that.parent)
        && Objects.equals(children, that.children)
        && Objects.equals(schoolYear, that.schoolYear);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(
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

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "AcademicSession["
        + "sourcedId="
        + sourcedId
        + ", status="
        + status
        + ", dateLastModified="
        + dateLastModified
        + ", metadata="
        + metadata
        + ", title="
        + title
        + ", startDate="
        + startDate
        + ", endDate="
        + endDate
        + ", type="
        + type
        + ", parent="
        + parent
        + ", children="
        + children
        + ", schoolYear="
        + schoolYear
        + "]";
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

    /**
     * Sets the session's title; null clears it.
     *
     * @param title the session's title, or null to clear it; {@link
     *     org.oneroster4j.export.ClassLinker} shows it as a class's term
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the first day; null clears it.
     *
     * @param startDate the first day of the session, or null to clear it
     * @return this builder
     */
    public Builder startDate(LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /**
     * Sets the last day; null clears it.
     *
     * @param endDate the last day of the session, or null to clear it
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    /**
     * Sets the kind of session; null clears it.
     *
     * @param type {@link SessionType#SCHOOL_YEAR}, {@link SessionType#SEMESTER}, {@link
     *     SessionType#TERM}, {@link SessionType#GRADING_PERIOD} or another value from {@link
     *     SessionType#of(String)}, or null to clear it
     * @return this builder
     */
    public Builder type(SessionType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the enclosing session; null clears it.
     *
     * @param parent a reference to the enclosing session, such as a term's school year, or null to
     *     clear it
     * @return this builder
     */
    public Builder parent(GuidRef parent) {
      this.parent = parent;
      return this;
    }

    /**
     * Sets the sessions inside this one (copied; null means none).
     *
     * @param children references to the sessions inside this one; copied; null means none; null
     *     elements are rejected
     * @return this builder
     */
    public Builder children(List<GuidRef> children) {
      this.children = Copies.list(children, "children");
      return this;
    }

    /**
     * Sets the school year as {@code YYYY}, the calendar year in which it ends; null clears it.
     *
     * @param schoolYear four digits, such as {@code "2025"} for 2024-25; kept as given (not
     *     checked), or null to clear it
     * @return this builder
     */
    public Builder schoolYear(String schoolYear) {
      this.schoolYear = schoolYear;
      return this;
    }

    /**
     * Builds the AcademicSession.
     *
     * @return a new AcademicSession with the values set so far; no value is required
     */
    public AcademicSession build() {
      return new AcademicSession(this);
    }
  }
}
