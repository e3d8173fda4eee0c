package org.oneroster4j.internal.endpoint;

import static org.oneroster4j.Service.GRADEBOOK;
import static org.oneroster4j.Service.ROSTERING;
import static org.oneroster4j.internal.endpoint.Endpoint.Kind.DELETE;
import static org.oneroster4j.internal.endpoint.Endpoint.Kind.GET;
import static org.oneroster4j.internal.endpoint.Endpoint.Kind.LIST;
import static org.oneroster4j.internal.endpoint.Endpoint.Kind.PUT;

import java.util.List;
import java.util.Set;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.AssessmentLineItem;
import org.oneroster4j.model.AssessmentResult;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.Course;
import org.oneroster4j.model.Demographics;
import org.oneroster4j.model.Enrollment;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Org;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.model.ScoreScale;
import org.oneroster4j.model.User;

/**
 * Every OneRoster endpoint the client calls, declared once: the rostering GETs, the gradebook GETs,
 * PUTs and DELETEs of both versions (1.2's score scales and assessment profile only in 1.2). Paths
 * are relative to the service's base URL, which in 1.1 is the one {@code …/ims/oneroster/v1p1} base
 * for every service. The bulk {@code POST} endpoints of 1.2 are left out on purpose: ids the server
 * allocates would break the idempotent re-export that stable client-chosen ids give.
 */
public final class Endpoints {
  private static final Set<OneRosterVersion> BOTH = Set.of(OneRosterVersion.values());
  private static final Set<OneRosterVersion> V1_2_ONLY = Set.of(OneRosterVersion.V1_2);

  /** {@code GET /orgs} (getAllOrgs). */
  public static final Endpoint<Org> ORG_ALL =
      new Endpoint<>("getAllOrgs", LIST, ROSTERING, "/orgs", Org.class, BOTH);

  /** {@code GET /orgs/{sourcedId}} (getOrg). */
  public static final Endpoint<Org> ORG =
      new Endpoint<>("getOrg", GET, ROSTERING, "/orgs/{sourcedId}", Org.class, BOTH);

  /** {@code GET /schools} (getAllSchools). */
  public static final Endpoint<Org> SCHOOL_ALL =
      new Endpoint<>("getAllSchools", LIST, ROSTERING, "/schools", Org.class, BOTH);

  /** {@code GET /schools/{sourcedId}} (getSchool). */
  public static final Endpoint<Org> SCHOOL =
      new Endpoint<>("getSchool", GET, ROSTERING, "/schools/{sourcedId}", Org.class, BOTH);

  /** {@code GET /academicSessions} (getAllAcademicSessions). */
  public static final Endpoint<AcademicSession> ACADEMIC_SESSION_ALL =
      new Endpoint<>(
          "getAllAcademicSessions",
          LIST,
          ROSTERING,
          "/academicSessions",
          AcademicSession.class,
          BOTH);

  /** {@code GET /academicSessions/{sourcedId}} (getAcademicSession). */
  public static final Endpoint<AcademicSession> ACADEMIC_SESSION =
      new Endpoint<>(
          "getAcademicSession",
          GET,
          ROSTERING,
          "/academicSessions/{sourcedId}",
          AcademicSession.class,
          BOTH);

  /** {@code GET /terms} (getAllTerms). */
  public static final Endpoint<AcademicSession> TERM_ALL =
      new Endpoint<>("getAllTerms", LIST, ROSTERING, "/terms", AcademicSession.class, BOTH);

  /** {@code GET /terms/{sourcedId}} (getTerm). */
  public static final Endpoint<AcademicSession> TERM =
      new Endpoint<>("getTerm", GET, ROSTERING, "/terms/{sourcedId}", AcademicSession.class, BOTH);

  /** {@code GET /gradingPeriods} (getAllGradingPeriods). */
  public static final Endpoint<AcademicSession> GRADING_PERIOD_ALL =
      new Endpoint<>(
          "getAllGradingPeriods", LIST, ROSTERING, "/gradingPeriods", AcademicSession.class, BOTH);

