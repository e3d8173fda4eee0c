package org.oneroster4j;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.oneroster4j.error.NotFoundException;
import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.internal.auth.Authenticator;
import org.oneroster4j.internal.auth.OAuth1Authenticator;
import org.oneroster4j.internal.auth.OAuth1Signer;
import org.oneroster4j.internal.auth.OAuth2TokenProvider;
import org.oneroster4j.internal.auth.PercentEncoding;
import org.oneroster4j.internal.http.HttpCall;
import org.oneroster4j.internal.http.Transport;
import org.oneroster4j.internal.json.CollectionReader;
import org.oneroster4j.internal.json.JsonFormatException;
import org.oneroster4j.internal.json.OneRosterJson;
import org.oneroster4j.internal.json.WriteEcho;
import org.oneroster4j.internal.paging.Pager;
import org.oneroster4j.internal.retry.Sleeper;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.Course;
import org.oneroster4j.model.Demographics;
import org.oneroster4j.model.Enrollment;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Org;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.User;
import org.oneroster4j.model.Validation;
import org.oneroster4j.query.Filter;
import org.oneroster4j.query.PagedIterable;
import org.oneroster4j.query.Query;
import org.oneroster4j.spi.ConnectionRequest;
import org.oneroster4j.spi.LineItemRules;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.SisVendors;
import org.oneroster4j.spi.VendorConnection;
import org.oneroster4j.spi.VendorUrls;

/**
 * The OneRoster 1.1 client for one SIS connection: every rostering read, every gradebook read and
 * write, with authentication, lazy paging, retries and typed errors. Built only by {@link
 * #builder()}; immutable and thread-safe, so share one instance per SIS connection.
 *
 * <pre>{@code
 * OneRosterClient sis = OneRosterClient.builder()
 *     .url("https://sis.example.org")
 *     .tokenUrl("https://sis.example.org/oauth/token")
 *     .credentials(Credentials.clientCredentials(clientId, clientSecret))
 *     .build();
 * for (SchoolClass c : sis.teacherClasses("kim@example.org")) {
 *   System.out.println(c.title());
 * }
 * }</pre>
 *
 * <p>Collections come back as {@link PagedIterable}s that fetch pages as iteration needs them;
 * single objects throw {@link NotFoundException} when the SIS does not know them. Failures are
 * {@link OneRosterException}s: {@code OneRosterServiceException} (and its 401/403/404/429/5xx
 * subclasses) when the SIS answered with an error, {@code TransportException} when it did not
 * answer, {@code ProtocolException} when the answer was not OneRoster, {@code ValidationException}
 * before a write that would be refused.
 */
public final class OneRosterClient {
  private static final String VERSION =
      Optional.ofNullable(OneRosterClient.class.getPackage().getImplementationVersion())
          .orElse("dev");

  private final Builder settings;
  private final SisVendor vendor;
  private final VendorConnection connection;
  private final URI baseUrl;
  private final String base;
  private final Transport transport;
  private final Authenticator authenticator;
  private final int pageSize;
  private final int maxConcurrency;
  private final int maxPages;
  private final RequestOptions options;
  private final OneRosterJson json = OneRosterJson.get();

  private OneRosterClient(
      Builder settings,
      SisVendor vendor,
      VendorConnection connection,
      Transport transport,
      Authenticator authenticator,
      int pageSize,
      int maxConcurrency,
      RequestOptions options) {
    this.settings = settings;
    this.vendor = vendor;
    this.connection = connection;
    this.baseUrl = connection.baseUrl();
    String b = baseUrl.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.transport = transport;
    this.authenticator = authenticator;
    this.pageSize = pageSize;
    this.maxConcurrency = maxConcurrency;
    this.maxPages = settings.maxPages;
    this.options = options;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this client's settings that shares its HTTP client; change what differs and
   * build a variant.
   */
  public Builder toBuilder() {
    Builder b = settings.copy();
    b.httpClient = transport.httpClient();
    return b;
  }

  /**
   * A view of this client whose calls use {@code options} on top of the current ones; it shares the
   * connection, token cache and concurrency limit.
   */
  public OneRosterClient with(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return new OneRosterClient(
        settings,
        vendor,
        connection,
        transport,
        authenticator,
        pageSize,
        maxConcurrency,
        this.options.merge(options));
  }

  /** The SIS vendor this client talks to (explicit, by id, detected from the URL, or generic). */
  public SisVendor vendor() {
    return vendor;
  }

  /**
   * The gradebook rules of this connection: the vendor's {@link SisVendor#lineItemRules()}, as
   * changed by vendor options when the vendor supports that (e.g. Aeries' {@code titleMaxLength}).
   */
  public LineItemRules lineItemRules() {
    return connection.lineItemRules().orElseGet(vendor::lineItemRules);
  }

  /** The OneRoster version this client speaks, as its vendor connection states it. */
  public OneRosterVersion version() {
    return connection.version();
  }

  /** The normalized OneRoster base URL, ending with {@code /ims/oneroster/v1p1}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The most requests in flight at once: the builder's setting or the vendor's default. */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /** The page size asked for when a query does not say: the builder's or the vendor's default. */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "OneRosterClient[vendor="
        + vendor.id()
        + ", baseUrl="
        + baseUrl
        + ", credentials="
        + settings.credentials
        + "]";
  }

