package org.oneroster4j.error;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown before any request is sent when what the caller asked for is invalid: every problem is
 * listed, not just the first.
 */
public class ValidationException extends OneRosterException {
  private static final long serialVersionUID = 1L;

  /** One problem: which field, what is wrong with it, and how to fix it. */
  public record Violation(String field, String message) {
    /**
     * Creates a violation; both parts are required.
     *
     * @param field the field or JSON path the problem is at
     * @param message what happened and what to do about it
     */
    public Violation {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  /** What was validated. */
  private final String subject;

  /** Every problem found. */
  private final List<Violation> violations;

  /**
   * Creates an exception for {@code subject} (for example {@code "lineItem li-1"}) listing every
   * violation.
   *
   * @param subject what was validated, e.g. {@code "gradebook JSON"}
   * @param violations every problem found, at least one
   */
  public ValidationException(String subject, List<Violation> violations) {
    super(format(subject, violations));
    this.subject = Objects.requireNonNull(subject, "subject");
    this.violations = List.copyOf(violations);
  }

  /** {@return what was validated, for example {@code "lineItem li-1"}} */
  public String subject() {
    return subject;
  }

  /** {@return every problem found, in the order checked; never empty} */
  public List<Violation> violations() {
    return violations;
  }

  private static String format(String subject, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    return "Invalid "
        + subject
        + " ("
        + violations.size()
        + (violations.size() == 1 ? " problem): " : " problems): ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