  /** {@code GET /gradingPeriods/{sourcedId}} (getGradingPeriod). */
  public static final Endpoint<AcademicSession> GRADING_PERIOD =
      new Endpoint<>(
          "getGradingPeriod",
          GET,
          ROSTERING,
          "/gradingPeriods/{sourcedId}",
          AcademicSession.class,
          BOTH);

  /** {@code GET /courses} (getAllCourses). */
  public static final Endpoint<Course> COURSE_ALL =
      new Endpoint<>("getAllCourses", LIST, ROSTERING, "/courses", Course.class, BOTH);

  /** {@code GET /courses/{sourcedId}} (getCourse). */
  public static final Endpoint<Course> COURSE =
      new Endpoint<>("getCourse", GET, ROSTERING, "/courses/{sourcedId}", Course.class, BOTH);

  /** {@code GET /classes} (getAllClasses). */
  public static final Endpoint<SchoolClass> CLASS_ALL =
      new Endpoint<>("getAllClasses", LIST, ROSTERING, "/classes", SchoolClass.class, BOTH);

  /** {@code GET /classes/{sourcedId}} (getClass). */
  public static final Endpoint<SchoolClass> CLASS =
      new Endpoint<>("getClass", GET, ROSTERING, "/classes/{sourcedId}", SchoolClass.class, BOTH);

  /** {@code GET /users} (getAllUsers). */
  public static final Endpoint<User> USER_ALL =
      new Endpoint<>("getAllUsers", LIST, ROSTERING, "/users", User.class, BOTH);

  /** {@code GET /users/{sourcedId}} (getUser). */
  public static final Endpoint<User> USER =
      new Endpoint<>("getUser", GET, ROSTERING, "/users/{sourcedId}", User.class, BOTH);

  /** {@code GET /students} (getAllStudents). */
  public static final Endpoint<User> STUDENT_ALL =
      new Endpoint<>("getAllStudents", LIST, ROSTERING, "/students", User.class, BOTH);

  /** {@code GET /students/{sourcedId}} (getStudent). */
  public static final Endpoint<User> STUDENT =
      new Endpoint<>("getStudent", GET, ROSTERING, "/students/{sourcedId}", User.class, BOTH);

  /** {@code GET /teachers} (getAllTeachers). */
  public static final Endpoint<User> TEACHER_ALL =
      new Endpoint<>("getAllTeachers", LIST, ROSTERING, "/teachers", User.class, BOTH);

  /** {@code GET /teachers/{sourcedId}} (getTeacher). */
  public static final Endpoint<User> TEACHER =
      new Endpoint<>("getTeacher", GET, ROSTERING, "/teachers/{sourcedId}", User.class, BOTH);

  /** {@code GET /enrollments} (getAllEnrollments). */
  public static final Endpoint<Enrollment> ENROLLMENT_ALL =
      new Endpoint<>("getAllEnrollments", LIST, ROSTERING, "/enrollments", Enrollment.class, BOTH);

  /** {@code GET /enrollments/{sourcedId}} (getEnrollment). */
  public static final Endpoint<Enrollment> ENROLLMENT =
      new Endpoint<>(
          "getEnrollment", GET, ROSTERING, "/enrollments/{sourcedId}", Enrollment.class, BOTH);

  /** {@code GET /demographics} (getAllDemographics). */
  public static final Endpoint<Demographics> DEMOGRAPHIC_ALL =
      new Endpoint<>(
          "getAllDemographics", LIST, ROSTERING, "/demographics", Demographics.class, BOTH);

  /** {@code GET /demographics/{sourcedId}} (getDemographics). */
  public static final Endpoint<Demographics> DEMOGRAPHIC =
      new Endpoint<>(
          "getDemographics", GET, ROSTERING, "/demographics/{sourcedId}", Demographics.class, BOTH);

