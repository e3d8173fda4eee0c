package org.oneroster4j.query;

import java.util.Objects;

/**
 * A OneRoster 1.1 filter expression, {@code field<op>'value'}, optionally joined with {@code AND}
 * or {@code OR}. Values are always single-quoted; a quote inside a value is doubled. {@link
 * #toString()} is the wire expression (the client URL-encodes it).
 *
 * <pre>{@code
 * Filter f = Filter.eq("status", "active").and(Filter.gt("dateLastModified", "2026-01-01T00:00:00Z"));
 * // status='active' AND dateLastModified>'2026-01-01T00:00:00Z'
 * }</pre>
 *
 * <p>OneRoster 1.1 recommends one logical operator per filter and has no parentheses, so mixing
 * {@code and} and {@code or} in one filter is refused.
 */
public final class Filter {
  private final String expression;
  private final String logical; // null for a single predicate, else "AND" or "OR"

  private Filter(String expression, String logical) {
    this.expression = expression;
    this.logical = logical;
  }

  /**
   * {@code field='value'}.
   *
   * @param field the field to compare, e.g. {@code "status"}
   * @param value the value to compare with (sent quoted)
   * @return the filter
   */
  public static Filter eq(String field, String value) {
    return predicate(field, "=", value);
  }

  /**
   * {@code field!='value'}.
   *
   * @param field the field to compare, e.g. {@code "status"}
   * @param value the value to compare with (sent quoted)
   * @return the filter
   */
  public static Filter ne(String field, String value) {
    return predicate(field, "!=", value);
  }

  /**
   * {@code field>'value'}.
   *
   * @param field the field to compare, e.g. {@code "status"}
   * @param value the value to compare with (sent quoted)
   * @return the filter
   */
  public static Filter gt(String field, String value) {
    return predicate(field, ">", value);
  }

  /**
   * {@code field>='value'}.
   *
   * @param field the field to compare, e.g. {@code "status"}
   * @param value the value to compare with (sent quoted)
   * @return the filter
   */
  public static Filter ge(String field, String value) {
    return predicate(field, ">=", value);
  }

  /**
   * {@code field<'value'}.
   *
   * @param field the field to compare, e.g. {@code "status"}
   * @param value the value to compare with (sent quoted)
   * @return the filter
   */
  public static Filter lt(String field, String value) {
    return predicate(field, "<", value);
  }

  /**
   * {@code field<='value'}.
   *
   * @param field the field to compare, e.g. {@code "status"}
   * @param value the value to compare with (sent quoted)
   * @return the filter
   */
  public static Filter le(String field, String value) {
    return predicate(field, "<=", value);
  }

  /**
   * {@code field~'value'} (contains).
   *
   * @param field the field to compare, e.g. {@code "status"}
   * @param value the value to compare with (sent quoted)
   * @return the filter
   */
  public static Filter contains(String field, String value) {
    return predicate(field, "~", value);
  }

  /**
   * {@return this filter {@code AND} {@code other}}
   *
   * @param other the other condition
   */
  public Filter and(Filter other) {
    return join("AND", other);
  }

  /**
   * {@return this filter {@code OR} {@code other}}
   *
   * @param other the other condition
   */
  public Filter or(Filter other) {
    return join("OR", other);
  }

  /** The wire expression, for example {@code email='kim@example.org'}. */
  @Override
  public String toString() {
    return expression;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Filter f && f.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  private Filter join(String op, Filter other) {
    Objects.requireNonNull(other, "other");
    if ((logical != null && !logical.equals(op))
        || (other.logical != null && !other.logical.equals(op))) {
      throw new IllegalArgumentException(
          "OneRoster 1.1 filters cannot mix AND and OR (there are no parentheses); split the"
              + " query or filter the rest on the client");
    }
    return new Filter(expression + " " + op + " " + other.expression, op);
  }

  private static Filter predicate(String field, String op, String value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    if (field.isEmpty() || !field.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
      throw new IllegalArgumentException(
          "Not a OneRoster field name: '" + field + "' (letters, digits, '_' and '.' only)");
    }
    return new Filter(field + op + "'" + value.replace("'", "''") + "'", null);
  }
}
