package org.oneroster4j;

import java.util.List;
import java.util.Objects;

/**
 * The OAuth 2 scope URIs OneRoster defines, and the set a grade export requests. The one place
 * these strings live: the client, the connection check and the testkit all use it.
 */
public final class OneRosterScopes {
  /** Read the roster (classes, users, enrollments, class-scoped reads). */
  public static final String ROSTER_READONLY = "roster.readonly";

  /** Read the roster's core objects only (not class-scoped reads). */
  public static final String ROSTER_CORE_READONLY = "roster-core.readonly";

  /** Read demographics. */
  public static final String ROSTER_DEMOGRAPHICS_READONLY = "roster-demographics.readonly";

  /** Read the gradebook (categories, line items, results, score scales). */
  public static final String GRADEBOOK_READONLY = "gradebook.readonly";

  /** Create or replace gradebook objects with PUT. */
  public static final String GRADEBOOK_CREATEPUT = "gradebook.createput";

  /** Delete gradebook objects. */
  public static final String GRADEBOOK_DELETE = "gradebook.delete";

  /** Read the assessment profile: assessment line items and assessment results (OneRoster 1.2). */
  public static final String ASSESSMENT_READONLY = "assessment.readonly";

  /** Create or replace assessment line items and assessment results with PUT (OneRoster 1.2). */
  public static final String ASSESSMENT_CREATEPUT = "assessment.createput";

  /** Delete assessment line items and assessment results (OneRoster 1.2). */
  public static final String ASSESSMENT_DELETE = "assessment.delete";

  /** Read learning resources. */
  public static final String RESOURCE_READONLY = "resource.readonly";

  /** The scope names a grade export needs, in the order they are requested. */
  public static final List<String> GRADE_EXPORT =
      List.of(ROSTER_READONLY, GRADEBOOK_READONLY, GRADEBOOK_CREATEPUT, GRADEBOOK_DELETE);

  private OneRosterScopes() {}

  /**
   * {@return the scope URI of {@code name} in {@code version}, for example {@code
   * https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly}}
   *
   * @param version the OneRoster version
   * @param name the name
   */
  public static String uri(OneRosterVersion version, String name) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(name, "name");
    return "https://purl.imsglobal.org/spec/or/" + version.pathSegment() + "/scope/" + name;
  }

  /**
   * {@return the URIs of {@link #GRADE_EXPORT} in {@code version}, space-separated as a token
   * request sends them}
   *
   * @param version the OneRoster version
   */
  public static String gradeExport(OneRosterVersion version) {
    StringBuilder b = new StringBuilder();
    for (String name : GRADE_EXPORT) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(uri(version, name));
    }
    return b.toString();
  }
}