  /** {@code GET /schools/{schoolId}/courses} (getCoursesForSchool). */
  public static final Endpoint<Course> COURSES_FOR_SCHOOL =
      new Endpoint<>(
          "getCoursesForSchool",
          LIST,
          ROSTERING,
          "/schools/{schoolId}/courses",
          Course.class,
          BOTH);

  /**
   * {@code GET /schools/{schoolId}/classes/{classId}/enrollments} (getEnrollmentsForClassInSchool).
   */
  public static final Endpoint<Enrollment> ENROLLMENTS_FOR_CLASS_IN_SCHOOL =
      new Endpoint<>(
          "getEnrollmentsForClassInSchool",
          LIST,
          ROSTERING,
          "/schools/{schoolId}/classes/{classId}/enrollments",
          Enrollment.class,
          BOTH);

  /** {@code GET /schools/{schoolId}/classes/{classId}/students} (getStudentsForClassInSchool). */
  public static final Endpoint<User> STUDENTS_FOR_CLASS_IN_SCHOOL =
      new Endpoint<>(
          "getStudentsForClassInSchool",
          LIST,
          ROSTERING,
          "/schools/{schoolId}/classes/{classId}/students",
          User.class,
          BOTH);

  /** {@code GET /schools/{schoolId}/classes/{classId}/teachers} (getTeachersForClassInSchool). */
  public static final Endpoint<User> TEACHERS_FOR_CLASS_IN_SCHOOL =
      new Endpoint<>(
          "getTeachersForClassInSchool",
          LIST,
          ROSTERING,
          "/schools/{schoolId}/classes/{classId}/teachers",
          User.class,
          BOTH);

  /** {@code GET /schools/{schoolId}/enrollments} (getEnrollmentsForSchool). */
  public static final Endpoint<Enrollment> ENROLLMENTS_FOR_SCHOOL =
      new Endpoint<>(
          "getEnrollmentsForSchool",
          LIST,
          ROSTERING,
          "/schools/{schoolId}/enrollments",
          Enrollment.class,
          BOTH);

  /** {@code GET /schools/{schoolId}/students} (getStudentsForSchool). */
  public static final Endpoint<User> STUDENTS_FOR_SCHOOL =
      new Endpoint<>(
          "getStudentsForSchool",
          LIST,
          ROSTERING,
          "/schools/{schoolId}/students",
          User.class,
          BOTH);

  /** {@code GET /schools/{schoolId}/teachers} (getTeachersForSchool). */
  public static final Endpoint<User> TEACHERS_FOR_SCHOOL =
      new Endpoint<>(
          "getTeachersForSchool",
          LIST,
          ROSTERING,
          "/schools/{schoolId}/teachers",
          User.class,
          BOTH);

  /** {@code GET /schools/{schoolId}/terms} (getTermsForSchool). */
  public static final Endpoint<AcademicSession> TERMS_FOR_SCHOOL =
      new Endpoint<>(
          "getTermsForSchool",
          LIST,
          ROSTERING,
          "/schools/{schoolId}/terms",
          AcademicSession.class,
          BOTH);

  /** {@code GET /terms/{termId}/classes} (getClassesForTerm). */
  public static final Endpoint<SchoolClass> CLASSES_FOR_TERM =
      new Endpoint<>(
          "getClassesForTerm", LIST, ROSTERING, "/terms/{termId}/classes", SchoolClass.class, BOTH);

  /** {@code GET /terms/{termId}/gradingPeriods} (getGradingPeriodsForTerm). */
  public static final Endpoint<AcademicSession> GRADING_PERIODS_FOR_TERM =
      new Endpoint<>(
          "getGradingPeriodsForTerm",
          LIST,
          ROSTERING,
          "/terms/{termId}/gradingPeriods",
          AcademicSession.class,
          BOTH);

