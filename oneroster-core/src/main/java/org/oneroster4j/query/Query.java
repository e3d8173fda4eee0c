package org.oneroster4j.query;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to ask a collection endpoint for: a filter, a sort field and order, the fields to return,
 * and the page size. All parts are optional; {@link #all()} asks for everything.
 *
 * <pre>{@code
 * Query q = Query.builder().filter(Filter.eq("status", "active")).sort("familyName").pageSize(500).build();
 * }</pre>
 */
public final class Query {
  private static final Query ALL = builder().build();

  /** Sort order. */
  public enum Order {
    /** Ascending. */
    ASC,
    /** Descending. */
    DESC;

    /** {@return the wire value, {@code asc} or {@code desc}} */
    public String wireValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Filter filter;
  private final String sort;
  private final Order orderBy;
  private final List<String> fields;
  private final Integer pageSize;

  private Query(Builder b) {
    this.filter = b.filter;
    this.sort = b.sort;
    this.orderBy = b.orderBy;
    this.fields = List.copyOf(b.fields);
    this.pageSize = b.pageSize;
  }

  /** {@return a query with no filter, sort or field selection, and the client's page size} */
  public static Query all() {
    return ALL;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's parts.
   *
   * @return a builder initialised with these values
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.filter = filter;
    b.sort = sort;
    b.orderBy = orderBy;
    b.fields = fields;
    b.pageSize = pageSize;
    return b;
  }

  /** {@return the filter, or null} */
  public Filter filter() {
    return filter;
  }

  /** {@return the sort field, or null} */
  public String sort() {
    return sort;
  }

  /** {@return the sort order, or null} */
  public Order orderBy() {
    return orderBy;
  }

  /** {@return the fields to return; empty means all} */
  public List<String> fields() {
    return fields;
  }

  /** {@return the page size ({@code limit}), or null for the client's default} */
  public Integer pageSize() {
    return pageSize;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q
        && Objects.equals(q.filter, filter)
        && Objects.equals(q.sort, sort)
        && q.orderBy == orderBy
        && q.fields.equals(fields)
        && Objects.equals(q.pageSize, pageSize);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filter, sort, orderBy, fields, pageSize);
  }

  @Override
  public String toString() {
    return "Query[filter="
        + filter
        + ", sort="
        + sort
        + ", orderBy="
        + orderBy
        + ", fields="
        + fields
        + ", pageSize="
        + pageSize
        + "]";
  }

  /** Builds a {@link Query}. */
  public static final class Builder {
    private Filter filter;
    private String sort;
    private Order orderBy;
    private List<String> fields = List.of();
    private Integer pageSize;

    private Builder() {}

    /**
     * Only items matching {@code filter}.
     *
     * @param filter the filter
     * @return this builder
     */
    public Builder filter(Filter filter) {
      this.filter = Objects.requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Sort by {@code field}.
     *
     * @param field a field to sort by
     * @return this builder
     */
    public Builder sort(String field) {
      this.sort = Objects.requireNonNull(field, "field");
      return this;
    }

    /**
     * Sort order (use with {@link #sort(String)}).
     *
     * @param order the order
     * @return this builder
     */
    public Builder orderBy(Order order) {
      this.orderBy = Objects.requireNonNull(order, "order");
      return this;
    }

    /**
     * Return only these fields.
     *
     * @param fields the fields the SIS should return
     * @return this builder
     */
    public Builder fields(String... fields) {
      this.fields = List.of(fields);
      return this;
    }

    /**
     * Return only these fields.
     *
     * @param fields the fields the SIS should return
     * @return this builder
     */
    public Builder fields(List<String> fields) {
      this.fields = List.copyOf(fields);
      return this;
    }

    /**
     * Items per page ({@code limit}); at least 1. Servers may return fewer.
     *
     * @param pageSize the limit to ask for
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public Query build() {
      return new Query(this);
    }
  }
}
