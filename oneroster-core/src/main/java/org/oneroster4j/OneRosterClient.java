package org.oneroster4j;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.oneroster4j.error.NotFoundException;
import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.internal.PercentEncoding;
import org.oneroster4j.internal.auth.OAuth1Authenticator;
import org.oneroster4j.internal.auth.OAuth1Signer;
import org.oneroster4j.internal.auth.OAuth2TokenProvider;
import org.oneroster4j.internal.endpoint.Endpoint;
import org.oneroster4j.internal.endpoint.Endpoints;
import org.oneroster4j.internal.endpoint.RequestUris;
import org.oneroster4j.internal.endpoint.SisIds;
import org.oneroster4j.internal.http.Authenticator;
import org.oneroster4j.internal.http.HttpCall;
import org.oneroster4j.internal.http.HttpResources;
import org.oneroster4j.internal.http.Transport;
import org.oneroster4j.internal.json.CollectionReader;
import org.oneroster4j.internal.json.JsonFormatException;
import org.oneroster4j.internal.json.OneRosterJson;
import org.oneroster4j.internal.json.WriteEcho;
import org.oneroster4j.internal.paging.Pager;
import org.oneroster4j.internal.retry.Sleeper;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.AssessmentLineItem;
import org.oneroster4j.model.AssessmentResult;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.Course;
import org.oneroster4j.model.Demographics;
import org.oneroster4j.model.Enrollment;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.OneRosterEntity;
import org.oneroster4j.model.Org;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.model.ScoreScale;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OneRoster client (1.1 or 1.2) for one SIS connection: every rostering read, every gradebook
 * read and write, with authentication, lazy paging, retries and typed errors. Built only by {@link
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
 *
 * <p>Ids are given as the SIS sent them: the client percent-encodes them into the path, and refuses
 * a null, blank, {@code .} or {@code ..} id before any request.
 *
 * <p>A client owns threads and connections: {@link #close()} it when done (or use
 * try-with-resources). Views made by {@link #with(RequestOptions)} are the same client; variants
 * made by {@link #toBuilder()} share its HTTP client, which ends when the last of them is closed.
 */
public final class OneRosterClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OneRosterClient.class);

  /** The default of {@link Builder#maxListItems(int)}. */
  public static final int DEFAULT_MAX_LIST_ITEMS = 100_000;

  private static final String VERSION =
      Optional.ofNullable(OneRosterClient.class.getPackage().getImplementationVersion())
          .orElse("dev");

  private final Builder settings;
  private final SisVendor vendor;
  private final VendorConnection connection;
  private final URI baseUrl;
  private final OneRosterVersion version;
  private final Map<Service, String> serviceBases;
  private final Map<Service, RequestUris> requestUris;
  private final Transport transport;
  private final Authenticator authenticator;
  private final int pageSize;
  private final int maxConcurrency;
  private final int maxPages;
  private final int maxListItems;
  private final RequestOptions options;
  private final OneRosterJson json;
  private final Lifecycle lifecycle;

  /** What a client and its views share: whether it was closed, and its HTTP resources. */
  private static final class Lifecycle {
    final AtomicBoolean closed = new AtomicBoolean();
    final HttpResources http;

    Lifecycle(HttpResources http) {
      this.http = http;
    }
  }

  private OneRosterClient(
      Builder settings,
      SisVendor vendor,
      VendorConnection connection,
      Transport transport,
      Authenticator authenticator,
      int pageSize,
      int maxConcurrency,
      RequestOptions options,
      Lifecycle lifecycle) {
    this.settings = settings;
    this.lifecycle = lifecycle;
    this.vendor = vendor;
    this.connection = connection;
    this.baseUrl = connection.baseUrl();
    this.version = connection.version();
    this.json = OneRosterJson.of(version);
    Map<Service, String> bases = new EnumMap<>(Service.class);
    for (Service service : Service.values()) {
      String b = connection.serviceUrl(service).toString();
      bases.put(service, b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
    }
    this.serviceBases = Collections.unmodifiableMap(bases);
    Map<Service, RequestUris> uris = new EnumMap<>(Service.class);
    bases.forEach((service, b) -> uris.put(service, new RequestUris(b)));
    this.requestUris = Collections.unmodifiableMap(uris);
    this.transport = transport;
    this.authenticator = authenticator;
    this.pageSize = pageSize;
    this.maxConcurrency = maxConcurrency;
    this.maxPages = settings.values.maxPages;
    this.maxListItems = settings.values.maxListItems;
    this.options = options;
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder; {@link Builder#url(String)} and {@link
   *     Builder#credentials(Credentials)} must be set before {@link Builder#build()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this client's settings that shares its HTTP client; change what differs and
   * build a variant. The shared HTTP client ends when the last client using it is closed.
   *
   * @return a new builder holding a copy of this client's settings; changing it does not change
   *     this client
   * @throws IllegalStateException when this client was closed
   */
  public Builder toBuilder() {
    Builder b = settings.copy();
    b.values.httpClient = transport.httpClient();
    b.values.sharedHttp = lifecycle.http;
    return b;
  }

  /**
   * Ends this client: its HTTP client's threads and connections (when the client made its own; one
   * given to {@link Builder#httpClient(HttpClient)} is yours to close) and, with the last open
   * client, the SDK's body-timeout thread. Later calls fail with {@link IllegalStateException}.
   * Closing twice does nothing; views made by {@link #with(RequestOptions)} close with it.
   *
   * <p>On Java 17 to 20, whose HTTP client cannot be closed, the JDK's selector thread ends within
   * seconds once the HTTP client is garbage-collected: the closed client keeps no reference to it.
   */
  @Override
  public void close() {
    if (lifecycle.closed.compareAndSet(false, true)) {
      transport.close();
      lifecycle.http.release();
    }
  }

  /**
   * A view of this client whose calls use {@code options} on top of the current ones; it shares the
   * connection, token cache and concurrency limit.
   *
   * @param options the options to apply: their non-null settings win over the current ones, and
   *     their headers are added, replacing current headers of the same name
   * @return a view that sends every call with the merged options; closing it closes this client too
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
        this.options.merge(options),
        lifecycle);
  }

  /**
   * {@return the SIS vendor this client talks to (explicit, by id, detected from the URL, or
   * generic)}
   */
  public SisVendor vendor() {
    return vendor;
  }

  /**
   * {@return the gradebook rules of this connection: the vendor's {@link
   * SisVendor#lineItemRules(OneRosterVersion)} for this client's version, as changed by vendor
   * options when the vendor supports that (e.g. Aeries' {@code titleMaxLength})}
   */
  public LineItemRules lineItemRules() {
    return connection.lineItemRules().orElseGet(() -> vendor.lineItemRules(version));
  }

  /**
   * {@return the normalized OneRoster base URL: in 1.1 the base ending with {@code
   * /ims/oneroster/v1p1}, in 1.2 the root ending with {@code /ims/oneroster} (see {@link
   * #serviceUrl(Service)})}
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * {@return the OneRoster version this client speaks: chosen, detected from the URL, or the
   * vendor's}
   */
  public OneRosterVersion version() {
    return version;
  }

  /**
   * {@return the base URL of one service, without a trailing slash: in 1.2 e.g. {@code
   * …/ims/oneroster/gradebook/v1p2}; in 1.1 the one base URL for every service}
   *
   * @param service the service; in 1.2 its URL is the vendor's, or the one given to {@link
   *     Builder#serviceUrl(Service, String)}
   */
  public URI serviceUrl(Service service) {
    Objects.requireNonNull(service, "service");
    return URI.create(serviceBases.get(service));
  }

  /**
   * {@return the most requests in flight at once: the builder's setting or the vendor's default}
   */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /**
   * {@return the page size asked for when a query does not say: the builder's or the vendor's
   * default}
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * {@return the most items gathered into memory from one collection, and the most one page may
   * hold (see {@link Builder#maxListItems(int)})} Streaming a collection is not limited by it.
   */
  public int maxListItems() {
    return maxListItems;
  }

  @Override
  public String toString() {
    return "OneRosterClient[vendor="
        + vendor.id()
        + ", version="
        + version.label()
        + ", baseUrl="
        + baseUrl
        + ", credentials="
        + settings.values.credentials
        + "]";
  }

  // ---------------------------------------------------------------- rostering reads

  /**
   * {@code GET /orgs}.
   *
   * @return all orgs, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<Org> orgs() {
    return orgs(Query.all());
  }

  /**
   * {@code GET /orgs} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the orgs the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<Org> orgs(Query query) {
    return list(Endpoints.ORG_ALL, query);
  }

  /**
   * {@code GET /orgs/{sourcedId}}.
   *
   * @param sourcedId the org's sourcedId (the client percent-encodes it)
   * @return the org as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the org (or the base URL
   *     is wrong)
   */
  public Org org(String sourcedId) {
    return one(Endpoints.ORG, sourcedId);
  }

  /**
   * {@code GET /schools}.
   *
   * @return all schools, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<Org> schools() {
    return schools(Query.all());
  }

  /**
   * {@code GET /schools} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the schools the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<Org> schools(Query query) {
    return list(Endpoints.SCHOOL_ALL, query);
  }

  /**
   * {@code GET /schools/{sourcedId}}.
   *
   * @param sourcedId the school's sourcedId (the client percent-encodes it)
   * @return the school as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the school (or the base
   *     URL is wrong)
   */
  public Org school(String sourcedId) {
    return one(Endpoints.SCHOOL, sourcedId);
  }

  /**
   * {@code GET /academicSessions}.
   *
   * @return all academic sessions, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<AcademicSession> academicSessions() {
    return academicSessions(Query.all());
  }

  /**
   * {@code GET /academicSessions} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the academic sessions the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<AcademicSession> academicSessions(Query query) {
    return list(Endpoints.ACADEMIC_SESSION_ALL, query);
  }

  /**
   * {@code GET /academicSessions/{sourcedId}}.
   *
   * @param sourcedId the academic session's sourcedId (the client percent-encodes it)
   * @return the academic session as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the academic session (or
   *     the base URL is wrong)
   */
  public AcademicSession academicSession(String sourcedId) {
    return one(Endpoints.ACADEMIC_SESSION, sourcedId);
  }

  /**
   * {@code GET /terms}.
   *
   * @return all terms, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<AcademicSession> terms() {
    return terms(Query.all());
  }

  /**
   * {@code GET /terms} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the terms the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<AcademicSession> terms(Query query) {
    return list(Endpoints.TERM_ALL, query);
  }

  /**
   * {@code GET /terms/{sourcedId}}.
   *
   * @param sourcedId the term's sourcedId (the client percent-encodes it)
   * @return the term as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the term (or the base URL
   *     is wrong)
   */
  public AcademicSession term(String sourcedId) {
    return one(Endpoints.TERM, sourcedId);
  }

  /**
   * {@code GET /gradingPeriods}.
   *
   * @return all grading periods, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<AcademicSession> gradingPeriods() {
    return gradingPeriods(Query.all());
  }

  /**
   * {@code GET /gradingPeriods} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the grading periods the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<AcademicSession> gradingPeriods(Query query) {
    return list(Endpoints.GRADING_PERIOD_ALL, query);
  }

  /**
   * {@code GET /gradingPeriods/{sourcedId}}.
   *
   * @param sourcedId the grading period's sourcedId (the client percent-encodes it)
   * @return the grading period as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the grading period (or the
   *     base URL is wrong)
   */
  public AcademicSession gradingPeriod(String sourcedId) {
    return one(Endpoints.GRADING_PERIOD, sourcedId);
  }

  /**
   * {@code GET /courses}.
   *
   * @return all courses, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<Course> courses() {
    return courses(Query.all());
  }

  /**
   * {@code GET /courses} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the courses the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<Course> courses(Query query) {
    return list(Endpoints.COURSE_ALL, query);
  }

  /**
   * {@code GET /courses/{sourcedId}}.
   *
   * @param sourcedId the course's sourcedId (the client percent-encodes it)
   * @return the course as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the course (or the base
   *     URL is wrong)
   */
  public Course course(String sourcedId) {
    return one(Endpoints.COURSE, sourcedId);
  }

  /**
   * {@code GET /classes}.
   *
   * @return all classes, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<SchoolClass> classes() {
    return classes(Query.all());
  }

  /**
   * {@code GET /classes} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the classes the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<SchoolClass> classes(Query query) {
    return list(Endpoints.CLASS_ALL, query);
  }

  /**
   * {@code GET /classes/{sourcedId}}.
   *
   * @param sourcedId the class's sourcedId (the client percent-encodes it)
   * @return the class as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the class (or the base URL
   *     is wrong)
   */
  public SchoolClass schoolClass(String sourcedId) {
    return one(Endpoints.CLASS, sourcedId);
  }

  /**
   * {@code GET /users}.
   *
   * @return all users, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<User> users() {
    return users(Query.all());
  }

  /**
   * {@code GET /users} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the users the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<User> users(Query query) {
    return list(Endpoints.USER_ALL, query);
  }

  /**
   * {@code GET /users/{sourcedId}}.
   *
   * @param sourcedId the user's sourcedId (the client percent-encodes it)
   * @return the user as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the user (or the base URL
   *     is wrong)
   */
  public User user(String sourcedId) {
    return one(Endpoints.USER, sourcedId);
  }

  /**
   * {@code GET /students}.
   *
   * @return all students, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<User> students() {
    return students(Query.all());
  }

  /**
   * {@code GET /students} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the students the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<User> students(Query query) {
    return list(Endpoints.STUDENT_ALL, query);
  }

  /**
   * {@code GET /students/{sourcedId}}.
   *
   * @param sourcedId the student's sourcedId (the client percent-encodes it)
   * @return the student as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the student (or the base
   *     URL is wrong)
   */
  public User student(String sourcedId) {
    return one(Endpoints.STUDENT, sourcedId);
  }

  /**
   * {@code GET /teachers}.
   *
   * @return all teachers, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<User> teachers() {
    return teachers(Query.all());
  }

  /**
   * {@code GET /teachers} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the teachers the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<User> teachers(Query query) {
    return list(Endpoints.TEACHER_ALL, query);
  }

  /**
   * {@code GET /teachers/{sourcedId}}.
   *
   * @param sourcedId the teacher's sourcedId (the client percent-encodes it)
   * @return the teacher as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the teacher (or the base
   *     URL is wrong)
   */
  public User teacher(String sourcedId) {
    return one(Endpoints.TEACHER, sourcedId);
  }

  /**
   * {@code GET /enrollments}.
   *
   * @return all enrollments, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<Enrollment> enrollments() {
    return enrollments(Query.all());
  }

  /**
   * {@code GET /enrollments} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the enrollments the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<Enrollment> enrollments(Query query) {
    return list(Endpoints.ENROLLMENT_ALL, query);
  }

  /**
   * {@code GET /enrollments/{sourcedId}}.
   *
   * @param sourcedId the enrollment's sourcedId (the client percent-encodes it)
   * @return the enrollment as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the enrollment (or the
   *     base URL is wrong)
   */
  public Enrollment enrollment(String sourcedId) {
    return one(Endpoints.ENROLLMENT, sourcedId);
  }

  /**
   * {@code GET /demographics}.
   *
   * <p>Under OneRoster 1.2 this needs the {@code roster-demographics.readonly} scope, which the
   * client asks for only when built with {@code
   * scopes(OneRosterScopes.ROSTER_DEMOGRAPHICS_READONLY, …)}; without it the SIS refuses the
   * request.
   *
   * @return all demographics records, fetched in pages of {@link #pageSize()} as iteration needs
   *     them
   */
  public PagedIterable<Demographics> demographics() {
    return demographics(Query.all());
  }

  /**
   * {@code GET /demographics} with a query.
   *
   * <p>Under OneRoster 1.2 this needs the {@code roster-demographics.readonly} scope, which the
   * client asks for only when built with {@code
   * scopes(OneRosterScopes.ROSTER_DEMOGRAPHICS_READONLY, …)}; without it the SIS refuses the
   * request.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the demographics records the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<Demographics> demographics(Query query) {
    return list(Endpoints.DEMOGRAPHIC_ALL, query);
  }

  /**
   * {@code GET /demographics/{sourcedId}}.
   *
   * <p>Under OneRoster 1.2 this needs the {@code roster-demographics.readonly} scope, which the
   * client asks for only when built with {@code
   * scopes(OneRosterScopes.ROSTER_DEMOGRAPHICS_READONLY, …)}; without it the SIS refuses the
   * request.
   *
   * @param sourcedId the demographics record's sourcedId (the client percent-encodes it)
   * @return the demographics record as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the demographics record
   *     (or the base URL is wrong)
   */
  public Demographics demographic(String sourcedId) {
    return one(Endpoints.DEMOGRAPHIC, sourcedId);
  }

  /**
   * {@code GET /schools/{schoolId}/courses}.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @return the school's courses, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<Course> coursesForSchool(String schoolId) {
    return coursesForSchool(schoolId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/courses} with a query.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the school's courses the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<Course> coursesForSchool(String schoolId, Query query) {
    return list(Endpoints.COURSES_FOR_SCHOOL, query, schoolId);
  }

  /**
   * {@code GET /schools/{schoolId}/classes/{classId}/enrollments}.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @return the class's enrollments, fetched in pages of {@link #pageSize()} as iteration needs
   *     them
   */
  public PagedIterable<Enrollment> enrollmentsForClassInSchool(String schoolId, String classId) {
    return enrollmentsForClassInSchool(schoolId, classId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/classes/{classId}/enrollments} with a query.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the class's enrollments the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<Enrollment> enrollmentsForClassInSchool(
      String schoolId, String classId, Query query) {
    return list(Endpoints.ENROLLMENTS_FOR_CLASS_IN_SCHOOL, query, schoolId, classId);
  }

  /**
   * {@code GET /schools/{schoolId}/classes/{classId}/students}.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @return the class's students, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<User> studentsForClassInSchool(String schoolId, String classId) {
    return studentsForClassInSchool(schoolId, classId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/classes/{classId}/students} with a query.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the class's students the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<User> studentsForClassInSchool(
      String schoolId, String classId, Query query) {
    return list(Endpoints.STUDENTS_FOR_CLASS_IN_SCHOOL, query, schoolId, classId);
  }

  /**
   * {@code GET /schools/{schoolId}/classes/{classId}/teachers}.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @return the class's teachers, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<User> teachersForClassInSchool(String schoolId, String classId) {
    return teachersForClassInSchool(schoolId, classId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/classes/{classId}/teachers} with a query.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the class's teachers the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<User> teachersForClassInSchool(
      String schoolId, String classId, Query query) {
    return list(Endpoints.TEACHERS_FOR_CLASS_IN_SCHOOL, query, schoolId, classId);
  }

  /**
   * {@code GET /schools/{schoolId}/enrollments}.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @return the school's enrollments, fetched in pages of {@link #pageSize()} as iteration needs
   *     them
   */
  public PagedIterable<Enrollment> enrollmentsForSchool(String schoolId) {
    return enrollmentsForSchool(schoolId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/enrollments} with a query.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the school's enrollments the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<Enrollment> enrollmentsForSchool(String schoolId, Query query) {
    return list(Endpoints.ENROLLMENTS_FOR_SCHOOL, query, schoolId);
  }

  /**
   * {@code GET /schools/{schoolId}/students}.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @return the school's students, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<User> studentsForSchool(String schoolId) {
    return studentsForSchool(schoolId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/students} with a query.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the school's students the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<User> studentsForSchool(String schoolId, Query query) {
    return list(Endpoints.STUDENTS_FOR_SCHOOL, query, schoolId);
  }

  /**
   * {@code GET /schools/{schoolId}/teachers}.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @return the school's teachers, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<User> teachersForSchool(String schoolId) {
    return teachersForSchool(schoolId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/teachers} with a query.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the school's teachers the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<User> teachersForSchool(String schoolId, Query query) {
    return list(Endpoints.TEACHERS_FOR_SCHOOL, query, schoolId);
  }

  /**
   * {@code GET /schools/{schoolId}/terms}.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @return the school's terms, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<AcademicSession> termsForSchool(String schoolId) {
    return termsForSchool(schoolId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/terms} with a query.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the school's terms the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<AcademicSession> termsForSchool(String schoolId, Query query) {
    return list(Endpoints.TERMS_FOR_SCHOOL, query, schoolId);
  }

  /**
   * {@code GET /terms/{termId}/classes}.
   *
   * @param termId the term's sourcedId (the client percent-encodes it)
   * @return the term's classes, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<SchoolClass> classesForTerm(String termId) {
    return classesForTerm(termId, Query.all());
  }

  /**
   * {@code GET /terms/{termId}/classes} with a query.
   *
   * @param termId the term's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the term's classes the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<SchoolClass> classesForTerm(String termId, Query query) {
    return list(Endpoints.CLASSES_FOR_TERM, query, termId);
  }

  /**
   * {@code GET /terms/{termId}/gradingPeriods}.
   *
   * @param termId the term's sourcedId (the client percent-encodes it)
   * @return the term's grading periods, fetched in pages of {@link #pageSize()} as iteration needs
   *     them
   */
  public PagedIterable<AcademicSession> gradingPeriodsForTerm(String termId) {
    return gradingPeriodsForTerm(termId, Query.all());
  }

  /**
   * {@code GET /terms/{termId}/gradingPeriods} with a query.
   *
   * @param termId the term's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the term's grading periods the query selects, fetched a page at a time as iteration
   *     needs them
   */
  public PagedIterable<AcademicSession> gradingPeriodsForTerm(String termId, Query query) {
    return list(Endpoints.GRADING_PERIODS_FOR_TERM, query, termId);
  }

  /**
   * {@code GET /courses/{courseId}/classes}.
   *
   * @param courseId the course's sourcedId (the client percent-encodes it)
   * @return the course's classes, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<SchoolClass> classesForCourse(String courseId) {
    return classesForCourse(courseId, Query.all());
  }

  /**
   * {@code GET /courses/{courseId}/classes} with a query.
   *
   * @param courseId the course's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the course's classes the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<SchoolClass> classesForCourse(String courseId, Query query) {
    return list(Endpoints.CLASSES_FOR_COURSE, query, courseId);
  }

  /**
   * {@code GET /students/{studentId}/classes}.
   *
   * @param studentId the student's sourcedId (the client percent-encodes it)
   * @return the student's classes, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<SchoolClass> classesForStudent(String studentId) {
    return classesForStudent(studentId, Query.all());
  }

  /**
   * {@code GET /students/{studentId}/classes} with a query.
   *
   * @param studentId the student's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the student's classes the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<SchoolClass> classesForStudent(String studentId, Query query) {
    return list(Endpoints.CLASSES_FOR_STUDENT, query, studentId);
  }

  /**
   * {@code GET /teachers/{teacherId}/classes}.
   *
   * @param teacherId the teacher's sourcedId (the client percent-encodes it)
   * @return the teacher's classes, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<SchoolClass> classesForTeacher(String teacherId) {
    return classesForTeacher(teacherId, Query.all());
  }

  /**
   * {@code GET /teachers/{teacherId}/classes} with a query.
   *
   * @param teacherId the teacher's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the teacher's classes the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<SchoolClass> classesForTeacher(String teacherId, Query query) {
    return list(Endpoints.CLASSES_FOR_TEACHER, query, teacherId);
  }

  /**
   * {@code GET /schools/{schoolId}/classes}.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @return the school's classes, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<SchoolClass> classesForSchool(String schoolId) {
    return classesForSchool(schoolId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/classes} with a query.
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the school's classes the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<SchoolClass> classesForSchool(String schoolId, Query query) {
    return list(Endpoints.CLASSES_FOR_SCHOOL, query, schoolId);
  }

  /**
   * {@code GET /users/{userId}/classes}.
   *
   * @param userId the user's sourcedId (the client percent-encodes it)
   * @return the user's classes, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<SchoolClass> classesForUser(String userId) {
    return classesForUser(userId, Query.all());
  }

  /**
   * {@code GET /users/{userId}/classes} with a query.
   *
   * @param userId the user's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the user's classes the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<SchoolClass> classesForUser(String userId, Query query) {
    return list(Endpoints.CLASSES_FOR_USER, query, userId);
  }

  /**
   * {@code GET /classes/{classId}/students}.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @return the class's students, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<User> studentsForClass(String classId) {
    return studentsForClass(classId, Query.all());
  }

  /**
   * {@code GET /classes/{classId}/students} with a query.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the class's students the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<User> studentsForClass(String classId, Query query) {
    return list(Endpoints.STUDENTS_FOR_CLASS, query, classId);
  }

  /**
   * {@code GET /classes/{classId}/teachers}.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @return the class's teachers, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<User> teachersForClass(String classId) {
    return teachersForClass(classId, Query.all());
  }

  /**
   * {@code GET /classes/{classId}/teachers} with a query.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the class's teachers the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<User> teachersForClass(String classId, Query query) {
    return list(Endpoints.TEACHERS_FOR_CLASS, query, classId);
  }

  // ---------------------------------------------------------------- convenience

  /**
   * The teacher with this email ({@code GET /teachers?filter=email='…'}), if the SIS has one.
   *
   * <p>Only a teacher whose email equals {@code email} (ignoring case and surrounding spaces) is
   * taken, the first one when several do, or else a single teacher the SIS returned without any
   * email (a SIS that matches the filter but does not send the field). A teacher whose email is a
   * different address is never taken: a SIS that ignores the filter returns every teacher, and the
   * first of them is someone else, whose classes a caller would then link to or export into.
   *
   * @param email the email to look for, sent in the filter as given
   * @return the teacher: the first whose email equals {@code email}, else the only teacher returned
   *     when it has no email; empty when there is neither
   * @throws org.oneroster4j.error.LimitExceededException when more than {@link #maxListItems()}
   *     teachers come back without an exact match (a SIS that ignores the filter)
   */
  public Optional<User> teacherByEmail(String email) {
    Objects.requireNonNull(email, "email");
    String wanted = email.strip();
    User withoutEmail = null;
    long examined = 0;
    long others = 0;
    for (User u : teachers(Query.builder().filter(Filter.eq("email", email)).build())) {
      if (++examined > maxListItems) {
        // A SIS that ignores the filter and pages endlessly would keep this loop going for ever.
        throw Pager.tooMany("GET /teachers?filter=email", maxListItems);
      }
      String has = u.email() == null ? "" : u.email().strip();
      if (has.equalsIgnoreCase(wanted)) {
        return Optional.of(u);
      }
      if (has.isEmpty()) {
        withoutEmail = u;
      } else {
        others++;
      }
    }
    if (examined == 1 && withoutEmail != null) {
      return Optional.of(withoutEmail);
    }
    if (others > 0) {
      LOG.warn(
          "GET /teachers?filter=email returned {} teacher(s), none with the email asked for; the"
              + " SIS may ignore filters",
          examined);
    }
    return Optional.empty();
  }

  /**
   * The active classes of the teacher with this email: {@code GET /teachers?filter=email='…'} then
   * {@code GET /teachers/{id}/classes?filter=status='active'} (classes marked {@code tobedeleted}
   * are dropped even when the SIS ignores the filter).
   *
   * @param email the teacher's email, looked up as {@link #teacherByEmail(String)} does
   * @return the teacher's classes in the SIS's order, unmodifiable
   * @throws NotFoundException when the SIS has no teacher with this email
   * @throws ProtocolException when the teacher the SIS returned has no sourcedId the client can put
   *     in a path (missing, blank, {@code .} or {@code ..})
   * @throws org.oneroster4j.error.LimitExceededException when the SIS returns more than {@link
   *     #maxListItems()} classes
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
    String teacherId =
        SisIds.require(teacher.sourcedId(), "teacher", "GET /teachers?filter=email='…'");
    for (SchoolClass c : classesForTeacher(teacherId, active).toList(maxListItems)) {
      if (!StatusType.TO_BE_DELETED.equals(c.status())) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- gradebook reads

  /**
   * {@code GET /categories}.
   *
   * @return all categories, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<Category> categories() {
    return categories(Query.all());
  }

  /**
   * {@code GET /categories} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the categories the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<Category> categories(Query query) {
    return list(Endpoints.CATEGORY_ALL, query);
  }

  /**
   * {@code GET /categories/{sourcedId}}.
   *
   * @param sourcedId the category's sourcedId (the client percent-encodes it)
   * @return the category as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the category (or the base
   *     URL is wrong)
   */
  public Category category(String sourcedId) {
    return one(Endpoints.CATEGORY, sourcedId);
  }

  /**
   * {@code GET /classes/{classId}/categories}.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @return the class's categories, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<Category> categoriesForClass(String classId) {
    return categoriesForClass(classId, Query.all());
  }

  /**
   * {@code GET /classes/{classId}/categories} with a query.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the class's categories the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<Category> categoriesForClass(String classId, Query query) {
    return list(Endpoints.CATEGORIES_FOR_CLASS, query, classId);
  }

  /**
   * {@code GET /lineItems}.
   *
   * @return all line items, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<LineItem> lineItems() {
    return lineItems(Query.all());
  }

  /**
   * {@code GET /lineItems} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the line items the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<LineItem> lineItems(Query query) {
    return list(Endpoints.LINE_ITEM_ALL, query);
  }

  /**
   * {@code GET /lineItems/{sourcedId}}.
   *
   * @param sourcedId the line item's sourcedId (the client percent-encodes it)
   * @return the line item as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the line item (or the base
   *     URL is wrong)
   */
  public LineItem lineItem(String sourcedId) {
    return one(Endpoints.LINE_ITEM, sourcedId);
  }

  /**
   * {@code GET /classes/{classId}/lineItems}.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @return the class's line items, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<LineItem> lineItemsForClass(String classId) {
    return lineItemsForClass(classId, Query.all());
  }

  /**
   * {@code GET /classes/{classId}/lineItems} with a query.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the class's line items the query selects, fetched a page at a time as iteration needs
   *     them
   */
  public PagedIterable<LineItem> lineItemsForClass(String classId, Query query) {
    return list(Endpoints.LINE_ITEMS_FOR_CLASS, query, classId);
  }

  /**
   * {@code GET /results}.
   *
   * @return all results, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<Result> results() {
    return results(Query.all());
  }

  /**
   * {@code GET /results} with a query.
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the results the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<Result> results(Query query) {
    return list(Endpoints.RESULT_ALL, query);
  }

  /**
   * {@code GET /results/{sourcedId}}.
   *
   * @param sourcedId the result's sourcedId (the client percent-encodes it)
   * @return the result as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the result (or the base
   *     URL is wrong)
   */
  public Result result(String sourcedId) {
    return one(Endpoints.RESULT, sourcedId);
  }

  /**
   * {@code GET /classes/{classId}/results}.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @return the class's results, fetched in pages of {@link #pageSize()} as iteration needs them
   */
  public PagedIterable<Result> resultsForClass(String classId) {
    return resultsForClass(classId, Query.all());
  }

  /**
   * {@code GET /classes/{classId}/results} with a query.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the class's results the query selects, fetched a page at a time as iteration needs them
   */
  public PagedIterable<Result> resultsForClass(String classId, Query query) {
    return list(Endpoints.RESULTS_FOR_CLASS, query, classId);
  }

  /**
   * {@code GET /classes/{classId}/lineItems/{lineItemId}/results}.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param lineItemId the line item's sourcedId (the client percent-encodes it)
   * @return the line item's results in the class, fetched in pages of {@link #pageSize()} as
   *     iteration needs them
   */
  public PagedIterable<Result> resultsForLineItemForClass(String classId, String lineItemId) {
    return resultsForLineItemForClass(classId, lineItemId, Query.all());
  }

  /**
   * {@code GET /classes/{classId}/lineItems/{lineItemId}/results} with a query.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param lineItemId the line item's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the line item's results in the class the query selects, fetched a page at a time as
   *     iteration needs them
   */
  public PagedIterable<Result> resultsForLineItemForClass(
      String classId, String lineItemId, Query query) {
    return list(Endpoints.RESULTS_FOR_LINE_ITEM_FOR_CLASS, query, classId, lineItemId);
  }

  /**
   * {@code GET /classes/{classId}/students/{studentId}/results}.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param studentId the student's sourcedId (the client percent-encodes it)
   * @return the student's results in the class, fetched in pages of {@link #pageSize()} as
   *     iteration needs them
   */
  public PagedIterable<Result> resultsForStudentForClass(String classId, String studentId) {
    return resultsForStudentForClass(classId, studentId, Query.all());
  }

  /**
   * {@code GET /classes/{classId}/students/{studentId}/results} with a query.
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param studentId the student's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the student's results in the class the query selects, fetched a page at a time as
   *     iteration needs them
   */
  public PagedIterable<Result> resultsForStudentForClass(
      String classId, String studentId, Query query) {
    return list(Endpoints.RESULTS_FOR_STUDENT_FOR_CLASS, query, classId, studentId);
  }

  /**
   * {@code GET /scoreScales} (OneRoster 1.2 only).
   *
   * @return all score scales, fetched in pages of {@link #pageSize()} as iteration needs them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<ScoreScale> scoreScales() {
    return scoreScales(Query.all());
  }

  /**
   * {@code GET /scoreScales} with a query (OneRoster 1.2 only).
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the score scales the query selects, fetched a page at a time as iteration needs them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<ScoreScale> scoreScales(Query query) {
    return list(Endpoints.SCORE_SCALE_ALL, query);
  }

  /**
   * {@code GET /scoreScales/{sourcedId}} (OneRoster 1.2 only).
   *
   * @param sourcedId the score scale's sourcedId (the client percent-encodes it)
   * @return the score scale as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the score scale (or the
   *     base URL is wrong)
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public ScoreScale scoreScale(String sourcedId) {
    return one(Endpoints.SCORE_SCALE, sourcedId);
  }

  /**
   * {@code GET /classes/{classId}/scoreScales} (OneRoster 1.2 only).
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @return the class's score scales, fetched in pages of {@link #pageSize()} as iteration needs
   *     them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<ScoreScale> scoreScalesForClass(String classId) {
    return scoreScalesForClass(classId, Query.all());
  }

  /**
   * {@code GET /classes/{classId}/scoreScales} with a query (OneRoster 1.2 only).
   *
   * @param classId the class's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the class's score scales the query selects, fetched a page at a time as iteration needs
   *     them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<ScoreScale> scoreScalesForClass(String classId, Query query) {
    return list(Endpoints.SCORE_SCALES_FOR_CLASS, query, classId);
  }

  /**
   * {@code GET /schools/{schoolId}/scoreScales} (OneRoster 1.2 only).
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @return the school's score scales, fetched in pages of {@link #pageSize()} as iteration needs
   *     them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<ScoreScale> scoreScalesForSchool(String schoolId) {
    return scoreScalesForSchool(schoolId, Query.all());
  }

  /**
   * {@code GET /schools/{schoolId}/scoreScales} with a query (OneRoster 1.2 only).
   *
   * @param schoolId the school's sourcedId (the client percent-encodes it)
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the school's score scales the query selects, fetched a page at a time as iteration
   *     needs them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<ScoreScale> scoreScalesForSchool(String schoolId, Query query) {
    return list(Endpoints.SCORE_SCALES_FOR_SCHOOL, query, schoolId);
  }

  // ---------------------------------------------------------------- assessment profile reads

  /**
   * {@code GET /assessmentLineItems} (OneRoster 1.2 only; scope {@link
   * OneRosterScopes#ASSESSMENT_READONLY}, which {@link Builder#scopes(String...)} requests).
   *
   * @return all assessment line items, fetched in pages of {@link #pageSize()} as iteration needs
   *     them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<AssessmentLineItem> assessmentLineItems() {
    return assessmentLineItems(Query.all());
  }

  /**
   * {@code GET /assessmentLineItems} with a query (OneRoster 1.2 only).
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the assessment line items the query selects, fetched a page at a time as iteration
   *     needs them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<AssessmentLineItem> assessmentLineItems(Query query) {
    return list(Endpoints.ASSESSMENT_LINE_ITEM_ALL, query);
  }

  /**
   * {@code GET /assessmentLineItems/{sourcedId}} (OneRoster 1.2 only).
   *
   * @param sourcedId the assessment line item's sourcedId (the client percent-encodes it)
   * @return the assessment line item as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the assessment line item
   *     (or the base URL is wrong)
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public AssessmentLineItem assessmentLineItem(String sourcedId) {
    return one(Endpoints.ASSESSMENT_LINE_ITEM, sourcedId);
  }

  /**
   * {@code GET /assessmentResults} (OneRoster 1.2 only; scope {@link
   * OneRosterScopes#ASSESSMENT_READONLY}, which {@link Builder#scopes(String...)} requests).
   *
   * @return all assessment results, fetched in pages of {@link #pageSize()} as iteration needs them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<AssessmentResult> assessmentResults() {
    return assessmentResults(Query.all());
  }

  /**
   * {@code GET /assessmentResults} with a query (OneRoster 1.2 only).
   *
   * @param query the filter, sort, fields and page size to ask for; {@link Query#all()} asks for
   *     none of them
   * @return the assessment results the query selects, fetched a page at a time as iteration needs
   *     them
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public PagedIterable<AssessmentResult> assessmentResults(Query query) {
    return list(Endpoints.ASSESSMENT_RESULT_ALL, query);
  }

  /**
   * {@code GET /assessmentResults/{sourcedId}} (OneRoster 1.2 only).
   *
   * @param sourcedId the assessment result's sourcedId (the client percent-encodes it)
   * @return the assessment result as the SIS sent it
   * @throws NotFoundException when the SIS answers 404: it does not know the assessment result (or
   *     the base URL is wrong)
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public AssessmentResult assessmentResult(String sourcedId) {
    return one(Endpoints.ASSESSMENT_RESULT, sourcedId);
  }

  // ---------------------------------------------------------------- gradebook writes

  /**
   * {@code PUT /categories/{sourcedId}}: creates or replaces the category.
   *
   * @param category the category to create or replace; its sourcedId names the path
   * @return the SIS's status, whether it created the category (201), the sourcedId it echoed (else
   *     the one sent) and its warnings
   * @throws org.oneroster4j.error.ValidationException before any request if the category is invalid
   */
  public WriteResult putCategory(Category category) {
    Objects.requireNonNull(category, "category");
    Validation.require(category, version);
    return put(
        Endpoints.PUT_CATEGORY, path(Endpoints.PUT_CATEGORY, category.sourcedId()), category);
  }

  /**
   * {@code PUT /lineItems/{sourcedId}}: creates or replaces the line item.
   *
   * @param lineItem the line item to create or replace; its sourcedId names the path
   * @return the SIS's status, whether it created the line item (201), the sourcedId it echoed (else
   *     the one sent) and its warnings
   * @throws org.oneroster4j.error.ValidationException before any request if the line item is
   *     invalid
   */
  public WriteResult putLineItem(LineItem lineItem) {
    Objects.requireNonNull(lineItem, "lineItem");
    Validation.require(lineItem, version);
    return put(
        Endpoints.PUT_LINE_ITEM, path(Endpoints.PUT_LINE_ITEM, lineItem.sourcedId()), lineItem);
  }

  /**
   * {@code PUT /results/{sourcedId}}: creates or replaces the result.
   *
   * @param result the result to create or replace; its sourcedId names the path
   * @return the SIS's status, whether it created the result (201), the sourcedId it echoed (else
   *     the one sent) and its warnings
   * @throws org.oneroster4j.error.ValidationException before any request if the result is invalid
   */
  public WriteResult putResult(Result result) {
    Objects.requireNonNull(result, "result");
    Validation.require(result, version);
    return put(Endpoints.PUT_RESULT, path(Endpoints.PUT_RESULT, result.sourcedId()), result);
  }

  /**
   * {@code PUT /scoreScales/{sourcedId}} (OneRoster 1.2 only): creates or replaces the score scale.
   *
   * @param scoreScale the score scale to create or replace; its sourcedId names the path
   * @return the SIS's status, whether it created the score scale (201), the sourcedId it echoed
   *     (else the one sent) and its warnings
   * @throws org.oneroster4j.error.ValidationException before any request if the score scale is
   *     invalid
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public WriteResult putScoreScale(ScoreScale scoreScale) {
    Objects.requireNonNull(scoreScale, "scoreScale");
    String path = path(Endpoints.PUT_SCORE_SCALE, scoreScale.sourcedId());
    Validation.require(scoreScale, version);
    return put(Endpoints.PUT_SCORE_SCALE, path, scoreScale);
  }

  /**
   * {@code DELETE /scoreScales/{sourcedId}} (OneRoster 1.2 only).
   *
   * @param sourcedId the sourcedId of the score scale to delete (the client percent-encodes it)
   * @return the SIS's status (404 when an earlier attempt of this call had already deleted it), the
   *     sourcedId given, and the SIS's warnings
   * @throws NotFoundException when the SIS answers 404 to the first attempt
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public WriteResult deleteScoreScale(String sourcedId) {
    return delete(Endpoints.DELETE_SCORE_SCALE, sourcedId);
  }

  /**
   * {@code DELETE /categories/{sourcedId}}.
   *
   * @param sourcedId the sourcedId of the category to delete (the client percent-encodes it)
   * @return the SIS's status (404 when an earlier attempt of this call had already deleted it), the
   *     sourcedId given, and the SIS's warnings
   * @throws NotFoundException when the SIS answers 404 to the first attempt
   */
  public WriteResult deleteCategory(String sourcedId) {
    return delete(Endpoints.DELETE_CATEGORY, sourcedId);
  }

  /**
   * {@code DELETE /lineItems/{sourcedId}}.
   *
   * @param sourcedId the sourcedId of the line item to delete (the client percent-encodes it)
   * @return the SIS's status (404 when an earlier attempt of this call had already deleted it), the
   *     sourcedId given, and the SIS's warnings
   * @throws NotFoundException when the SIS answers 404 to the first attempt
   */
  public WriteResult deleteLineItem(String sourcedId) {
    return delete(Endpoints.DELETE_LINE_ITEM, sourcedId);
  }

  /**
   * {@code DELETE /results/{sourcedId}}.
   *
   * @param sourcedId the sourcedId of the result to delete (the client percent-encodes it)
   * @return the SIS's status (404 when an earlier attempt of this call had already deleted it), the
   *     sourcedId given, and the SIS's warnings
   * @throws NotFoundException when the SIS answers 404 to the first attempt
   */
  public WriteResult deleteResult(String sourcedId) {
    return delete(Endpoints.DELETE_RESULT, sourcedId);
  }

  // ---------------------------------------------------------------- assessment profile writes

  /**
   * {@code PUT /assessmentLineItems/{sourcedId}} (OneRoster 1.2 only; scope {@link
   * OneRosterScopes#ASSESSMENT_CREATEPUT}): creates or replaces the assessment line item.
   *
   * @param assessmentLineItem the assessment line item to create or replace; its sourcedId names
   *     the path
   * @return the SIS's status, whether it created the assessment line item (201), the sourcedId it
   *     echoed (else the one sent) and its warnings
   * @throws org.oneroster4j.error.ValidationException before any request if the assessment line
   *     item is invalid
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public WriteResult putAssessmentLineItem(AssessmentLineItem assessmentLineItem) {
    Objects.requireNonNull(assessmentLineItem, "assessmentLineItem");
    String path = path(Endpoints.PUT_ASSESSMENT_LINE_ITEM, assessmentLineItem.sourcedId());
    Validation.require(assessmentLineItem, version);
    return put(Endpoints.PUT_ASSESSMENT_LINE_ITEM, path, assessmentLineItem);
  }

  /**
   * {@code DELETE /assessmentLineItems/{sourcedId}} (OneRoster 1.2 only; scope {@link
   * OneRosterScopes#ASSESSMENT_DELETE}).
   *
   * @param sourcedId the sourcedId of the assessment line item to delete (the client
   *     percent-encodes it)
   * @return the SIS's status (404 when an earlier attempt of this call had already deleted it), the
   *     sourcedId given, and the SIS's warnings
   * @throws NotFoundException when the SIS answers 404 to the first attempt
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public WriteResult deleteAssessmentLineItem(String sourcedId) {
    return delete(Endpoints.DELETE_ASSESSMENT_LINE_ITEM, sourcedId);
  }

  /**
   * {@code PUT /assessmentResults/{sourcedId}} (OneRoster 1.2 only; scope {@link
   * OneRosterScopes#ASSESSMENT_CREATEPUT}): creates or replaces the assessment result.
   *
   * @param assessmentResult the assessment result to create or replace; its sourcedId names the
   *     path
   * @return the SIS's status, whether it created the assessment result (201), the sourcedId it
   *     echoed (else the one sent) and its warnings
   * @throws org.oneroster4j.error.ValidationException before any request if the assessment result
   *     is invalid
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public WriteResult putAssessmentResult(AssessmentResult assessmentResult) {
    Objects.requireNonNull(assessmentResult, "assessmentResult");
    String path = path(Endpoints.PUT_ASSESSMENT_RESULT, assessmentResult.sourcedId());
    Validation.require(assessmentResult, version);
    return put(Endpoints.PUT_ASSESSMENT_RESULT, path, assessmentResult);
  }

  /**
   * {@code DELETE /assessmentResults/{sourcedId}} (OneRoster 1.2 only; scope {@link
   * OneRosterScopes#ASSESSMENT_DELETE}).
   *
   * @param sourcedId the sourcedId of the assessment result to delete (the client percent-encodes
   *     it)
   * @return the SIS's status (404 when an earlier attempt of this call had already deleted it), the
   *     sourcedId given, and the SIS's warnings
   * @throws NotFoundException when the SIS answers 404 to the first attempt
   * @throws UnsupportedOperationException on a OneRoster 1.1 client, before any request
   */
  public WriteResult deleteAssessmentResult(String sourcedId) {
    return delete(Endpoints.DELETE_ASSESSMENT_RESULT, sourcedId);
  }

  // ---------------------------------------------------------------- plumbing

  private String path(Endpoint<?> endpoint, String... ids) {
    if (!endpoint.versions().contains(version)) {
      throw new UnsupportedOperationException(
          endpoint.method()
              + " "
              + endpoint.template()
              + " is not part of "
              + version
              + "; build the client with version(OneRosterVersion.V1_2) for a 1.2 SIS");
    }
    return endpoint.path(ids);
  }

  private <T> PagedIterable<T> list(Endpoint<T> endpoint, Query query, String... ids) {
    Objects.requireNonNull(query, "query");
    String path = path(endpoint, ids);
    int size = query.pageSize() != null ? query.pageSize() : pageSize;
    return new Pager<>(
        size,
        maxPages,
        "GET " + path,
        (limit, offset) -> fetchPage(endpoint, path, query, limit, offset));
  }

  private <T> Pager.FetchedPage<T> fetchPage(
      Endpoint<T> endpoint, String path, Query query, int limit, long offset) {
    Class<T> type = endpoint.entity();
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
        call(endpoint, path, params, null),
        (status, headers, body) -> {
          if (status == 204) {
            return Pager.FetchedPage.of(List.of(), List.of(), headers);
          }
          try (CollectionReader<T> reader = json.readCollection(body, type)) {
            List<T> items = new ArrayList<>(Math.min(limit, 10_000));
            while (reader.hasNext()) {
              if (items.size() >= maxListItems) {
                // A page is held in memory whole: one that never ends must not fill it.
                throw Pager.tooMany("GET " + path, maxListItems);
              }
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

  private <T> T one(Endpoint<T> endpoint, String sourcedId) {
    String path = path(endpoint, sourcedId);
    Class<T> type = endpoint.entity();
    return transport.execute(
        call(endpoint, path, List.of(), null),
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

  private <T> WriteResult put(Endpoint<T> endpoint, String path, T entity) {
    String sourcedId = ((OneRosterEntity) entity).sourcedId();
    byte[] body = json.writeSingle(entity);
    String key = OneRosterJson.singularKey(endpoint.entity());
    return transport.execute(
        call(endpoint, path, List.of(), body),
        (status, headers, in) -> {
          WriteEcho echo = WriteEcho.read(json, in.readAllBytes(), key);
          String id = echo.sourcedId() != null ? echo.sourcedId() : sourcedId;
          return new WriteResult(status, status == 201, id, echo.warnings());
        });
  }

  private WriteResult delete(Endpoint<?> endpoint, String sourcedId) {
    String path = path(endpoint, sourcedId);
    return transport.execute(
        call(endpoint, path, List.of(), null),
        (status, headers, in) ->
            new WriteResult(
                status,
                false,
                sourcedId,
                WriteEcho.read(json, in.readAllBytes(), null).warnings()));
  }

  private HttpCall call(Endpoint<?> endpoint, String path, List<String[]> params, byte[] body) {
    String query = "";
    if (!params.isEmpty()) {
      StringBuilder q = new StringBuilder(64);
      char sep = '?';
      for (String[] p : params) {
        q.append(sep)
            .append(PercentEncoding.encode(p[0]))
            .append('=')
            .append(PercentEncoding.encode(p[1]));
        sep = '&';
      }
      query = q.toString();
    }
    String method = endpoint.method();
    Map<String, String> headers = connection.headers(endpoint.service(), method, path);
    return new HttpCall(
        method,
        requestUris.get(endpoint.service()).uri(endpoint, path, query),
        path,
        body,
        body == null ? null : "application/json",
        headers == null ? Map.of() : headers,
        authenticator,
        options,
        endpoint.template(),
        endpoint.service());
  }

  private ProtocolException notOneRoster(
      String method, String path, String expected, JsonFormatException e) {
    return new ProtocolException(
        method
            + " "
            + path
            + ": the SIS answered with success but not with a OneRoster "
            + expected
            + " ("
            + e.getMessage()
            + "); check that the base URL points at the SIS's "
            + version
            + " API",
        e);
  }

  /**
   * Builds a {@link OneRosterClient}. Required: {@link #url(String)} and {@link
   * #credentials(Credentials)}; for OAuth 2 also a token URL unless the vendor derives it.
   */
  public static final class Builder {
    /**
     * Every setting, held in one object so that a copy cannot miss one: {@link #copy()} clones it.
     * The fields hold immutable values (the maps are replaced, never changed), so a clone shares
     * nothing mutable; a new setting is one more field here and nothing else.
     */
    private static final class Values implements Cloneable {
      private SisVendor vendorInstance;
      private String vendorId;
      private String url;
      private String tokenUrl;
      private Credentials credentials;
      private String vendorKey;
      private String vendorSecret;
      private Map<String, String> vendorOptions = Map.of();
      private HttpClient httpClient;
      private HttpResources sharedHttp;
      private Duration connectTimeout = Duration.ofSeconds(10);
      private Duration requestTimeout = Duration.ofSeconds(60);
      private Duration attemptTimeout = Transport.DEFAULT_ATTEMPT_TIMEOUT;
      private Duration callTimeout = Transport.DEFAULT_CALL_TIMEOUT;
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
      private int maxListItems = DEFAULT_MAX_LIST_ITEMS;
      private OneRosterVersion version;
      private Map<Service, String> serviceUrls = Map.of();
      private List<String> scopes;
      private RequestGate requestGate;
      private RequestListener requestListener = RequestListener.none();

      @Override
      protected Values clone() {
        try {
          return (Values) super.clone();
        } catch (CloneNotSupportedException e) {
          throw new AssertionError(e);
        }
      }

      /**
       * {@code map} with {@code key} set to {@code value}, unmodifiable, in {@code empty}'s order.
       */
      private static <K, V> Map<K, V> with(Map<K, V> map, Map<K, V> empty, K key, V value) {
        empty.putAll(map);
        empty.put(key, value);
        return Collections.unmodifiableMap(empty);
      }
    }

    private Values values = new Values();

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.values = values.clone();
      return b;
    }

    /**
     * The OAuth 2 scopes to request instead of the vendor's or the default grade-export set ({@link
     * OneRosterScopes#GRADE_EXPORT}): names such as {@link
     * OneRosterScopes#ROSTER_DEMOGRAPHICS_READONLY}, expanded to the version's scope URIs, or full
     * URIs kept as given. For example {@code scopes(OneRosterScopes.ROSTER_DEMOGRAPHICS_READONLY,
     * OneRosterScopes.ROSTER_READONLY)} to read 1.2 demographics, which need their own scope, or
     * {@code scopes(OneRosterScopes.ASSESSMENT_READONLY, OneRosterScopes.ASSESSMENT_CREATEPUT,
     * OneRosterScopes.ASSESSMENT_DELETE)} for the 1.2 assessment profile.
     *
     * @param scopes at least one scope, each as its own argument: a name, or a URI (anything with
     *     {@code ://}); blank scopes and scopes with a space inside are refused
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      Objects.requireNonNull(scopes, "scopes");
      if (scopes.length == 0) {
        throw new IllegalArgumentException("scopes: name at least one scope");
      }
      for (String scope : scopes) {
        if (Objects.requireNonNull(scope, "scope").isBlank() || scope.strip().contains(" ")) {
          throw new IllegalArgumentException(
              "scopes: '" + scope + "' is not one scope; give each scope as its own argument");
        }
      }
      values.scopes = List.of(scopes);
      return this;
    }

    /**
     * The OneRoster version to speak. When not set it is detected from the URL ({@code v1p1} is
     * 1.1; {@code v1p2}, or a root ending in {@code /ims/oneroster}, is 1.2), else the vendor's
     * default (1.1 for every vendor today). A URL of the other version is refused at {@link
     * #build()} with the URL to type instead.
     *
     * @param version the version to speak, which the URL's {@code v1p1} or {@code v1p2}, if any,
     *     must agree with
     * @return this builder
     */
    public Builder version(OneRosterVersion version) {
      values.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Overrides the base URL of one OneRoster 1.2 service when the SIS documents it apart from the
     * URL given to {@link #url(String)}, e.g. {@code serviceUrl(Service.GRADEBOOK,
     * "https://sis.example.org/ims/oneroster/gradebook/v1p2")}. Ignored by 1.1, where one base URL
     * serves every service.
     *
     * @param service the service whose base URL to override
     * @param url the service's base URL as the SIS documents it; like the SIS URL, it must be https
     *     (see {@link #allowInsecureHttp(boolean)})
     * @return this builder
     */
    public Builder serviceUrl(Service service, String url) {
      values.serviceUrls =
          Values.with(
              values.serviceUrls,
              new EnumMap<>(Service.class),
              Objects.requireNonNull(service, "service"),
              Objects.requireNonNull(url, "url"));
      return this;
    }

    /**
     * The SIS vendor by id, for example {@code "skyward"}; else detected from the URL.
     *
     * @param vendorId the id of an installed vendor, compared ignoring case, spaces, hyphens and
     *     underscores; {@link #build()} fails naming the installed ids when none has it. A blank id
     *     means detection
     * @return this builder
     */
    public Builder vendor(String vendorId) {
      values.vendorId = Objects.requireNonNull(vendorId, "vendorId");
      return this;
    }

    /**
     * The SIS vendor instance; wins over an id and over detection.
     *
     * @param vendor the vendor to connect with, used as given
     * @return this builder
     */
    public Builder vendor(SisVendor vendor) {
      values.vendorInstance = Objects.requireNonNull(vendor, "vendor");
      return this;
    }

    /**
     * The SIS address exactly as the administrator typed it; the vendor normalizes it.
     *
     * @param url the address, for example {@code "https://sis.example.org"}; required, not blank
     * @return this builder
     */
    public Builder url(String url) {
      values.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * The OAuth 2 token URL, when the vendor does not derive it.
     *
     * @param tokenUrl the token (authentication) URL the SIS documents; not needed with OAuth 1.0a
     *     credentials
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      values.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
      return this;
    }

    /**
     * How to authenticate.
     *
     * @param credentials OAuth 2 client credentials ({@link Credentials#clientCredentials}) or an
     *     OAuth 1.0a key and secret; required, and OneRoster 1.2 accepts only OAuth 2
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      values.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * A vendor-level key and secret (for example Infinite Campus's vendor authorization).
     *
     * @param key the vendor-level (partner) key, handed to the vendor module
     * @param secret the secret that goes with {@code key}
     * @return this builder
     */
    public Builder vendorCredentials(String key, String secret) {
      values.vendorKey = Objects.requireNonNull(key, "key");
      values.vendorSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * A vendor-specific option.
     *
     * @param name the option's name as the vendor module documents it, for example Aeries' {@code
     *     titleMaxLength}; the same name again replaces the value
     * @param value the option's value, as text; the vendor parses it
     * @return this builder
     */
    public Builder vendorOption(String name, String value) {
      values.vendorOptions =
          Values.with(
              values.vendorOptions,
              new LinkedHashMap<>(),
              Objects.requireNonNull(name, "name"),
              Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The {@link HttpClient} to use; by default the client makes one that never follows redirects
     * (so credentials are never sent to another address).
     *
     * @param httpClient the HTTP client to send every request with, with its own redirect and
     *     connect-timeout settings; closing the {@code OneRosterClient} does not close it
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      values.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * The connect timeout of the client's own HttpClient; default 10 s.
     *
     * @param connectTimeout the timeout, positive; unused when the HTTP client is given by {@link
     *     #httpClient(HttpClient)} or shared by {@link OneRosterClient#toBuilder()}
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      values.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * How long each attempt waits for the response headers, and the longest silence allowed in the
     * middle of a body; default 60 s.
     *
     * @param requestTimeout the timeout, positive; {@link RequestOptions} can override it per call
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      values.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /**
     * The most one attempt may take, from sending the request to the last byte of the answer;
     * default 3 minutes, room for a 10,000-item page (about 10 MB) over a 1 Mbit/s district link
     * from a SIS that takes its time to build it. A server that trickles its answer fails the
     * attempt when it passes, even though it is never silent for {@code requestTimeout}.
     *
     * @param attemptTimeout the timeout, positive; {@link RequestOptions} can override it per call
     * @return this builder
     */
    public Builder attemptTimeout(Duration attemptTimeout) {
      values.attemptTimeout = positive(attemptTimeout, "attemptTimeout");
      return this;
    }

    /**
     * The most one call may take, every attempt and every wait between retries included; default 5
     * minutes: one full-length attempt and the retries of shorter failures. Getting a token is a
     * call of its own, with the same bound.
     *
     * @param callTimeout the timeout, positive; {@link RequestOptions} can override it per call
     * @return this builder
     */
    public Builder callTimeout(Duration callTimeout) {
      values.callTimeout = positive(callTimeout, "callTimeout");
      return this;
    }

    /**
     * The User-Agent; default {@code oneroster4j/<version>}.
     *
     * @param userAgent the {@code User-Agent} header sent on every request, token requests included
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      values.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /**
     * How failed requests are retried; default {@link RetryPolicy#defaults()}.
     *
     * @param retryPolicy the policy for every call; {@link RequestOptions} can override it per call
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      values.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * The most requests in flight at once; default the vendor's.
     *
     * @param maxConcurrency the limit, at least 1
     * @return this builder
     */
    public Builder maxConcurrency(int maxConcurrency) {
      if (maxConcurrency < 1) {
        throw new IllegalArgumentException("maxConcurrency must be at least 1");
      }
      values.maxConcurrency = maxConcurrency;
      return this;
    }

    /**
     * The page size when a query does not say; default the vendor's.
     *
     * @param pageSize the {@code limit} asked for per page, at least 1; a SIS may send fewer
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1");
      }
      values.pageSize = pageSize;
      return this;
    }

    /**
     * The clock for token expiry, OAuth 1 timestamps and retry timing; default system UTC.
     *
     * @param clock the clock, also read for {@code Retry-After} dates and the call timeout
     * @return this builder
     */
    public Builder clock(Clock clock) {
      values.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Allows plain {@code http://} to hosts other than loopback. Off by default: credentials and
     * student data must not cross a network unencrypted.
     *
     * @param allowInsecureHttp true to allow {@code http://} to any host; loopback is allowed
     *     either way
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      values.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /**
     * The largest response body read (a page or an echo); default 64 MiB.
     *
     * @param maxResponseBytes the limit in bytes, at least 1024; a longer body fails the call with
     *     a {@link ProtocolException}
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
      }
      values.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * The gate that grants each HTTP attempt a permit; default a gate of this client's own that
     * lets {@link #maxConcurrency(int)} requests (the vendor's default unless set) be in flight.
     * Give several clients one gate, {@link RequestGate#local()} in one process or a distributed
     * one (module {@code oneroster-bucket4j}) across workers, to share one budget per SIS. The wait
     * for a permit counts against {@link #callTimeout(Duration)}.
     *
     * @param requestGate the gate asked for a permit before each HTTP attempt
     * @return this builder
     */
    public Builder requestGate(RequestGate requestGate) {
      values.requestGate = Objects.requireNonNull(requestGate, "requestGate");
      return this;
    }

    /**
     * Told about every HTTP attempt (token requests and retries included) with its vendor, version,
     * method, endpoint template, status or outcome, attempt number and times; for metrics and
     * traces. Default none; module {@code oneroster-micrometer} provides one for Micrometer.
     *
     * @param requestListener the listener; an exception it throws is logged and ignored
     * @return this builder
     */
    public Builder requestListener(RequestListener requestListener) {
      values.requestListener = Objects.requireNonNull(requestListener, "requestListener");
      return this;
    }

    /**
     * The most items the client gathers into memory from one collection — a teacher's classes, a
     * class roster, a class's lineItems, results or categories while exporting — and the most items
     * one page may hold; default 100,000. Past it a {@link
     * org.oneroster4j.error.LimitExceededException} names the collection and the cap, so a SIS that
     * pages endlessly fails instead of exhausting memory. Iterating or streaming a collection is
     * not limited by it (only each page is).
     *
     * @param maxListItems the cap, at least 1
     * @return this builder
     */
    public Builder maxListItems(int maxListItems) {
      if (maxListItems < 1) {
        throw new IllegalArgumentException("maxListItems must be at least 1, was " + maxListItems);
      }
      values.maxListItems = maxListItems;
      return this;
    }

    /** Test hook: what waits between retries. */
    Builder sleeper(Sleeper sleeper) {
      values.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Test hook: the random source of jitter and OAuth 1 nonces. */
    Builder random(RandomGenerator random) {
      values.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Test hook: the most pages one collection may have. */
    Builder maxPages(int maxPages) {
      values.maxPages = maxPages;
      return this;
    }

    /**
     * Builds the client: resolves the vendor, normalizes the URL, and checks the settings.
     *
     * @return a new client; {@link OneRosterClient#close() close} it when done
     * @throws IllegalStateException naming a missing setting and how to set it
     * @throws org.oneroster4j.error.ValidationException when the vendor refuses the URL or options
     */
    public OneRosterClient build() {
      if (values.url == null || values.url.isBlank()) {
        throw new IllegalStateException(
            "No SIS URL: call url(\"https://sis.example.org\") with the address the SIS"
                + " administrator gave you");
      }
      if (values.credentials == null) {
        throw new IllegalStateException(
            "No credentials: call credentials(Credentials.clientCredentials(clientId,"
                + " clientSecret)) for OAuth 2, or Credentials.oauth1(key, secret) for OAuth 1.0a");
      }
      SisVendor vendor = SisVendors.resolve(values.vendorInstance, values.vendorId, values.url);
      OneRosterVersion v = resolveVersion(vendor);
      if (v == OneRosterVersion.V1_2 && values.credentials.scheme() == Credentials.Scheme.OAUTH1) {
        throw new IllegalStateException(
            "OneRoster 1.2 allows only OAuth 2 client credentials (its specification defines no"
                + " other security scheme), but OAuth 1.0a credentials were given: ask the SIS"
                + " administrator for an OAuth 2 client id, secret and token URL and call"
                + " credentials(Credentials.clientCredentials(clientId, clientSecret)), or connect"
                + " over OneRoster 1.1");
      }
      ConnectionRequest.Builder request = ConnectionRequest.builder().url(values.url).version(v);
      values.serviceUrls.forEach(request::serviceUrl);
      if (values.tokenUrl != null) {
        request.tokenUrl(values.tokenUrl);
      }
      if (values.vendorKey != null) {
        request.vendorCredentials(values.vendorKey, values.vendorSecret);
      }
      request.options(values.vendorOptions);
      VendorConnection connection = vendor.connect(request.build());
      if (connection.version() != v) {
        throw new IllegalStateException(
            "The "
                + vendor.displayName()
                + " vendor module connected with "
                + connection.version()
                + " when "
                + v
                + " was asked for; this is a defect of that vendor module");
      }
      URI baseUrl = connection.baseUrl();
      requireSecureScheme(baseUrl, "SIS URL");
      for (Service service : Service.values()) {
        requireSecureScheme(connection.serviceUrl(service), service.pathSegment() + " URL");
      }

      URI token = null;
      if (values.credentials.scheme() != Credentials.Scheme.OAUTH1) {
        token =
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
      }

      HttpResources http = httpResources();
      try {
        return build(vendor, v, connection, token, http);
      } catch (RuntimeException | Error e) {
        http.release();
        throw e;
      }
    }

    /** The HTTP resources: shared with the client this builder came from, given, or new. */
    private HttpResources httpResources() {
      if (values.httpClient == null) {
        return HttpResources.create(values.connectTimeout);
      }
      if (values.sharedHttp != null && values.sharedHttp.retain()) {
        if (values.sharedHttp.client() == values.httpClient) {
          return values.sharedHttp;
        }
        values.sharedHttp.release();
      }
      return HttpResources.external(values.httpClient);
    }

    private OneRosterClient build(
        SisVendor vendor,
        OneRosterVersion v,
        VendorConnection connection,
        URI token,
        HttpResources http) {
      int concurrency =
          values.maxConcurrency != null ? values.maxConcurrency : vendor.defaultConcurrency();
      int size = values.pageSize != null ? values.pageSize : vendor.defaultPageSize();
      RandomGenerator rnd =
          values.random != null ? values.random : new java.security.SecureRandom();
      boolean vendorCredentialsConfigured = values.vendorKey != null;
      Transport transport =
          new Transport(
              http.client(),
              new Transport.Context(
                  vendor.id(),
                  v,
                  RequestGateKey.of(vendor.id(), connection.baseUrl(), values.credentials.id()),
                  values.requestGate != null ? values.requestGate : RequestGate.local(),
                  Math.max(1, concurrency),
                  values.requestListener),
              values.userAgent != null ? values.userAgent : "oneroster4j/" + VERSION,
              values.requestTimeout,
              values.attemptTimeout,
              values.callTimeout,
              values.retryPolicy,
              values.clock,
              values.sleeper,
              rnd,
              values.maxResponseBytes,
              8 * 1024,
              (status, method, path) ->
                  vendor.explainAuthFailure(status, method, path, vendorCredentialsConfigured));

      Authenticator auth;
      if (values.credentials.scheme() == Credentials.Scheme.OAUTH1) {
        Credentials.SignatureMethod m = values.credentials.signatureMethod();
        auth =
            new OAuth1Authenticator(
                new OAuth1Signer(
                    values.credentials.id(),
                    values.credentials.secret(),
                    m.wireName(),
                    m.macAlgorithm(),
                    values.clock,
                    rnd));
      } else {
        auth =
            new OAuth2TokenProvider(
                transport,
                token,
                values.credentials.id(),
                values.credentials.secret(),
                values.scopes != null
                    ? String.join(
                        " ",
                        values.scopes.stream()
                            .map(String::strip)
                            .map(x -> x.contains("://") ? x : OneRosterScopes.uri(v, x))
                            .toList())
                    : connection.scope().orElse(OneRosterScopes.gradeExport(v)),
                connection.tokenRequestParameters(),
                connection.keepsCookies(),
                values.clock);
      }
      return new OneRosterClient(
          copy(),
          vendor,
          connection,
          transport,
          auth,
          size,
          concurrency,
          RequestOptions.none(),
          new Lifecycle(http));
    }

    private OneRosterVersion resolveVersion(SisVendor vendor) {
      // Only a v1p1/v1p2 segment names a version here: a bare root ending in /ims/oneroster is an
      // unfinished 1.1 URL for a vendor that speaks 1.1 only.
      Optional<OneRosterVersion> named =
          VendorUrls.detectVersion(values.url)
              .filter(v -> values.url.toLowerCase(Locale.ROOT).contains(v.pathSegment()));
      if (values.version != null && named.isPresent() && named.get() != values.version) {
        throw VendorUrls.invalid(
            "url",
            "'"
                + VendorUrls.echo(values.url)
                + "' is a "
                + named.get()
                + " URL, but version("
                + values.version.name()
                + ") was chosen: "
                + (values.version == OneRosterVersion.V1_2
                    ? "type the SIS's 1.2 address (the root ending in /ims/oneroster, or its"
                        + " …/ims/oneroster/rostering/v1p2 base)"
                    : "type the SIS's 1.1 base URL, which ends in /ims/oneroster/v1p1")
                + ", or choose version(OneRosterVersion."
                + named.get().name()
                + ")");
      }
      return SisVendors.resolveVersion(vendor, values.version, values.url);
    }

    private void requireSecureScheme(URI uri, String what) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("https")) {
        return;
      }
      if (scheme.equals("http")
          && (values.allowInsecureHttp || VendorUrls.isLoopback(uri.getHost()))) {
        return;
      }
      throw new IllegalStateException(
          "The "
              + what
              + " "
              + uri.getScheme()
              + "://"
              + Transport.hostOf(uri)
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