  /** {@code GET /courses/{courseId}/classes} (getClassesForCourse). */
  public static final Endpoint<SchoolClass> CLASSES_FOR_COURSE =
      new Endpoint<>(
          "getClassesForCourse",
          LIST,
          ROSTERING,
          "/courses/{courseId}/classes",
          SchoolClass.class,
          BOTH);

  /** {@code GET /students/{studentId}/classes} (getClassesForStudent). */
  public static final Endpoint<SchoolClass> CLASSES_FOR_STUDENT =
      new Endpoint<>(
          "getClassesForStudent",
          LIST,
          ROSTERING,
          "/students/{studentId}/classes",
          SchoolClass.class,
          BOTH);

  /** {@code GET /teachers/{teacherId}/classes} (getClassesForTeacher). */
  public static final Endpoint<SchoolClass> CLASSES_FOR_TEACHER =
      new Endpoint<>(
          "getClassesForTeacher",
          LIST,
          ROSTERING,
          "/teachers/{teacherId}/classes",
          SchoolClass.class,
          BOTH);

  /** {@code GET /schools/{schoolId}/classes} (getClassesForSchool). */
  public static final Endpoint<SchoolClass> CLASSES_FOR_SCHOOL =
      new Endpoint<>(
          "getClassesForSchool",
          LIST,
          ROSTERING,
          "/schools/{schoolId}/classes",
          SchoolClass.class,
          BOTH);

  /** {@code GET /users/{userId}/classes} (getClassesForUser). */
  public static final Endpoint<SchoolClass> CLASSES_FOR_USER =
      new Endpoint<>(
          "getClassesForUser", LIST, ROSTERING, "/users/{userId}/classes", SchoolClass.class, BOTH);

  /** {@code GET /classes/{classId}/students} (getStudentsForClass). */
  public static final Endpoint<User> STUDENTS_FOR_CLASS =
      new Endpoint<>(
          "getStudentsForClass", LIST, ROSTERING, "/classes/{classId}/students", User.class, BOTH);

  /** {@code GET /classes/{classId}/teachers} (getTeachersForClass). */
  public static final Endpoint<User> TEACHERS_FOR_CLASS =
      new Endpoint<>(
          "getTeachersForClass", LIST, ROSTERING, "/classes/{classId}/teachers", User.class, BOTH);

  /** {@code GET /categories} (getAllCategories). */
  public static final Endpoint<Category> CATEGORY_ALL =
      new Endpoint<>("getAllCategories", LIST, GRADEBOOK, "/categories", Category.class, BOTH);

  /** {@code GET /categories/{sourcedId}} (getCategory). */
  public static final Endpoint<Category> CATEGORY =
      new Endpoint<>(
          "getCategory", GET, GRADEBOOK, "/categories/{sourcedId}", Category.class, BOTH);

  /** {@code GET /classes/{classId}/categories} (getCategoriesForClass). */
  public static final Endpoint<Category> CATEGORIES_FOR_CLASS =
      new Endpoint<>(
          "getCategoriesForClass",
          LIST,
          GRADEBOOK,
          "/classes/{classId}/categories",
          Category.class,
          BOTH);

  /** {@code GET /lineItems} (getAllLineItems). */
  public static final Endpoint<LineItem> LINE_ITEM_ALL =
      new Endpoint<>("getAllLineItems", LIST, GRADEBOOK, "/lineItems", LineItem.class, BOTH);

  /** {@code GET /lineItems/{sourcedId}} (getLineItem). */
  public static final Endpoint<LineItem> LINE_ITEM =
      new Endpoint<>("getLineItem", GET, GRADEBOOK, "/lineItems/{sourcedId}", LineItem.class, BOTH);

  /** {@code GET /classes/{classId}/lineItems} (getLineItemsForClass). */
  public static final Endpoint<LineItem> LINE_ITEMS_FOR_CLASS =
      new Endpoint<>(
          "getLineItemsForClass",
          LIST,
          GRADEBOOK,
          "/classes/{classId}/lineItems",
          LineItem.class,
          BOTH);