  // ---------------------------------------------------------------- rostering: orgs and schools

  /** {@code GET /orgs}. */
  public PagedIterable<Org> orgs() {
    return orgs(Query.all());
  }

  /** {@code GET /orgs} with a query. */
  public PagedIterable<Org> orgs(Query query) {
    return list(Org.class, "/orgs", query);
  }

  /** {@code GET /orgs/{id}}. */
  public Org org(String sourcedId) {
    return one(Org.class, "/orgs/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /schools}. */
  public PagedIterable<Org> schools() {
    return schools(Query.all());
  }

  /** {@code GET /schools} with a query. */
  public PagedIterable<Org> schools(Query query) {
    return list(Org.class, "/schools", query);
  }

  /** {@code GET /schools/{id}}. */
  public Org school(String sourcedId) {
    return one(Org.class, "/schools/" + seg(sourcedId, "sourcedId"));
  }

  // ---------------------------------------------------------------- academic sessions

  /** {@code GET /academicSessions}. */
  public PagedIterable<AcademicSession> academicSessions() {
    return academicSessions(Query.all());
  }

  /** {@code GET /academicSessions} with a query. */
  public PagedIterable<AcademicSession> academicSessions(Query query) {
    return list(AcademicSession.class, "/academicSessions", query);
  }

  /** {@code GET /academicSessions/{id}}. */
  public AcademicSession academicSession(String sourcedId) {
    return one(AcademicSession.class, "/academicSessions/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /terms}. */
  public PagedIterable<AcademicSession> terms() {
    return terms(Query.all());
  }

  /** {@code GET /terms} with a query. */
  public PagedIterable<AcademicSession> terms(Query query) {
    return list(AcademicSession.class, "/terms", query);
  }

  /** {@code GET /terms/{id}}. */
  public AcademicSession term(String sourcedId) {
    return one(AcademicSession.class, "/terms/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /gradingPeriods}. */
  public PagedIterable<AcademicSession> gradingPeriods() {
    return gradingPeriods(Query.all());
  }

  /** {@code GET /gradingPeriods} with a query. */
  public PagedIterable<AcademicSession> gradingPeriods(Query query) {
    return list(AcademicSession.class, "/gradingPeriods", query);
  }

  /** {@code GET /gradingPeriods/{id}}. */
  public AcademicSession gradingPeriod(String sourcedId) {
    return one(AcademicSession.class, "/gradingPeriods/" + seg(sourcedId, "sourcedId"));
  }

  // ---------------------------------------------------------------- courses and classes

  /** {@code GET /courses}. */
  public PagedIterable<Course> courses() {
    return courses(Query.all());
  }

  /** {@code GET /courses} with a query. */
  public PagedIterable<Course> courses(Query query) {
    return list(Course.class, "/courses", query);
  }

  /** {@code GET /courses/{id}}. */
  public Course course(String sourcedId) {
    return one(Course.class, "/courses/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /classes}. */
  public PagedIterable<SchoolClass> classes() {
    return classes(Query.all());
  }

  /** {@code GET /classes} with a query. */
  public PagedIterable<SchoolClass> classes(Query query) {
    return list(SchoolClass.class, "/classes", query);
  }

  /** {@code GET /classes/{id}}. */
  public SchoolClass schoolClass(String sourcedId) {
    return one(SchoolClass.class, "/classes/" + seg(sourcedId, "sourcedId"));
  }

  // ---------------------------------------------------------------- users

  /** {@code GET /users}. */
  public PagedIterable<User> users() {
    return users(Query.all());
  }

  /** {@code GET /users} with a query. */
  public PagedIterable<User> users(Query query) {
    return list(User.class, "/users", query);
  }

  /** {@code GET /users/{id}}. */
  public User user(String sourcedId) {
    return one(User.class, "/users/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /students}. */
  public PagedIterable<User> students() {
    return students(Query.all());
  }

  /** {@code GET /students} with a query. */
  public PagedIterable<User> students(Query query) {
    return list(User.class, "/students", query);
  }

  /** {@code GET /students/{id}}. */
  public User student(String sourcedId) {
    return one(User.class, "/students/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /teachers}. */
  public PagedIterable<User> teachers() {
    return teachers(Query.all());
  }

  /** {@code GET /teachers} with a query. */
  public PagedIterable<User> teachers(Query query) {
    return list(User.class, "/teachers", query);
  }

  /** {@code GET /teachers/{id}}. */
  public User teacher(String sourcedId) {
    return one(User.class, "/teachers/" + seg(sourcedId, "sourcedId"));
  }

  // ---------------------------------------------------------------- enrollments, demographics

  /** {@code GET /enrollments}. */
  public PagedIterable<Enrollment> enrollments() {
    return enrollments(Query.all());
  }

  /** {@code GET /enrollments} with a query. */
  public PagedIterable<Enrollment> enrollments(Query query) {
    return list(Enrollment.class, "/enrollments", query);
  }

  /** {@code GET /enrollments/{id}}. */
  public Enrollment enrollment(String sourcedId) {
    return one(Enrollment.class, "/enrollments/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /demographics}. */
  public PagedIterable<Demographics> demographics() {
    return demographics(Query.all());
  }

  /** {@code GET /demographics} with a query. */
  public PagedIterable<Demographics> demographics(Query query) {
    return list(Demographics.class, "/demographics", query);
  }

  /** {@code GET /demographics/{id}}. */
  public Demographics demographic(String sourcedId) {
    return one(Demographics.class, "/demographics/" + seg(sourcedId, "sourcedId"));
  }

  // ---------------------------------------------------------------- nested rostering reads

  /** {@code GET /schools/{schoolId}/courses}. */
  public PagedIterable<Course> coursesForSchool(String schoolId) {
    return coursesForSchool(schoolId, Query.all());
  }

  /** {@code GET /schools/{schoolId}/courses} with a query. */
  public PagedIterable<Course> coursesForSchool(String schoolId, Query query) {
    return list(Course.class, "/schools/" + seg(schoolId, "schoolId") + "/courses", query);
  }

  /** {@code GET /schools/{schoolId}/classes/{classId}/enrollments}. */
  public PagedIterable<Enrollment> enrollmentsForClassInSchool(String schoolId, String classId) {
    return enrollmentsForClassInSchool(schoolId, classId, Query.all());
  }

  /** {@code GET /schools/{schoolId}/classes/{classId}/enrollments} with a query. */
  public PagedIterable<Enrollment> enrollmentsForClassInSchool(
      String schoolId, String classId, Query query) {
    return list(Enrollment.class, classInSchool(schoolId, classId) + "/enrollments", query);
  }

  /** {@code GET /schools/{schoolId}/classes/{classId}/students}. */
  public PagedIterable<User> studentsForClassInSchool(String schoolId, String classId) {
    return studentsForClassInSchool(schoolId, classId, Query.all());
  }

  /** {@code GET /schools/{schoolId}/classes/{classId}/students} with a query. */
  public PagedIterable<User> studentsForClassInSchool(
      String schoolId, String classId, Query query) {
    return list(User.class, classInSchool(schoolId, classId) + "/students", query);
  }

  /** {@code GET /schools/{schoolId}/classes/{classId}/teachers}. */
  public PagedIterable<User> teachersForClassInSchool(String schoolId, String classId) {
    return teachersForClassInSchool(schoolId, classId, Query.all());
  }

  /** {@code GET /schools/{schoolId}/classes/{classId}/teachers} with a query. */
  public PagedIterable<User> teachersForClassInSchool(
      String schoolId, String classId, Query query) {
    return list(User.class, classInSchool(schoolId, classId) + "/teachers", query);
  }

  /** {@code GET /schools/{schoolId}/enrollments}. */
  public PagedIterable<Enrollment> enrollmentsForSchool(String schoolId) {
    return enrollmentsForSchool(schoolId, Query.all());
  }

  /** {@code GET /schools/{schoolId}/enrollments} with a query. */
  public PagedIterable<Enrollment> enrollmentsForSchool(String schoolId, Query query) {
    return list(Enrollment.class, "/schools/" + seg(schoolId, "schoolId") + "/enrollments", query);
  }

  /** {@code GET /schools/{schoolId}/students}. */
  public PagedIterable<User> studentsForSchool(String schoolId) {
    return studentsForSchool(schoolId, Query.all());
  }

  /** {@code GET /schools/{schoolId}/students} with a query. */
  public PagedIterable<User> studentsForSchool(String schoolId, Query query) {
    return list(User.class, "/schools/" + seg(schoolId, "schoolId") + "/students", query);
  }

  /** {@code GET /schools/{schoolId}/teachers}. */
  public PagedIterable<User> teachersForSchool(String schoolId) {
    return teachersForSchool(schoolId, Query.all());
  }

  /** {@code GET /schools/{schoolId}/teachers} with a query. */
  public PagedIterable<User> teachersForSchool(String schoolId, Query query) {
    return list(User.class, "/schools/" + seg(schoolId, "schoolId") + "/teachers", query);
  }

  /** {@code GET /schools/{schoolId}/terms}. */
  public PagedIterable<AcademicSession> termsForSchool(String schoolId) {
    return termsForSchool(schoolId, Query.all());
  }

  /** {@code GET /schools/{schoolId}/terms} with a query. */
  public PagedIterable<AcademicSession> termsForSchool(String schoolId, Query query) {
    return list(AcademicSession.class, "/schools/" + seg(schoolId, "schoolId") + "/terms", query);
  }

  /** {@code GET /terms/{termId}/classes}. */
  public PagedIterable<SchoolClass> classesForTerm(String termId) {
    return classesForTerm(termId, Query.all());
  }

  /** {@code GET /terms/{termId}/classes} with a query. */
  public PagedIterable<SchoolClass> classesForTerm(String termId, Query query) {
    return list(SchoolClass.class, "/terms/" + seg(termId, "termId") + "/classes", query);
  }

  /** {@code GET /terms/{termId}/gradingPeriods}. */
  public PagedIterable<AcademicSession> gradingPeriodsForTerm(String termId) {
    return gradingPeriodsForTerm(termId, Query.all());
  }

  /** {@code GET /terms/{termId}/gradingPeriods} with a query. */
  public PagedIterable<AcademicSession> gradingPeriodsForTerm(String termId, Query query) {
    return list(
        AcademicSession.class, "/terms/" + seg(termId, "termId") + "/gradingPeriods", query);
  }

  /** {@code GET /courses/{courseId}/classes}. */
  public PagedIterable<SchoolClass> classesForCourse(String courseId) {
    return classesForCourse(courseId, Query.all());
  }

  /** {@code GET /courses/{courseId}/classes} with a query. */
  public PagedIterable<SchoolClass> classesForCourse(String courseId, Query query) {
    return list(SchoolClass.class, "/courses/" + seg(courseId, "courseId") + "/classes", query);
  }

  /** {@code GET /students/{studentId}/classes}. */
  public PagedIterable<SchoolClass> classesForStudent(String studentId) {
    return classesForStudent(studentId, Query.all());
  }

  /** {@code GET /students/{studentId}/classes} with a query. */
  public PagedIterable<SchoolClass> classesForStudent(String studentId, Query query) {
    return list(SchoolClass.class, "/students/" + seg(studentId, "studentId") + "/classes", query);
  }

  /** {@code GET /teachers/{teacherId}/classes}. */
  public PagedIterable<SchoolClass> classesForTeacher(String teacherId) {
    return classesForTeacher(teacherId, Query.all());
  }

  /** {@code GET /teachers/{teacherId}/classes} with a query. */
  public PagedIterable<SchoolClass> classesForTeacher(String teacherId, Query query) {
    return list(SchoolClass.class, "/teachers/" + seg(teacherId, "teacherId") + "/classes", query);
  }

  /** {@code GET /schools/{schoolId}/classes}. */
  public PagedIterable<SchoolClass> classesForSchool(String schoolId) {
    return classesForSchool(schoolId, Query.all());
  }

  /** {@code GET /schools/{schoolId}/classes} with a query. */
  public PagedIterable<SchoolClass> classesForSchool(String schoolId, Query query) {
    return list(SchoolClass.class, "/schools/" + seg(schoolId, "schoolId") + "/classes", query);
  }

  /** {@code GET /users/{userId}/classes}. */
  public PagedIterable<SchoolClass> classesForUser(String userId) {
    return classesForUser(userId, Query.all());
  }

  /** {@code GET /users/{userId}/classes} with a query. */
  public PagedIterable<SchoolClass> classesForUser(String userId, Query query) {
    return list(SchoolClass.class, "/users/" + seg(userId, "userId") + "/classes", query);
  }

  /** {@code GET /classes/{classId}/students}. */
  public PagedIterable<User> studentsForClass(String classId) {
    return studentsForClass(classId, Query.all());
  }

  /** {@code GET /classes/{classId}/students} with a query. */
  public PagedIterable<User> studentsForClass(String classId, Query query) {
    return list(User.class, "/classes/" + seg(classId, "classId") + "/students", query);
  }

  /** {@code GET /classes/{classId}/teachers}. */
  public PagedIterable<User> teachersForClass(String classId) {
    return teachersForClass(classId, Query.all());
  }

  /** {@code GET /classes/{classId}/teachers} with a query. */
  public PagedIterable<User> teachersForClass(String classId, Query query) {
    return list(User.class, "/classes/" + seg(classId, "classId") + "/teachers", query);
  }

  // ---------------------------------------------------------------- convenience

  /**
   * The teacher with this email ({@code GET /teachers?filter=email='…'}), if the SIS has one. When
   * several match, the first whose email equals {@code email} ignoring case wins.
   */
  public Optional<User> teacherByEmail(String email) {
    Objects.requireNonNull(email, "email");
    User first = null;
    for (User u : teachers(Query.builder().filter(Filter.eq("email", email)).build())) {
      if (u.email() != null && u.email().equalsIgnoreCase(email)) {
        return Optional.of(u);
      }
      if (first == null) {
        first = u;
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * The active classes of the teacher with this email: {@code GET /teachers?filter=email='…'} then
   * {@code GET /teachers/{id}/classes?filter=status='active'} (classes marked {@code tobedeleted}
   * are dropped even when the SIS ignores the filter).
   *
   * @throws NotFoundException when the SIS has no teacher with this email
   */
  public List<SchoolClass> teacherClasses(String email) {
    User teacher =
        teacherByEmail(email)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "The SIS has no teacher with the email given (GET /teachers?filter=email"
                            + " returned nothing); check the email the teacher has in the SIS",
                        404,
                        "GET",
                        "/teachers",
                        List.of(),
                        ""));
    List<SchoolClass> out = new ArrayList<>();
    Query active = Query.builder().filter(Filter.eq("status", "active")).build();
    for (SchoolClass c : classesForTeacher(teacher.sourcedId(), active)) {
      if (!StatusType.TO_BE_DELETED.equals(c.status())) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- gradebook reads

  /** {@code GET /categories}. */
  public PagedIterable<Category> categories() {
    return categories(Query.all());
  }

  /** {@code GET /categories} with a query. */
  public PagedIterable<Category> categories(Query query) {
    return list(Category.class, "/categories", query);
  }

  /** {@code GET /categories/{id}}. */
  public Category category(String sourcedId) {
    return one(Category.class, "/categories/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /classes/{classId}/categories} (OneRoster 1.2; served by many 1.1 SISes). */
  public PagedIterable<Category> categoriesForClass(String classId) {
    return categoriesForClass(classId, Query.all());
  }

  /** {@code GET /classes/{classId}/categories} with a query. */
  public PagedIterable<Category> categoriesForClass(String classId, Query query) {
    return list(Category.class, "/classes/" + seg(classId, "classId") + "/categories", query);
  }

  /** {@code GET /lineItems}. */
  public PagedIterable<LineItem> lineItems() {
    return lineItems(Query.all());
  }

  /** {@code GET /lineItems} with a query. */
  public PagedIterable<LineItem> lineItems(Query query) {
    return list(LineItem.class, "/lineItems", query);
  }

  /** {@code GET /lineItems/{id}}. */
  public LineItem lineItem(String sourcedId) {
    return one(LineItem.class, "/lineItems/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /classes/{classId}/lineItems}. */
  public PagedIterable<LineItem> lineItemsForClass(String classId) {
    return lineItemsForClass(classId, Query.all());
  }

  /** {@code GET /classes/{classId}/lineItems} with a query. */
  public PagedIterable<LineItem> lineItemsForClass(String classId, Query query) {
    return list(LineItem.class, "/classes/" + seg(classId, "classId") + "/lineItems", query);
  }

  /** {@code GET /results}. */
  public PagedIterable<Result> results() {
    return results(Query.all());
  }

  /** {@code GET /results} with a query. */
  public PagedIterable<Result> results(Query query) {
    return list(Result.class, "/results", query);
  }

  /** {@code GET /results/{id}}. */
  public Result result(String sourcedId) {
    return one(Result.class, "/results/" + seg(sourcedId, "sourcedId"));
  }

  /** {@code GET /classes/{classId}/results}. */
  public PagedIterable<Result> resultsForClass(String classId) {
    return resultsForClass(classId, Query.all());
  }

  /** {@code GET /classes/{classId}/results} with a query. */
  public PagedIterable<Result> resultsForClass(String classId, Query query) {
    return list(Result.class, "/classes/" + seg(classId, "classId") + "/results", query);
  }

  /** {@code GET /classes/{classId}/lineItems/{lineItemId}/results}. */
  public PagedIterable<Result> resultsForLineItemForClass(String classId, String lineItemId) {
    return resultsForLineItemForClass(classId, lineItemId, Query.all());
  }

  /** {@code GET /classes/{classId}/lineItems/{lineItemId}/results} with a query. */
  public PagedIterable<Result> resultsForLineItemForClass(
      String classId, String lineItemId, Query query) {
    return list(
        Result.class,
        "/classes/"
            + seg(classId, "classId")
            + "/lineItems/"
            + seg(lineItemId, "lineItemId")
            + "/results",
        query);
  }

  /** {@code GET /classes/{classId}/students/{studentId}/results}. */
  public PagedIterable<Result> resultsForStudentForClass(String classId, String studentId) {
    return resultsForStudentForClass(classId, studentId, Query.all());
  }

  /** {@code GET /classes/{classId}/students/{studentId}/results} with a query. */
  public PagedIterable<Result> resultsForStudentForClass(
      String classId, String studentId, Query query) {
    return list(
        Result.class,
        "/classes/"
            + seg(classId, "classId")
            + "/students/"
            + seg(studentId, "studentId")
            + "/results",
        query);
  }

  // ---------------------------------------------------------------- gradebook writes

  /**
   * {@code PUT /categories/{sourcedId}}: creates or replaces the category.
   *
   * @throws org.oneroster4j.error.ValidationException before any request if the category is invalid
   */
  public WriteResult putCategory(Category category) {
    Objects.requireNonNull(category, "category");
    Validation.require(category);
    return put("/categories/", category.sourcedId(), category, Category.class);
  }

  /**
   * {@code PUT /lineItems/{sourcedId}}: creates or replaces the line item.
   *
   * @throws org.oneroster4j.error.ValidationException before any request if the line item is
   *     invalid
   */
  public WriteResult putLineItem(LineItem lineItem) {
    Objects.requireNonNull(lineItem, "lineItem");
    Validation.require(lineItem);
    return put("/lineItems/", lineItem.sourcedId(), lineItem, LineItem.class);
  }

  /**
   * {@code PUT /results/{sourcedId}}: creates or replaces the result.
   *
   * @throws org.oneroster4j.error.ValidationException before any request if the result is invalid
   */
  public WriteResult putResult(Result result) {
    Objects.requireNonNull(result, "result");
    Validation.require(result);
    return put("/results/", result.sourcedId(), result, Result.class);
  }

  /** {@code DELETE /categories/{sourcedId}}. */
  public WriteResult deleteCategory(String sourcedId) {
    return delete("/categories/", sourcedId);
  }

  /** {@code DELETE /lineItems/{sourcedId}}. */
  public WriteResult deleteLineItem(String sourcedId) {
    return delete("/lineItems/", sourcedId);
  }

  /** {@code DELETE /results/{sourcedId}}. */
  public WriteResult deleteResult(String sourcedId) {
    return delete("/results/", sourcedId);
  }

  // ---------------------------------------------------------------- plumbing

  private <T> PagedIterable<T> list(Class<T> type, String path, Query query) {
    Objects.requireNonNull(query, "query");
    int size = query.pageSize() != null ? query.pageSize() : pageSize;
    return new Pager<>(
        size,
        maxPages,
        "GET " + path,
        (limit, offset) -> fetchPage(type, path, query, limit, offset));
  }

  private <T> Pager.FetchedPage<T> fetchPage(
      Class<T> type, String path, Query query, int limit, long offset) {
    List<String[]> params = new ArrayList<>();
    if (query.filter() != null) {
      params.add(new String[] {"filter", query.filter().toString()});
    }
    if (query.sort() != null) {
      params.add(new String[] {"sort", query.sort()});
    }
    if (query.orderBy() != null) {
      params.add(new String[] {"orderBy", query.orderBy().wireValue()});
    }
    if (!query.fields().isEmpty()) {
      params.add(new String[] {"fields", String.join(",", query.fields())});
    }
    params.add(new String[] {"limit", Integer.toString(limit)});
    params.add(new String[] {"offset", Long.toString(offset)});
    return transport.execute(
        call("GET", path, params, null),
        (status, headers, body) -> {
          if (status == 204) {
            return Pager.FetchedPage.of(List.of(), List.of(), headers);
          }
          try (CollectionReader<T> reader = json.readCollection(body, type)) {
            List<T> items = new ArrayList<>(Math.min(limit, 10_000));
            while (reader.hasNext()) {
              items.add(reader.next());
            }
            return Pager.FetchedPage.of(items, reader.warnings(), headers);
          } catch (JsonFormatException e) {
            throw notOneRoster("GET", path, OneRosterJson.pluralKey(type) + " collection", e);
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        });
  }

  private <T> T one(Class<T> type, String path) {
    return transport.execute(
        call("GET", path, List.of(), null),
        (status, headers, body) -> {
          try {
            return json.readSingle(body, type);
          } catch (JsonFormatException e) {
            throw notOneRoster("GET", path, OneRosterJson.singularKey(type), e);
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        });
  }

  private <T> WriteResult put(String collection, String sourcedId, T entity, Class<T> type) {
    String path = collection + seg(sourcedId, "sourcedId");
    byte[] body = json.writeSingle(entity);
    return transport.execute(
        call("PUT", path, List.of(), body),
        (status, headers, in) -> {
          WriteEcho echo = WriteEcho.read(json, in.readAllBytes(), OneRosterJson.singularKey(type));
          String id = echo.sourcedId() != null ? echo.sourcedId() : sourcedId;
          return new WriteResult(status, status == 201, id, echo.warnings());
        });
  }

  private WriteResult delete(String collection, String sourcedId) {
    String path = collection + seg(sourcedId, "sourcedId");
    return transport.execute(
        call("DELETE", path, List.of(), null),
        (status, headers, in) ->
            new WriteResult(
                status,
                false,
                sourcedId,
                WriteEcho.read(json, in.readAllBytes(), null).warnings()));
  }

  private HttpCall call(String method, String path, List<String[]> params, byte[] body) {
    StringBuilder uri =
        new StringBuilder(base.length() + path.length() + 64).append(base).append(path);
    char sep = '?';
    for (String[] p : params) {
      uri.append(sep)
          .append(PercentEncoding.encode(p[0]))
          .append('=')
          .append(PercentEncoding.encode(p[1]));
      sep = '&';
    }
    Map<String, String> headers = connection.headers(method, path);
    return new HttpCall(
        method,
        URI.create(uri.toString()),
        path,
        body,
        body == null ? null : "application/json",
        headers == null ? Map.of() : headers,
        authenticator,
        options);
  }

  private static ProtocolException notOneRoster(
      String method, String path, String expected, JsonFormatException e) {
    return new ProtocolException(
        method
            + " "
            + path
            + ": the SIS answered with success but not with a OneRoster "
            + expected
            + " ("
            + e.getMessage()
            + "); check that the base URL points at the SIS's OneRoster 1.1 API",
        e);
  }

  private static String classInSchool(String schoolId, String classId) {
    return "/schools/" + seg(schoolId, "schoolId") + "/classes/" + seg(classId, "classId");
  }

  private static String seg(String id, String name) {
    Objects.requireNonNull(id, name);
    if (id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return PercentEncoding.encode(id);
  }

  /**
   * Builds a {@link OneRosterClient}. Required: {@link #url(String)} and {@link
   * #credentials(Credentials)}; for OAuth 2 also a token URL unless the vendor derives it.
   */
  public static final class Builder {
    private SisVendor vendorInstance;
    private String vendorId;
    private String url;
    private String tokenUrl;
    private Credentials credentials;
    private String vendorKey;
    private String vendorSecret;
    private final Map<String, String> vendorOptions = new LinkedHashMap<>();
    private HttpClient httpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private String userAgent;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Integer maxConcurrency;
    private Integer pageSize;
    private Clock clock = Clock.systemUTC();
    private boolean allowInsecureHttp;
    private long maxResponseBytes = 64L * 1024 * 1024;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private RandomGenerator random;
    private int maxPages = 100_000;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.vendorInstance = vendorInstance;
      b.vendorId = vendorId;
      b.url = url;
      b.tokenUrl = tokenUrl;
      b.credentials = credentials;
      b.vendorKey = vendorKey;
      b.vendorSecret = vendorSecret;
      b.vendorOptions.putAll(vendorOptions);
      b.httpClient = httpClient;
      b.connectTimeout = connectTimeout;
      b.requestTimeout = requestTimeout;
      b.userAgent = userAgent;
      b.retryPolicy = retryPolicy;
      b.maxConcurrency = maxConcurrency;
      b.pageSize = pageSize;
      b.clock = clock;
      b.allowInsecureHttp = allowInsecureHttp;
      b.maxResponseBytes = maxResponseBytes;
      b.sleeper = sleeper;
      b.random = random;
      b.maxPages = maxPages;
      return b;
    }

    /** The SIS vendor by id, for example {@code "skyward"}; else detected from the URL. */
    public Builder vendor(String vendorId) {
      this.vendorId = Objects.requireNonNull(vendorId, "vendorId");
      return this;
    }

    /** The SIS vendor instance; wins over an id and over detection. */
    public Builder vendor(SisVendor vendor) {
      this.vendorInstance = Objects.requireNonNull(vendor, "vendor");
      return this;
    }

    /** The SIS address exactly as the administrator typed it; the vendor normalizes it. */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /** The OAuth 2 token URL, when the vendor does not derive it. */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
      return this;
    }

    /** How to authenticate. */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** A vendor-level key and secret (for example Infinite Campus's vendor authorization). */
    public Builder vendorCredentials(String key, String secret) {
      this.vendorKey = Objects.requireNonNull(key, "key");
      this.vendorSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /** A vendor-specific option. */
    public Builder vendorOption(String name, String value) {
      vendorOptions.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The {@link HttpClient} to use; by default the client makes one that never follows redirects
     * (so credentials are never sent to another address).
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** The connect timeout of the client's own HttpClient; default 10 s. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** The timeout of each request attempt; default 60 s. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** The User-Agent; default {@code oneroster4j/<version>}. */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /** How failed requests are retried; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** The most requests in flight at once; default the vendor's. */
    public Builder maxConcurrency(int maxConcurrency) {
      if (maxConcurrency < 1) {
        throw new IllegalArgumentException("maxConcurrency must be at least 1");
      }
      this.maxConcurrency = maxConcurrency;
      return this;
    }

    /** The page size when a query does not say; default the vendor's. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1");
      }
      this.pageSize = pageSize;
      return this;
    }

    /** The clock for token expiry, OAuth 1 timestamps and retry timing; default system UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Allows plain {@code http://} to hosts other than loopback. Off by default: credentials and
     * student data must not cross a network unencrypted.
     */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /** The largest response body read (a page or an echo); default 64 MiB. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** Test hook: what waits between retries. */
    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Test hook: the random source of jitter and OAuth 1 nonces. */
    Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Test hook: the most pages one collection may have. */
    Builder maxPages(int maxPages) {
      this.maxPages = maxPages;
      return this;
    }

    /**
     * Builds the client: resolves the vendor, normalizes the URL, and checks the settings.
     *
     * @throws IllegalStateException naming a missing setting and how to set it
     * @throws org.oneroster4j.error.ValidationException when the vendor refuses the URL or options
     */
    public OneRosterClient build() {
      if (url == null || url.isBlank()) {
        throw new IllegalStateException(
            "No SIS URL: call url(\"https://sis.example.org\") with the address the SIS"
                + " administrator gave you");
      }
      if (credentials == null) {
        throw new IllegalStateException(
            "No credentials: call credentials(Credentials.clientCredentials(clientId,"
                + " clientSecret)) for OAuth 2, or Credentials.oauth1(key, secret) for OAuth 1.0a");
      }
      SisVendor vendor = SisVendors.resolve(vendorInstance, vendorId, url);
      ConnectionRequest.Builder request = ConnectionRequest.builder().url(url);
      if (tokenUrl != null) {
        request.tokenUrl(tokenUrl);
      }
      if (vendorKey != null) {
        request.vendorCredentials(vendorKey, vendorSecret);
      }
      request.options(vendorOptions);
      VendorConnection connection = vendor.connect(request.build());
      URI baseUrl = connection.baseUrl();
      requireSecureScheme(baseUrl, "SIS URL");

      HttpClient http =
          httpClient != null
              ? httpClient
              : HttpClient.newBuilder()
                  .connectTimeout(connectTimeout)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
      int concurrency = maxConcurrency != null ? maxConcurrency : vendor.defaultConcurrency();
      int size = pageSize != null ? pageSize : vendor.defaultPageSize();
      RandomGenerator rnd = random != null ? random : new java.security.SecureRandom();
      boolean vendorCredentialsConfigured = vendorKey != null;
      Transport transport =
          new Transport(
              http,
              Math.max(1, concurrency),
              userAgent != null ? userAgent : "oneroster4j/" + VERSION,
              requestTimeout,
              retryPolicy,
              clock,
              sleeper,
              rnd,
              maxResponseBytes,
              8 * 1024,
              (status, method, path) ->
                  vendor.explainAuthFailure(status, method, path, vendorCredentialsConfigured));

      Authenticator auth;
      if (credentials.scheme() == Credentials.Scheme.OAUTH1) {
        Credentials.SignatureMethod m = credentials.signatureMethod();
        auth =
            new OAuth1Authenticator(
                new OAuth1Signer(
                    credentials.id(),
                    credentials.secret(),
                    m.wireName(),
                    m.macAlgorithm(),
                    clock,
                    rnd));
      } else {
        URI token =
            connection
                .tokenUrl()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "No OAuth 2 token URL: the "
                                + vendor.displayName()
                                + " connection needs one; call tokenUrl(\"https://…/token\") with"
                                + " the token (authentication) URL the SIS documents"));
        requireSecureScheme(token, "token URL");
        auth =
            new OAuth2TokenProvider(
                transport,
                token,
                credentials.id(),
                credentials.secret(),
                connection.scope().orElse(OAuth2TokenProvider.DEFAULT_SCOPE),
                connection.tokenRequestParameters(),
                connection.keepsCookies(),
                clock);
      }
      return new OneRosterClient(
          copy(), vendor, connection, transport, auth, size, concurrency, RequestOptions.none());
    }

    private void requireSecureScheme(URI uri, String what) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("https")) {
        return;
      }
      if (scheme.equals("http") && (allowInsecureHttp || VendorUrls.isLoopback(uri.getHost()))) {
        return;
      }
      throw new IllegalStateException(
          "The "
              + what
              + " "
              + uri.getScheme()
              + "://"
              + uri.getHost()
              + " is not https: plain http is refused except to this machine (loopback), because"
              + " credentials and student data would cross the network unencrypted. Use the"
              + " https:// address, or call allowInsecureHttp(true) for a test server");
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
