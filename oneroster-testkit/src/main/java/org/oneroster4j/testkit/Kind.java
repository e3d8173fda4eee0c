package org.oneroster4j.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oneroster4j.json.EntityJson;

/**
 * The OneRoster entity types the fake SIS serves, with their envelope keys and their own fields
 * (those of 1.1 and 1.2 together).
 */
enum Kind {
  ORG("org", "orgs", "name", "type", "identifier", "parent", "children"),
  ACADEMIC_SESSION(
      "academicSession",
      "academicSessions",
      "title",
      "startDate",
      "endDate",
      "type",
      "parent",
      "children",
      "schoolYear"),
  COURSE(
      "course",
      "courses",
      "title",
      "schoolYear",
      "courseCode",
      "grades",
      "subjects",
      "org",
      "subjectCodes",
      "resources"),
  CLASS(
      "class",
      "classes",
      "title",
      "classCode",
      "classType",
      "location",
      "grades",
      "subjects",
      "course",
      "school",
      "terms",
      "subjectCodes",
      "periods",
      "resources"),
  USER(
      "user",
      "users",
      "username",
      "userIds",
      "enabledUser",
      "givenName",
      "familyName",
      "middleName",
      "role",
      "identifier",
      "email",
      "sms",
      "phone",
      "agents",
      "orgs",
      "grades",
      "password",
      "roles",
      "primaryOrg",
      "userMasterIdentifier",
      "preferredFirstName",
      "preferredMiddleName",
      "preferredLastName",
      "pronouns",
      "userProfiles",
      "resources"),
  ENROLLMENT(
      "enrollment",
      "enrollments",
      "user",
      "class",
      "school",
      "role",
      "primary",
      "beginDate",
      "endDate"),
  DEMOGRAPHICS(
      "demographics",
      "demographics",
      "birthDate",
      "sex",
      "americanIndianOrAlaskaNative",
      "asian",
      "blackOrAfricanAmerican",
      "nativeHawaiianOrOtherPacificIslander",
      "white",
      "demographicRaceTwoOrMoreRaces",
      "hispanicOrLatinoEthnicity",
      "countryOfBirthCode",
      "stateOfBirthAbbreviation",
      "cityOfBirth",
      "publicSchoolResidenceStatus"),
  CATEGORY("category", "categories", "title", "weight", "class"),
  LINE_ITEM(
      "lineItem",
      "lineItems",
      "title",
      "description",
      "assignDate",
      "dueDate",
      "class",
      "category",
      "gradingPeriod",
      "resultValueMin",
      "resultValueMax",
      "school",
      "academicSession",
      "scoreScale",
      "learningObjectiveSet"),
  RESULT(
      "result",
      "results",
      "lineItem",
      "student",
      "scoreStatus",
      "score",
      "scoreDate",
      "comment",
      "class",
      "scoreScale",
      "textScore",
      "learningObjectiveSet",
      "inProgress",
      "incomplete",
      "late",
      "missing"),
  /** OneRoster 1.2 only. */
  SCORE_SCALE("scoreScale", "scoreScales", "title", "type", "course", "class", "scoreScaleValue"),
  /** OneRoster 1.2 only (assessment profile). */
  ASSESSMENT_LINE_ITEM(
      "assessmentLineItem",
      "assessmentLineItems",
      "title",
      "description",
      "class",
      "parentAssessmentLineItem",
      "scoreScale",
      "resultValueMin",
      "resultValueMax",
      "learningObjectiveSet"),
  /** OneRoster 1.2 only (assessment profile). */
  ASSESSMENT_RESULT(
      "assessmentResult",
      "assessmentResults",
      "assessmentLineItem",
      "student",
      "score",
      "textScore",
      "scoreDate",
      "scoreScale",
      "scorePercentile",
      "scoreStatus",
      "comment",
      "learningObjectiveSet",
      "inProgress",
      "incomplete",
      "late",
      "missing"),
  RESOURCE(
      "resource",
      "resources",
      "title",
      "roles",
      "importance",
      "vendorResourceId",
      "vendorId",
      "applicationId");

  final String singular;
  final String plural;
  private final Set<String> fields;

  /**
   * An entity served under {@code singular} and {@code plural}.
   *
   * @param fields the entity's own members; those every entity has (sourcedId, status,
   *     dateLastModified, metadata) come from the codecs, which declare them once
   */
  Kind(String singular, String plural, String... fields) {
    this.singular = singular;
    this.plural = plural;
    Set<String> all = new HashSet<>(EntityJson.commonMembers());
    all.addAll(List.of(fields));
    this.fields = Set.copyOf(all);
  }

  /**
   * True if {@code path} (a field name, or a dotted path like {@code class.sourcedId}) is known.
   */
  boolean knows(String path) {
    int dot = path.indexOf('.');
    String head = dot < 0 ? path : path.substring(0, dot);
    return fields.contains(head) || (dot > 0 && head.equals("metadata"));
  }
}