  /** {@code GET /results} (getAllResults). */
  public static final Endpoint<Result> RESULT_ALL =
      new Endpoint<>("getAllResults", LIST, GRADEBOOK, "/results", Result.class, BOTH);

  /** {@code GET /results/{sourcedId}} (getResult). */
  public static final Endpoint<Result> RESULT =
      new Endpoint<>("getResult", GET, GRADEBOOK, "/results/{sourcedId}", Result.class, BOTH);

  /** {@code GET /classes/{classId}/results} (getResultsForClass). */
  public static final Endpoint<Result> RESULTS_FOR_CLASS =
      new Endpoint<>(
          "getResultsForClass", LIST, GRADEBOOK, "/classes/{classId}/results", Result.class, BOTH);

  /**
   * {@code GET /classes/{classId}/lineItems/{lineItemId}/results} (getResultsForLineItemForClass).
   */
  public static final Endpoint<Result> RESULTS_FOR_LINE_ITEM_FOR_CLASS =
      new Endpoint<>(
          "getResultsForLineItemForClass",
          LIST,
          GRADEBOOK,
          "/classes/{classId}/lineItems/{lineItemId}/results",
          Result.class,
          BOTH);

  /** {@code GET /classes/{classId}/students/{studentId}/results} (getResultsForStudentForClass). */
  public static final Endpoint<Result> RESULTS_FOR_STUDENT_FOR_CLASS =
      new Endpoint<>(
          "getResultsForStudentForClass",
          LIST,
          GRADEBOOK,
          "/classes/{classId}/students/{studentId}/results",
          Result.class,
          BOTH);

  /** {@code GET /scoreScales} (getAllScoreScales). */
  public static final Endpoint<ScoreScale> SCORE_SCALE_ALL =
      new Endpoint<>(
          "getAllScoreScales", LIST, GRADEBOOK, "/scoreScales", ScoreScale.class, V1_2_ONLY);

  /** {@code GET /scoreScales/{sourcedId}} (getScoreScale). */
  public static final Endpoint<ScoreScale> SCORE_SCALE =
      new Endpoint<>(
          "getScoreScale", GET, GRADEBOOK, "/scoreScales/{sourcedId}", ScoreScale.class, V1_2_ONLY);

  /** {@code GET /classes/{classId}/scoreScales} (getScoreScalesForClass). */
  public static final Endpoint<ScoreScale> SCORE_SCALES_FOR_CLASS =
      new Endpoint<>(
          "getScoreScalesForClass",
          LIST,
          GRADEBOOK,
          "/classes/{classId}/scoreScales",
          ScoreScale.class,
          V1_2_ONLY);

  /** {@code GET /schools/{schoolId}/scoreScales} (getScoreScalesForSchool). */
  public static final Endpoint<ScoreScale> SCORE_SCALES_FOR_SCHOOL =
      new Endpoint<>(
          "getScoreScalesForSchool",
          LIST,
          GRADEBOOK,
          "/schools/{schoolId}/scoreScales",
          ScoreScale.class,
          V1_2_ONLY);

  /** {@code PUT /categories/{sourcedId}} (putCategory). */
  public static final Endpoint<Category> PUT_CATEGORY =
      new Endpoint<>(
          "putCategory", PUT, GRADEBOOK, "/categories/{sourcedId}", Category.class, BOTH);

  /** {@code PUT /lineItems/{sourcedId}} (putLineItem). */
  public static final Endpoint<LineItem> PUT_LINE_ITEM =
      new Endpoint<>("putLineItem", PUT, GRADEBOOK, "/lineItems/{sourcedId}", LineItem.class, BOTH);

  /** {@code PUT /results/{sourcedId}} (putResult). */
  public static final Endpoint<Result> PUT_RESULT =
      new Endpoint<>("putResult", PUT, GRADEBOOK, "/results/{sourcedId}", Result.class, BOTH);

