package org.oneroster4j.export;

import java.util.Objects;
import org.oneroster4j.error.StatusInfo;

/**
 * A warning the SIS sent with a write it accepted: the write succeeded, but the SIS says it changed
 * or doubted something (a rounded score, an ignored field). Kept so that nothing the SIS said is
 * lost; {@link ExportReport#sisWarnings()} lists them.
 *
 * @param kind category, lineItem or result
 * @param sourcedId the written object's sourcedId
 * @param classSourcedId the class, or null for a category
 * @param assignmentId the LMS assignment, or null
 * @param student the student's SIS sourcedId for a result, else null
 * @param httpStatus the SIS's HTTP status for the write (200 or 201, say)
 * @param info what the SIS said (severity, codeMinor, description), already cleaned for terminals
 *     and logs
 */
public record SisWarning(
    ItemKind kind,
    String sourcedId,
    String classSourcedId,
    String assignmentId,
    String student,
    int httpStatus,
    StatusInfo info) {

  /**
   * Validates the components.
   *
   * @param kind the kind
   * @param sourcedId the written object's sourcedId
   * @param classSourcedId the class, or null for a category
   * @param assignmentId the LMS assignment, or null
   * @param student the student's SIS sourcedId for a result, else null
   * @param httpStatus the SIS's HTTP status for the write
   * @param info what the SIS said
   */
  public SisWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(info, "info");
  }

  /**
   * {@return one line for a person: {@code result r-1 (class c-1, student s-1): SIS warning
   * rounded: score rounded to 1 decimal}}
   */
  public String describe() {
    StringBuilder b = new StringBuilder(kind.wire()).append(' ').append(sourcedId);
    String where = classSourcedId == null ? "" : "class " + classSourcedId;
    if (student != null) {
      where += (where.isEmpty() ? "" : ", ") + "student " + student;
    }
    if (!where.isEmpty()) {
      b.append(" (").append(where).append(')');
    }
    b.append(": SIS ").append(info.severity() == null ? "warning" : info.severity());
    if (info.codeMinor() != null) {
      b.append(' ').append(info.codeMinor());
    }
    if (info.description() != null) {
      b.append(": ").append(info.description());
    }
    return b.toString();
  }
}