  /** {@code DELETE /categories/{sourcedId}} (deleteCategory). */
  public static final Endpoint<Category> DELETE_CATEGORY =
      new Endpoint<>(
          "deleteCategory", DELETE, GRADEBOOK, "/categories/{sourcedId}", Category.class, BOTH);

  /** {@code DELETE /lineItems/{sourcedId}} (deleteLineItem). */
  public static final Endpoint<LineItem> DELETE_LINE_ITEM =
      new Endpoint<>(
          "deleteLineItem", DELETE, GRADEBOOK, "/lineItems/{sourcedId}", LineItem.class, BOTH);

  /** {@code DELETE /results/{sourcedId}} (deleteResult). */
  public static final Endpoint<Result> DELETE_RESULT =
      new Endpoint<>("deleteResult", DELETE, GRADEBOOK, "/results/{sourcedId}", Result.class, BOTH);

  /** {@code PUT /scoreScales/{sourcedId}} (putScoreScale). */
  public static final Endpoint<ScoreScale> PUT_SCORE_SCALE =
      new Endpoint<>(
          "putScoreScale", PUT, GRADEBOOK, "/scoreScales/{sourcedId}", ScoreScale.class, V1_2_ONLY);

  /** {@code DELETE /scoreScales/{sourcedId}} (deleteScoreScale). */
  public static final Endpoint<ScoreScale> DELETE_SCORE_SCALE =
      new Endpoint<>(
          "deleteScoreScale",
          DELETE,
          GRADEBOOK,
          "/scoreScales/{sourcedId}",
          ScoreScale.class,
          V1_2_ONLY);

  /** {@code GET /assessmentLineItems} (getAllAssessmentLineItems). */
  public static final Endpoint<AssessmentLineItem> ASSESSMENT_LINE_ITEM_ALL =
      new Endpoint<>(
          "getAllAssessmentLineItems",
          LIST,
          GRADEBOOK,
          "/assessmentLineItems",
          AssessmentLineItem.class,
          V1_2_ONLY);

  /** {@code GET /assessmentLineItems/{sourcedId}} (getAssessmentLineItem). */
  public static final Endpoint<AssessmentLineItem> ASSESSMENT_LINE_ITEM =
      new Endpoint<>(
          "getAssessmentLineItem",
          GET,
          GRADEBOOK,
          "/assessmentLineItems/{sourcedId}",
          AssessmentLineItem.class,
          V1_2_ONLY);

  /** {@code PUT /assessmentLineItems/{sourcedId}} (putAssessmentLineItem). */
  public static final Endpoint<AssessmentLineItem> PUT_ASSESSMENT_LINE_ITEM =
      new Endpoint<>(
          "putAssessmentLineItem",
          PUT,
          GRADEBOOK,
          "/assessmentLineItems/{sourcedId}",
          AssessmentLineItem.class,
          V1_2_ONLY);

  /** {@code DELETE /assessmentLineItems/{sourcedId}} (deleteAssessmentLineItem). */
  public static final Endpoint<AssessmentLineItem> DELETE_ASSESSMENT_LINE_ITEM =
      new Endpoint<>(
          "deleteAssessmentLineItem",
          DELETE,
          GRADEBOOK,
          "/assessmentLineItems/{sourcedId}",
          AssessmentLineItem.class,
          V1_2_ONLY);

  /** {@code GET /assessmentResults} (getAllAssessmentResults). */
  public static final Endpoint<AssessmentResult> ASSESSMENT_RESULT_ALL =
      new Endpoint<>(
          "getAllAssessmentResults",
          LIST,
          GRADEBOOK,
          "/assessmentResults",
          AssessmentResult.class,
          V1_2_ONLY);

  /** {@code GET /assessmentResults/{sourcedId}} (getAssessmentResult). */
  public static final Endpoint<AssessmentResult> ASSESSMENT_RESULT =
      new Endpoint<>(
          "getAssessmentResult",
          GET,
          GRADEBOOK,
          "/assessmentResults/{sourcedId}",
          AssessmentResult.class,
          V1_2_ONLY);

  /** {@code PUT /assessmentResults/{sourcedId}} (putAssessmentResult). */
  public static final Endpoint<AssessmentResult> PUT_ASSESSMENT_RESULT =
      new Endpoint<>(
          "putAssessmentResult",
          PUT,
          GRADEBOOK,
          "/assessmentResults/{sourcedId}",
          AssessmentResult.class,
          V1_2_ONLY);

  /** {@code DELETE /assessmentResults/{sourcedId}} (deleteAssessmentResult). */
  public static final Endpoint<AssessmentResult> DELETE_ASSESSMENT_RESULT =
      new Endpoint<>(
          "deleteAssessmentResult",
          DELETE,
          GRADEBOOK,
          "/assessmentResults/{sourcedId}",
          AssessmentResult.class,
          V1_2_ONLY);

  /** Every endpoint above, in declaration order. */
  public static final List<Endpoint<?>> ALL =
      List.of(
          ORG_ALL,
          ORG,
          SCHOOL_ALL,
          SCHOOL,
          ACADEMIC_SESSION_ALL,
          ACADEMIC_SESSION,
          TERM_ALL,
          TERM,
          GRADING_PERIOD_ALL,
          GRADING_PERIOD,
          COURSE_ALL,
          COURSE,
          CLASS_ALL,
          CLASS,
          USER_ALL,
          USER,
          STUDENT_ALL,
          STUDENT,
          TEACHER_ALL,
          TEACHER,
          ENROLLMENT_ALL,
          ENROLLMENT,
          DEMOGRAPHIC_ALL,
          DEMOGRAPHIC,
          COURSES_FOR_SCHOOL,
          ENROLLMENTS_FOR_CLASS_IN_SCHOOL,
          STUDENTS_FOR_CLASS_IN_SCHOOL,
          TEACHERS_FOR_CLASS_IN_SCHOOL,
          ENROLLMENTS_FOR_SCHOOL,
          STUDENTS_FOR_SCHOOL,
          TEACHERS_FOR_SCHOOL,
          TERMS_FOR_SCHOOL,
          CLASSES_FOR_TERM,
          GRADING_PERIODS_FOR_TERM,
          CLASSES_FOR_COURSE,
          CLASSES_FOR_STUDENT,
          CLASSES_FOR_TEACHER,
          CLASSES_FOR_SCHOOL,
          CLASSES_FOR_USER,
          STUDENTS_FOR_CLASS,
          TEACHERS_FOR_CLASS,
          CATEGORY_ALL,
          CATEGORY,
          CATEGORIES_FOR_CLASS,
          LINE_ITEM_ALL,
          LINE_ITEM,
          LINE_ITEMS_FOR_CLASS,
          RESULT_ALL,
          RESULT,
          RESULTS_FOR_CLASS,
          RESULTS_FOR_LINE_ITEM_FOR_CLASS,
          RESULTS_FOR_STUDENT_FOR_CLASS,
          SCORE_SCALE_ALL,
          SCORE_SCALE,
          SCORE_SCALES_FOR_CLASS,
          SCORE_SCALES_FOR_SCHOOL,
          PUT_CATEGORY,
          PUT_LINE_ITEM,
          PUT_RESULT,
          DELETE_CATEGORY,
          DELETE_LINE_ITEM,
          DELETE_RESULT,
          PUT_SCORE_SCALE,
          DELETE_SCORE_SCALE,
          ASSESSMENT_LINE_ITEM_ALL,
          ASSESSMENT_LINE_ITEM,
          PUT_ASSESSMENT_LINE_ITEM,
          DELETE_ASSESSMENT_LINE_ITEM,
          ASSESSMENT_RESULT_ALL,
          ASSESSMENT_RESULT,
          PUT_ASSESSMENT_RESULT,
          DELETE_ASSESSMENT_RESULT);

  private Endpoints() {}
}
