package org.oneroster4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;

/** Routes every request: faults, token endpoint, authentication, reads and gradebook writes. */
final class SisHandler implements HttpHandler {
  private static final int MAX_BODY = 4 * 1024 * 1024;
  private static final long MAX_DRAIN = 64L * 1024 * 1024;
  private static final Set<String> SCORE_STATUSES =
      Set.of("exempt", "fully graded", "not submitted", "partially graded", "submitted");
  private static final Pattern EXTENSION = Pattern.compile("ext:[a-zA-Z0-9.\\-_]+");

  private final FakeSis sis;
  private final boolean v12;

  SisHandler(FakeSis sis) {
    this.sis = sis;
    this.v12 = sis.version() == OneRosterVersion.V1_2;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Instant receivedAt = sis.clock().instant();
    Call call = null;
    boolean dropped = false;
    try {
      if (exchange.getRequestURI().getRawPath().equals(FrontDoor.MALFORMED_PATH)) {
        malformed(exchange);
        return;
      }
      byte[] body = readBody(exchange);
      call = new Call(exchange, body == null ? new byte[0] : body);
      call.receivedAt = receivedAt;
      call.singleStatusInfo = v12;
      if (body == null) {
        call.error(
            new ApiError(
                413,
                "invaliddata",
                "Request body larger than " + MAX_BODY + " bytes; send smaller requests"));
        return;
      }
      Call current = call;
      boolean[] recorded = new boolean[1];
      call.beforeSend =
          () -> {
            if (!recorded[0]) {
              recorded[0] = true;
              sis.record(current, current.status);
            }
          };
      boolean tokenRequest = call.rawPath.equals(sis.flavour().tokenPath());
      Faults.Action fault = sis.faults().match(call.method, call.rawPath, tokenRequest);
      if (fault != null) {
        switch (fault.kind()) {
          case DROP:
            dropped = true;
            return;
          case DELAY:
            Thread.sleep(fault.duration().toMillis());
            break;
          case WARN:
            call.successWarning = fault.warning();
            break;
          default:
            if (fault.duration() != null) {
              long seconds = (fault.duration().toMillis() + 999) / 1000;
              call.header("Retry-After", String.valueOf(seconds));
            }
            call.error(faultError(fault.status()));
            return;
        }
      }
      if (tokenRequest) {
        sis.flavour().checkTokenRequest(call);
        sis.flavour().beforeTokenResponse(call);
        sis.authenticator().token(call);
        return;
      }
      if (v12) {
        routeV12(call);
        return;
      }
      String base = sis.flavour().basePath();
      if (call.rawPath.startsWith(base + "/")) {
        api(call, call.rawPath.substring(base.length() + 1), null);
      } else {
        throw ApiError.notFound(
            "No OneRoster endpoint at " + call.rawPath + "; the base is " + base);
      }
    } catch (ApiError e) {
      if (call != null && !call.responded()) {
        call.error(e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Call.Aborted e) {
      // Thrown on to the JDK server, which then drops the connection: the client sees the body
      // end without its terminating chunk, as from a server that crashed mid-answer.
      throw e;
    } catch (RuntimeException e) {
      if (call != null && !call.responded()) {
        call.error(new ApiError(500, "internal_server_error", "Fake SIS failure: " + e));
      }
    } finally {
      if (call != null && !call.responded()) {
        sis.record(call, dropped ? 0 : call.status);
      }
      if (call == null || !call.aborted) {
        exchange.close();
      }
    }
  }

  /**
   * A request the front door rewrote because its target does not parse (e.g. {@code /users/%ZZ}):
   * the OneRoster error JSON, 400, recorded with the target as sent.
   */
  private void malformed(HttpExchange exchange) throws IOException {
    Instant receivedAt = sis.clock().instant();
    String target = FrontDoor.originalTarget(exchange.getRequestURI().getRawQuery());
    Call call = new Call(exchange, target);
    call.receivedAt = receivedAt;
    call.singleStatusInfo = v12;
    Call current = call;
    call.beforeSend = () -> sis.record(current, current.status);
    call.header("Connection", "close");
    call.error(
        ApiError.badRequest(
            "Malformed request URL '"
                + printable(target)
                + "': it is not a valid URI (a '%' must start a two-digit hex escape)"));
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 200; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return b.toString();
  }

  private static ApiError faultError(int status) {
    if (status == 429) {
      return new ApiError(429, "server_busy", "Too many requests (scripted fault)");
    }
    if (status >= 500) {
      return new ApiError(status, "internal_server_error", "Server error (scripted fault)");
    }
    return new ApiError(status, "invaliddata", "Scripted fault " + status);
  }

  /**
   * The request body, or null when it is larger than {@link #MAX_BODY}. An oversized body is still
   * read (up to {@link #MAX_DRAIN} bytes) and thrown away, so the client, still sending it, gets
   * the 413 answer instead of a connection reset.
   */
  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        byte[] skip = new byte[64 * 1024];
        long drained = bytes.length;
        int n;
        while (drained < MAX_DRAIN && (n = in.read(skip)) > 0) {
          drained += n;
        }
        return null;
      }
      return bytes;
    }
  }

  // ---- API -------------------------------------------------------------------------------

  /**
   * OneRoster 1.2: {@code <root>/<service>/v1p2/…}, and the literal {@code
   * <root>/v1p2/<service>/v1p2/…} that Google's notebook builds when given a URL ending in {@code
   * /ims/oneroster/v1p2}.
   */
  private void routeV12(Call call) throws IOException {
    String root = sis.flavour().rootPath(OneRosterVersion.V1_2);
    if (!call.rawPath.startsWith(root + "/")) {
      throw ApiError.notFound(
          "No OneRoster endpoint at " + call.rawPath + "; the OneRoster 1.2 root is " + root);
    }
    String rest = call.rawPath.substring(root.length() + 1);
    if (rest.startsWith(V12.SEGMENT + "/")) {
      rest = rest.substring(V12.SEGMENT.length() + 1);
    }
    for (Service service : Service.values()) {
      String prefix = service.pathSegment() + "/" + V12.SEGMENT + "/";
      if (rest.startsWith(prefix)) {
        api(call, rest.substring(prefix.length()), service);
        return;
      }
    }
    throw ApiError.notFound(
        "No OneRoster 1.2 service at "
            + call.rawPath
            + "; the services are "
            + root
            + "/rostering/v1p2 and "
            + root
            + "/gradebook/v1p2");
  }

  /**
   * One API request below the base (1.1, {@code service} null) or below a 1.2 service base.
   *
   * @param relative the raw path below the base, e.g. {@code classes/c1/lineItems}
   */
  private void api(Call call, String relative, Service service) throws IOException {
    List<String> s = new ArrayList<>();
    for (String segment : relative.split("/", -1)) {
      s.add(OAuth1.decode(segment));
    }
    boolean gradebook = isGradebookPath(s);
    Set<String> scopes = sis.authenticator().authenticate(call);
    if (service != null) {
      Service owner =
          gradebook
              ? Service.GRADEBOOK
              : isResourcesPath(s) ? Service.RESOURCES : Service.ROSTERING;
      if (owner != service) {
        throw ApiError.notFound(
            "No OneRoster 1.2 endpoint at "
                + call.rawPath
                + ": /"
                + relative
                + " belongs to the "
                + owner.pathSegment()
                + " service ("
                + owner.pathSegment()
                + "/v1p2), not to "
                + service.pathSegment()
                + "/v1p2");
      }
    }
    sis.flavour().checkApiRequest(call, gradebook);
    // The assessment profile is served by the gradebook service but has scopes of its own.
    boolean assessment = isAssessmentPath(s);
    String scopeFamily = assessment ? "assessment" : "gradebook";
    switch (call.method) {
      case "GET":
        requireScope(
            scopes,
            assessment
                ? List.of("assessment.readonly")
                : service != null ? readScopesV12(s, service) : readScopes(s, gradebook));
        get(call, s);
        return;
      case "PUT":
        requireScope(scopes, List.of(scopeFamily + ".createput"));
        put(call, s);
        return;
      case "DELETE":
        requireScope(scopes, List.of(scopeFamily + ".delete"));
        delete(call, s);
        return;
      default:
        call.header("Allow", "GET, PUT, DELETE");
        throw new ApiError(405, "unsupportedoperation", call.method + " is not supported");
    }
  }

  private static List<String> readScopes(List<String> s, boolean gradebook) {
    return gradebook
        ? List.of("gradebook.readonly")
        : s.get(0).equals("demographics")
            ? List.of("roster-demographics.readonly", "roster.readonly")
            : s.contains("resources")
                ? List.of("resource.readonly", "roster.readonly")
                : List.of("roster-core.readonly", "roster.readonly");
  }

  /**
   * The scopes of a 1.2 GET as the official OpenAPI files declare them: collections and single
   * objects also take the {@code -core} scope, nested reads take the full one only.
   */
  private static List<String> readScopesV12(List<String> s, Service service) {
    boolean nested = s.size() > 2;
    switch (service) {
      case GRADEBOOK:
        return nested
            ? List.of("gradebook.readonly")
            : List.of("gradebook.readonly", "gradebook-core.readonly");
      case RESOURCES:
        return nested
            ? List.of("resource.readonly")
            : List.of("resource.readonly", "resource-core.readonly");
      default:
        if (s.get(0).equals("demographics")) {
          return List.of("roster-demographics.readonly");
        }
        return nested
            ? List.of("roster.readonly")
            : List.of("roster.readonly", "roster-core.readonly");
    }
  }

  private boolean isGradebookPath(List<String> s) {
    String first = s.get(0);
    if (first.equals("categories") || first.equals("lineItems") || first.equals("results")) {
      return true;
    }
    if (isAssessmentPath(s)) {
      return true;
    }
    if (v12
        && (first.equals("scoreScales")
            || (s.size() == 3
                && s.get(2).equals("scoreScales")
                && (first.equals("classes") || first.equals("schools"))))) {
      return true;
    }
    return first.equals("classes")
        && s.size() >= 3
        && (s.get(2).equals("lineItems")
            || s.get(2).equals("categories")
            || s.get(2).equals("results")
            || (s.size() == 5 && s.get(4).equals("results")));
  }

  /** {@code /assessmentLineItems…} or {@code /assessmentResults…}, served in 1.2 only. */
  private boolean isAssessmentPath(List<String> s) {
    String first = s.get(0);
    return v12 && (first.equals("assessmentLineItems") || first.equals("assessmentResults"));
  }

  private static boolean isResourcesPath(List<String> s) {
    return s.get(0).equals("resources") || (s.size() == 3 && s.get(2).equals("resources"));
  }

  private void requireScope(Set<String> granted, List<String> anyOf) {
    for (String scope : anyOf) {
      if (granted.contains(scope)) {
        return;
      }
    }
    throw new ApiError(
        403,
        "forbidden",
        "The access token lacks the scope "
            + sis.authenticator().scopePrefix()
            + anyOf.get(0)
            + " needed for this request");
  }

  // ---- reads -----------------------------------------------------------------------------

  private void get(Call call, List<String> s) throws IOException {
    Roster roster = sis.roster();
    GradebookStore store = sis.store();
    String a = s.get(0);
    switch (s.size()) {
      case 1:
        topLevel(call, a);
        return;
      case 2:
        single(call, a, s.get(1));
        return;
      case 3:
        {
          String id = s.get(1);
          String b = s.get(2);
          switch (a + "/" + b) {
            case "schools/courses":
              school(id);
              collection(call, Kind.COURSE, roster.coursesOfSchool(id));
              return;
            case "schools/classes":
              school(id);
              collection(call, Kind.CLASS, roster.classesOfSchool(id));
              return;
            case "schools/enrollments":
              school(id);
              collection(call, Kind.ENROLLMENT, roster.enrollmentsOfSchool(id));
              return;
            case "schools/students":
              school(id);
              collection(call, Kind.USER, roster.usersOfSchool(id, "student"));
              return;
            case "schools/teachers":
              school(id);
              collection(call, Kind.USER, roster.usersOfSchool(id, "teacher"));
              return;
            case "schools/terms":
              school(id);
              collection(call, Kind.ACADEMIC_SESSION, sessions("term"));
              return;
            case "terms/classes":
              require(Kind.ACADEMIC_SESSION, id, type("term"), "term");
              collection(call, Kind.CLASS, roster.classesOfTerm(id));
              return;
            case "terms/gradingPeriods":
              require(Kind.ACADEMIC_SESSION, id, type("term"), "term");
              collection(
                  call,
                  Kind.ACADEMIC_SESSION,
                  Roster.filter(
                      sessions("gradingPeriod"), gp -> id.equals(Nodes.refId(gp, "parent"))));
              return;
            case "courses/classes":
              require(Kind.COURSE, id, null, "course");
              collection(call, Kind.CLASS, roster.classesOfCourse(id));
              return;
            case "courses/resources":
              require(Kind.COURSE, id, null, "course");
              collection(call, Kind.RESOURCE, List.of());
              return;
            case "students/classes":
              require(Kind.USER, id, role("student"), "student");
              collection(call, Kind.CLASS, roster.classesOfUser(id));
              return;
            case "teachers/classes":
              require(Kind.USER, id, role("teacher"), "teacher");
              collection(call, Kind.CLASS, roster.classesOfUser(id));
              return;
            case "users/classes":
              require(Kind.USER, id, null, "user");
              collection(call, Kind.CLASS, roster.classesOfUser(id));
              return;
            case "classes/students":
              schoolClass(id);
              collection(call, Kind.USER, roster.usersOfClass(id, "student"));
              return;
            case "classes/teachers":
              schoolClass(id);
              collection(call, Kind.USER, roster.usersOfClass(id, "teacher"));
              return;
            case "classes/lineItems":
              schoolClass(id);
              collection(call, Kind.LINE_ITEM, store.lineItemsOfClass(id));
              return;
            case "classes/results":
              schoolClass(id);
              collection(call, Kind.RESULT, store.resultsOfClass(id));
              return;
            case "classes/categories":
              schoolClass(id);
              collection(call, Kind.CATEGORY, store.categoriesOfClass(id));
              return;
            case "classes/resources":
              schoolClass(id);
              collection(call, Kind.RESOURCE, List.of());
              return;
            case "classes/scoreScales":
              requireV12(call);
              schoolClass(id);
              collection(call, Kind.SCORE_SCALE, store.scoreScalesOfClass(id));
              return;
            case "schools/scoreScales":
              requireV12(call);
              school(id);
              collection(
                  call,
                  Kind.SCORE_SCALE,
                  Roster.filter(
                      store.scoreScales.all(),
                      scale -> {
                        String classId = Nodes.refId(scale, "class");
                        ObjectNode cls = classId == null ? null : roster.find(Kind.CLASS, classId);
                        return cls != null && id.equals(Nodes.refId(cls, "school"));
                      }));
              return;
            case "users/resources":
              requireV12(call);
              require(Kind.USER, id, null, "user");
              collection(call, Kind.RESOURCE, List.of());
              return;
            default:
              throw unknownPath(call);
          }
        }
      case 5:
        {
          String id = s.get(1);
          String b = s.get(2);
          String id2 = s.get(3);
          String c = s.get(4);
          switch (a + "/" + b + "/" + c) {
            case "schools/classes/enrollments":
            case "schools/classes/students":
            case "schools/classes/teachers":
              {
                school(id);
                ObjectNode cls = schoolClass(id2);
                if (!id.equals(Nodes.refId(cls, "school"))) {
                  throw ApiError.notFound("Class '" + id2 + "' is not in school '" + id + "'");
                }
                if (c.equals("enrollments")) {
                  collection(call, Kind.ENROLLMENT, roster.enrollmentsOfClass(id2));
                } else {
                  collection(
                      call,
                      Kind.USER,
                      roster.usersOfClass(id2, c.equals("students") ? "student" : "teacher"));
                }
                return;
              }
            case "classes/lineItems/results":
              {
                schoolClass(id);
                ObjectNode lineItem = store.lineItems.get(id2);
                if (lineItem == null || !id.equals(Nodes.refId(lineItem, "class"))) {
                  throw ApiError.notFound("Unknown lineItem '" + id2 + "' in class '" + id + "'");
                }
                collection(call, Kind.RESULT, store.resultsOfLineItem(id2));
                return;
              }
            case "classes/students/results":
              schoolClass(id);
              require(Kind.USER, id2, role("student"), "student");
              collection(
                  call,
                  Kind.RESULT,
                  Roster.filter(
                      store.resultsOfClass(id), r -> id2.equals(Nodes.refId(r, "student"))));
              return;
            default:
              throw unknownPath(call);
          }
        }
      default:
        throw unknownPath(call);
    }
  }

  private ApiError unknownPath(Call call) {
    return ApiError.notFound(
        "No OneRoster " + sis.version().label() + " endpoint at " + call.rawPath);
  }

  private void requireV12(Call call) {
    if (!v12) {
      throw unknownPath(call);
    }
  }

  private void topLevel(Call call, String name) throws IOException {
    Roster roster = sis.roster();
    GradebookStore store = sis.store();
    switch (name) {
      case "orgs":
        top(call, Kind.ORG, roster.orgs(), null);
        return;
      case "schools":
        top(call, Kind.ORG, Roster.filter(roster.orgs(), type("school")), type("school"));
        return;
      case "academicSessions":
        top(call, Kind.ACADEMIC_SESSION, roster.academicSessions(), null);
        return;
      case "terms":
        top(call, Kind.ACADEMIC_SESSION, sessions("term"), type("term"));
        return;
      case "gradingPeriods":
        top(call, Kind.ACADEMIC_SESSION, sessions("gradingPeriod"), type("gradingPeriod"));
        return;
      case "courses":
        top(call, Kind.COURSE, roster.courses(), null);
        return;
      case "classes":
        top(call, Kind.CLASS, roster.classes(), null);
        return;
      case "users":
        top(call, Kind.USER, roster.users(), null);
        return;
      case "students":
        top(call, Kind.USER, roster.students(), role("student"));
        return;
      case "teachers":
        top(call, Kind.USER, roster.teachers(), role("teacher"));
        return;
      case "enrollments":
        top(call, Kind.ENROLLMENT, roster.enrollments(), null);
        return;
      case "demographics":
        top(call, Kind.DEMOGRAPHICS, roster.demographics(), null);
        return;
      case "categories":
        collection(call, Kind.CATEGORY, store.categories.all());
        return;
      case "lineItems":
        collection(call, Kind.LINE_ITEM, store.lineItems.all());
        return;
      case "results":
        collection(call, Kind.RESULT, store.results.all());
        return;
      case "resources":
        collection(call, Kind.RESOURCE, List.of());
        return;
      case "scoreScales":
        requireV12(call);
        collection(call, Kind.SCORE_SCALE, store.scoreScales.all());
        return;
      case "assessmentLineItems":
        requireV12(call);
        collection(call, Kind.ASSESSMENT_LINE_ITEM, store.assessmentLineItems.all());
        return;
      case "assessmentResults":
        requireV12(call);
        collection(call, Kind.ASSESSMENT_RESULT, store.assessmentResults.all());
        return;
      default:
        throw unknownPath(call);
    }
  }

  /** A top-level roster collection: {@code sourcedId='…'} and {@code email='…'} use the index. */
  private void top(Call call, Kind kind, List<ObjectNode> all, Predicate<ObjectNode> member)
      throws IOException {
    Query query = query(call, kind);
    String id = query.singleEquality("sourcedId");
    String email = kind == Kind.USER ? query.singleEquality("email") : null;
    List<ObjectNode> source = all;
    if (id != null || email != null) {
      ObjectNode node = id != null ? sis.roster().find(kind, id) : sis.roster().userByEmail(email);
      source = node != null && (member == null || member.test(node)) ? List.of(node) : List.of();
    }
    respond(call, kind, query, source);
  }

  private void collection(Call call, Kind kind, List<ObjectNode> source) throws IOException {
    respond(call, kind, query(call, kind), source);
  }

  private Query query(Call call, Kind kind) {
    return new Query(kind, call.params, Math.min(sis.maxPageSize(), sis.faults().pageSizeCap()));
  }

  private void respond(Call call, Kind kind, Query query, List<ObjectNode> source)
      throws IOException {
    if (v12) {
      refuseSelectionWarnings(query.warnings);
      source = V12.shapeAll(kind, source, sis.rootUrl());
    }
    Query.Page page = query.apply(source);
    if (!sis.faults().omitsTotalCount()) {
      call.header("X-Total-Count", String.valueOf(page.total()));
    }
    if (!sis.faults().omitsLinkHeader()) {
      call.header("Link", links(call, query, page.total()));
    }
    call.stream(
        200,
        gen -> {
          gen.writeStartObject();
          gen.writeArrayFieldStart(kind.plural);
          GradebookStore store = sis.store();
          for (ObjectNode node : page.items()) {
            SerializedString stored = query.fields == null ? store.rendered(node) : null;
            if (stored != null) {
              gen.writeRawValue(stored);
            } else {
              Nodes.MAPPER.writeTree(gen, Query.project(node, query.fields));
            }
          }
          gen.writeEndArray();
          if (!v12) {
            Call.writeWarnings(gen, query.warnings);
          }
          gen.writeEndObject();
        });
  }

  private String links(Call call, Query query, int total) {
    StringBuilder kept = new StringBuilder();
    if (call.rawQuery != null) {
      for (String pair : call.rawQuery.split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (!pair.isEmpty() && !name.equals("limit") && !name.equals("offset")) {
          kept.append(pair).append('&');
        }
      }
    }
    String prefix = sis.origin() + call.rawPath + "?" + kept + "limit=" + query.limit + "&offset=";
    int limit = query.limit;
    int last = total == 0 ? 0 : ((total - 1) / limit) * limit;
    List<String> links = new ArrayList<>();
    links.add("<" + prefix + "0>; rel=\"first\"");
    if (query.offset > 0) {
      links.add("<" + prefix + Math.max(0, query.offset - limit) + ">; rel=\"prev\"");
    }
    if ((long) query.offset + limit < total) {
      links.add("<" + prefix + (query.offset + limit) + ">; rel=\"next\"");
    }
    links.add("<" + prefix + last + ">; rel=\"last\"");
    return String.join(", ", links);
  }

  private void single(Call call, String collection, String id) throws IOException {
    Roster roster = sis.roster();
    GradebookStore store = sis.store();
    Kind kind;
    ObjectNode node;
    switch (collection) {
      case "orgs":
        kind = Kind.ORG;
        node = roster.find(kind, id);
        break;
      case "schools":
        kind = Kind.ORG;
        node = filtered(roster.find(kind, id), type("school"));
        break;
      case "academicSessions":
        kind = Kind.ACADEMIC_SESSION;
        node = roster.find(kind, id);
        break;
      case "terms":
        kind = Kind.ACADEMIC_SESSION;
        node = filtered(roster.find(kind, id), type("term"));
        break;
      case "gradingPeriods":
        kind = Kind.ACADEMIC_SESSION;
        node = filtered(roster.find(kind, id), type("gradingPeriod"));
        break;
      case "courses":
        kind = Kind.COURSE;
        node = roster.find(kind, id);
        break;
      case "classes":
        kind = Kind.CLASS;
        node = roster.find(kind, id);
        break;
      case "users":
        kind = Kind.USER;
        node = roster.find(kind, id);
        break;
      case "students":
        kind = Kind.USER;
        node = filtered(roster.find(kind, id), role("student"));
        break;
      case "teachers":
        kind = Kind.USER;
        node = filtered(roster.find(kind, id), role("teacher"));
        break;
      case "enrollments":
        kind = Kind.ENROLLMENT;
        node = roster.find(kind, id);
        break;
      case "demographics":
        kind = Kind.DEMOGRAPHICS;
        node = roster.find(kind, id);
        break;
      case "categories":
        kind = Kind.CATEGORY;
        node = store.categories.get(id);
        break;
      case "lineItems":
        kind = Kind.LINE_ITEM;
        node = store.lineItems.get(id);
        break;
      case "results":
        kind = Kind.RESULT;
        node = store.results.get(id);
        break;
      case "resources":
        kind = Kind.RESOURCE;
        node = null;
        break;
      case "scoreScales":
        requireV12(call);
        kind = Kind.SCORE_SCALE;
        node = store.scoreScales.get(id);
        break;
      case "assessmentLineItems":
        requireV12(call);
        kind = Kind.ASSESSMENT_LINE_ITEM;
        node = store.assessmentLineItems.get(id);
        break;
      case "assessmentResults":
        requireV12(call);
        kind = Kind.ASSESSMENT_RESULT;
        node = store.assessmentResults.get(id);
        break;
      default:
        throw unknownPath(call);
    }
    if (node == null) {
      throw ApiError.notFound("Unknown " + kind.singular + " '" + id + "' at /" + collection);
    }
    List<ApiError> warnings = new ArrayList<>();
    Set<String> fields = Query.fieldsOnly(kind, call.params, warnings);
    if (v12) {
      refuseSelectionWarnings(warnings);
      node = V12.shape(kind, node, sis.rootUrl());
    }
    ObjectNode body = Nodes.F.objectNode();
    body.set(kind.singular, Query.project(node, fields));
    if (!warnings.isEmpty() && !v12) {
      body.putArray("statusInfoSet").add(Call.statusInfo(warnings.get(0)));
    }
    call.json(200, body);
  }

  /**
   * 1.2 puts no status info in a successful payload: an unknown {@code fields} entry is a 400
   * {@code invalid_selection_field}; an unknown sort field is ignored.
   */
  private static void refuseSelectionWarnings(List<ApiError> warnings) {
    for (ApiError w : warnings) {
      if (w.codeMinor.equals("invalid_selection_field")) {
        throw new ApiError(400, w.codeMinor, w.getMessage().replace("; all fields returned", ""));
      }
    }
  }

  private static ObjectNode filtered(ObjectNode node, Predicate<ObjectNode> keep) {
    return node != null && keep.test(node) ? node : null;
  }

  private List<ObjectNode> sessions(String type) {
    return Roster.filter(sis.roster().academicSessions(), type(type));
  }

  private static Predicate<ObjectNode> type(String type) {
    return n -> type.equals(Nodes.text(n, "type"));
  }

  private static Predicate<ObjectNode> role(String role) {
    return n -> Nodes.hasRole(n, role);
  }

  private ObjectNode require(Kind kind, String id, Predicate<ObjectNode> keep, String what) {
    ObjectNode node = sis.roster().find(kind, id);
    if (node == null || (keep != null && !keep.test(node))) {
      throw ApiError.notFound("Unknown " + what + " '" + id + "'");
    }
    return node;
  }

  private ObjectNode school(String id) {
    return require(Kind.ORG, id, type("school"), "school");
  }

  private ObjectNode schoolClass(String id) {
    return require(Kind.CLASS, id, null, "class");
  }

  // ---- writes ----------------------------------------------------------------------------

  private Kind gradebookKind(Call call, List<String> s) {
    if (s.size() == 2) {
      switch (s.get(0)) {
        case "categories":
          return Kind.CATEGORY;
        case "lineItems":
          return Kind.LINE_ITEM;
        case "results":
          return Kind.RESULT;
        case "scoreScales":
          if (v12) {
            return Kind.SCORE_SCALE;
          }
          break;
        case "assessmentLineItems":
          if (v12) {
            return Kind.ASSESSMENT_LINE_ITEM;
          }
          break;
        case "assessmentResults":
          if (v12) {
            return Kind.ASSESSMENT_RESULT;
          }
          break;
        default:
          break;
      }
    }
    call.header("Allow", "GET");
    throw new ApiError(
        405,
        "unsupportedoperation",
        call.method
            + " is supported on /categories/{id}, /lineItems/{id}"
            + (v12
                ? ", /results/{id}, /scoreScales/{id}, /assessmentLineItems/{id} and"
                    + " /assessmentResults/{id}"
                : " and /results/{id}")
            + " only");
  }

  private void put(Call call, List<String> s) throws IOException {
    Kind kind = gradebookKind(call, s);
    String id = s.get(1);
    if (id.isEmpty()) {
      throw ApiError.badRequest("Missing sourcedId in the path");
    }
    JsonNode document;
    try {
      document = Nodes.MAPPER.readTree(call.body);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("Body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiError.badRequest("Body is not readable: " + e.getMessage());
    }
    JsonNode entity = document == null ? null : document.get(kind.singular);
    if (entity == null || !entity.isObject()) {
      throw ApiError.badRequest("Body must be a JSON object {\"" + kind.singular + "\":{…}}");
    }
    String infinite = nonFinite(entity, kind.singular);
    if (infinite != null) {
      // 1e999 parses as Infinity; stored, it would be served back as the string "Infinity".
      throw ApiError.invalidData(
          "Invalid " + kind.singular + " '" + id + "': " + infinite + " is not a finite number");
    }
    ObjectNode node = ((ObjectNode) entity).deepCopy();
    if (v12) {
      putV12(call, kind, id, node);
      return;
    }
    List<String> problems = new ArrayList<>();
    String bodyId = Nodes.text(node, "sourcedId");
    if (bodyId == null) {
      problems.add("sourcedId is required and must equal the path id '" + id + "'");
    } else if (!bodyId.equals(id)) {
      problems.add("sourcedId '" + bodyId + "' does not match the path id '" + id + "'");
    }
    String status = Nodes.text(node, "status");
    if (status != null && !status.equals("active") && !status.equals("tobedeleted")) {
      problems.add("status must be active or tobedeleted, not '" + status + "'");
    }
    switch (kind) {
      case CATEGORY:
        requireText(node, "title", problems);
        break;
      case LINE_ITEM:
        validateLineItem(node, problems);
        break;
      default:
        validateResult(node, problems);
    }
    if (!problems.isEmpty()) {
      throw ApiError.invalidData(
          "Invalid " + kind.singular + " '" + id + "': " + String.join("; ", problems));
    }
    if (!node.has("status")) {
      node.put("status", "active");
    }
    node.put("dateLastModified", Nodes.dateTime(sis.clock().instant()));
    GradebookStore store = sis.store();
    ObjectNode previous;
    switch (kind) {
      case CATEGORY:
        previous = store.putCategory(id, node);
        break;
      case LINE_ITEM:
        previous = store.putLineItem(id, node);
        break;
      default:
        previous = store.putResult(id, node);
    }
    ObjectNode echo = Nodes.F.objectNode();
    echo.set(kind.singular, node);
    call.json(previous == null ? 201 : 200, echo);
  }

  /** The path of the first number in {@code node} that is not finite (1e999, -1e999), or null. */
  private static String nonFinite(JsonNode node, String path) {
    if (node.isNumber()) {
      return Double.isFinite(node.doubleValue()) ? null : path;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        String found = nonFinite(f.getValue(), path + "." + f.getKey());
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = nonFinite(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private void validateLineItem(ObjectNode node, List<String> problems) {
    requireText(node, "title", problems);
    String classId = Nodes.refId(node, "class");
    if (classId == null) {
      problems.add("class is required ({\"sourcedId\":…})");
    } else if (sis.roster().find(Kind.CLASS, classId) == null) {
      problems.add("class '" + classId + "' does not exist");
    }
    checkDate(node, "assignDate", problems);
    checkDate(node, "dueDate", problems);
    checkNumber(node, "resultValueMin", problems);
    checkNumber(node, "resultValueMax", problems);
    if (sis.flavour().checksCategory() && node.hasNonNull("category")) {
      String categoryId = Nodes.refId(node, "category");
      if (categoryId == null || sis.store().categories.get(categoryId) == null) {
        problems.add("category '" + categoryId + "' does not exist");
      }
    }
    if (node.hasNonNull("gradingPeriod")) {
      String gp = Nodes.refId(node, "gradingPeriod");
      ObjectNode session = gp == null ? null : sis.roster().find(Kind.ACADEMIC_SESSION, gp);
      if (session == null || !"gradingPeriod".equals(Nodes.text(session, "type"))) {
        problems.add("gradingPeriod '" + gp + "' is not a grading period");
      }
    }
    sis.flavour().applyLineItemRules(node, problems);
  }

  private void validateResult(ObjectNode node, List<String> problems) {
    String lineItemId = Nodes.refId(node, "lineItem");
    ObjectNode lineItem = null;
    if (lineItemId == null) {
      problems.add("lineItem is required ({\"sourcedId\":…})");
    } else {
      lineItem = sis.store().lineItems.get(lineItemId);
      if (lineItem == null) {
        problems.add("lineItem '" + lineItemId + "' does not exist");
      }
    }
    String studentId = Nodes.refId(node, "student");
    if (studentId == null) {
      problems.add("student is required ({\"sourcedId\":…})");
    } else {
      ObjectNode student = sis.roster().find(Kind.USER, studentId);
      if (student == null || !Nodes.hasRole(student, "student")) {
        problems.add("student '" + studentId + "' does not exist");
      } else if (lineItem != null) {
        String classId = Nodes.refId(lineItem, "class");
        if (classId != null && !sis.roster().isEnrolled(studentId, classId, "student")) {
          problems.add("student '" + studentId + "' is not enrolled in class '" + classId + "'");
        }
      }
    }
    String scoreStatus = Nodes.text(node, "scoreStatus");
    if (scoreStatus == null) {
      problems.add("scoreStatus is required");
    } else if (!SCORE_STATUSES.contains(scoreStatus)) {
      problems.add("scoreStatus must be one of " + SCORE_STATUSES + ", not '" + scoreStatus + "'");
    }
    checkNumber(node, "score", problems);
    checkDate(node, "scoreDate", problems);
    sis.flavour().applyResultRules(node, problems);
  }

  private static void requireText(ObjectNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      problems.add(field + " is required");
    }
  }

  private static void checkNumber(ObjectNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value != null && !value.isNull() && !value.isNumber()) {
      problems.add(field + " must be a JSON number, not " + value);
    }
  }

  private static void checkDate(ObjectNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value != null
        && !value.isNull()
        && (!value.isTextual() || Nodes.instant(value.asText()) == null)) {
      problems.add(field + " must be an ISO 8601 date-time, not " + value);
    }
  }

  private void delete(Call call, List<String> s) throws IOException {
    Kind kind = gradebookKind(call, s);
    String id = s.get(1);
    if (v12) {
      sis.flavour().checkWriteV12(kind, null);
    }
    GradebookStore store = sis.store();
    boolean removed;
    switch (kind) {
      case CATEGORY:
        removed = store.deleteCategory(id);
        break;
      case SCORE_SCALE:
        removed = store.scoreScales.remove(id) != null;
        break;
      case ASSESSMENT_LINE_ITEM:
        removed = store.deleteAssessmentLineItem(id);
        break;
      case ASSESSMENT_RESULT:
        removed = store.assessmentResults.remove(id) != null;
        break;
      case LINE_ITEM:
        removed = store.deleteLineItem(id);
        break;
      default:
        removed = store.deleteResult(id);
    }
    if (!removed) {
      throw ApiError.notFound("Unknown " + kind.singular + " '" + id + "'");
    }
    call.noContent(204);
  }

  // ---- OneRoster 1.2 writes --------------------------------------------------------------

  /**
   * A 1.2 PUT: the fields the 1.2 schema requires of the client (not {@code status}, {@code
   * dateLastModified} or a reference's {@code href}/{@code type}, which Google's notebook omits)
   * are checked; the entity is stored as sent, with {@code status}, {@code dateLastModified}, a
   * result's {@code class} and the date of a (assessment) result's {@code scoreDate} filled in. 201
   * on create, 200 on update, no body.
   */
  private void putV12(Call call, Kind kind, String id, ObjectNode node) throws IOException {
    sis.flavour().checkWriteV12(kind, node);
    List<String> problems = new ArrayList<>();
    String bodyId = Nodes.text(node, "sourcedId");
    if (bodyId == null) {
      node.put("sourcedId", id);
    } else if (!bodyId.equals(id)) {
      problems.add("sourcedId '" + bodyId + "' does not match the path id '" + id + "'");
    }
    String status = Nodes.text(node, "status");
    if (status != null && !status.equals("active") && !status.equals("tobedeleted")) {
      problems.add("status must be active or tobedeleted, not '" + status + "'");
    }
    switch (kind) {
      case CATEGORY:
        requireText(node, "title", problems);
        checkNumber(node, "weight", problems);
        if (node.hasNonNull("class")) {
          existing(node, "class", Kind.CLASS, problems);
        }
        break;
      case LINE_ITEM:
        validateLineItemV12(node, problems);
        break;
      case RESULT:
        validateResultV12(node, problems);
        break;
      case ASSESSMENT_LINE_ITEM:
        validateAssessmentLineItem(id, node, problems);
        break;
      case ASSESSMENT_RESULT:
        validateAssessmentResult(node, problems);
        break;
      default:
        validateScoreScale(node, problems);
    }
    if (!problems.isEmpty()) {
      throw ApiError.invalidData(
          "Invalid " + kind.singular + " '" + id + "': " + String.join("; ", problems));
    }
    if (!node.has("status")) {
      node.put("status", "active");
    }
    node.put("dateLastModified", Nodes.dateTime(sis.clock().instant()));
    GradebookStore store = sis.store();
    ObjectNode previous;
    switch (kind) {
      case CATEGORY:
        previous = store.putCategory(id, node);
        break;
      case LINE_ITEM:
        previous = store.putLineItem(id, node);
        break;
      case RESULT:
        previous = store.putResult(id, node);
        break;
      case ASSESSMENT_LINE_ITEM:
        previous = store.assessmentLineItems.put(id, node);
        break;
      case ASSESSMENT_RESULT:
        previous = store.assessmentResults.put(id, node);
        break;
      default:
        previous = store.scoreScales.put(id, node);
    }
    call.noContent(previous == null ? 201 : 200);
  }

  private void validateLineItemV12(ObjectNode node, List<String> problems) {
    requireText(node, "title", problems);
    ObjectNode cls = requiredRef(node, "class", Kind.CLASS, problems);
    requiredRef(node, "school", Kind.ORG, problems);
    String categoryId = Nodes.refId(node, "category");
    if (categoryId == null) {
      problems.add("category is required ({\"sourcedId\":…} of one of the class's categories)");
    } else {
      ObjectNode category = sis.store().categories.get(categoryId);
      String owner = category == null ? null : GradebookStore.classOf(category);
      if (category == null) {
        problems.add("category '" + categoryId + "' does not exist");
      } else if (cls != null && owner != null && !owner.equals(Nodes.id(cls))) {
        problems.add("category '" + categoryId + "' belongs to class '" + owner + "'");
      }
    }
    requireDate(node, "assignDate", problems);
    requireDate(node, "dueDate", problems);
    checkNumber(node, "resultValueMin", problems);
    checkNumber(node, "resultValueMax", problems);
    if (node.hasNonNull("gradingPeriod")) {
      String gp = Nodes.refId(node, "gradingPeriod");
      ObjectNode session = gp == null ? null : sis.roster().find(Kind.ACADEMIC_SESSION, gp);
      if (session == null || !"gradingPeriod".equals(Nodes.text(session, "type"))) {
        problems.add("gradingPeriod '" + gp + "' is not a grading period");
      }
    }
    if (node.hasNonNull("academicSession")) {
      existing(node, "academicSession", Kind.ACADEMIC_SESSION, problems);
    }
    if (node.hasNonNull("scoreScale")) {
      existing(node, "scoreScale", Kind.SCORE_SCALE, problems);
    }
  }

  private void validateResultV12(ObjectNode node, List<String> problems) {
    ObjectNode lineItem = requiredRef(node, "lineItem", Kind.LINE_ITEM, problems);
    String lineItemClass = lineItem == null ? null : Nodes.refId(lineItem, "class");
    String studentId = Nodes.refId(node, "student");
    if (studentId == null) {
      problems.add("student is required ({\"sourcedId\":…})");
    } else {
      ObjectNode student = sis.roster().find(Kind.USER, studentId);
      if (student == null || !Nodes.hasRole(student, "student")) {
        problems.add("student '" + studentId + "' does not exist");
      } else if (lineItemClass != null
          && !sis.roster().isEnrolled(studentId, lineItemClass, "student")) {
        problems.add(
            "student '" + studentId + "' is not enrolled in class '" + lineItemClass + "'");
      }
    }
    if (node.hasNonNull("class")) {
      String classId = Nodes.refId(node, "class");
      if (lineItemClass != null && !lineItemClass.equals(classId)) {
        problems.add("class '" + classId + "' is not the lineItem's class '" + lineItemClass + "'");
      }
    } else if (lineItemClass != null) {
      node.set("class", Nodes.ref(lineItemClass, "class"));
    }
    validateScoreV12(node, problems);
  }

  /**
   * What a 1.2 result and a 1.2 assessment result share: a required scoreStatus and scoreDate (a
   * date-time is kept as its date), a numeric score, a string textScore, string-boolean flags and
   * an existing scoreScale.
   */
  private void validateScoreV12(ObjectNode node, List<String> problems) {
    String scoreStatus = Nodes.text(node, "scoreStatus");
    if (scoreStatus == null) {
      problems.add("scoreStatus is required");
    } else if (!SCORE_STATUSES.contains(scoreStatus) && !EXTENSION.matcher(scoreStatus).matches()) {
      problems.add(
          "scoreStatus must be one of "
              + SCORE_STATUSES
              + " or an ext: value, not '"
              + scoreStatus
              + "'");
    }
    JsonNode scoreDate = node.get("scoreDate");
    if (scoreDate == null || scoreDate.isNull()) {
      problems.add("scoreDate is required (YYYY-MM-DD)");
    } else if (!scoreDate.isTextual() || Nodes.instant(scoreDate.asText()) == null) {
      problems.add("scoreDate must be a date (YYYY-MM-DD), not " + scoreDate);
    } else {
      // Google's notebook sends a date-time; 1.2 declares a date: keep the date as written.
      node.put("scoreDate", V12.dateOnly(scoreDate.asText()));
    }
    checkNumber(node, "score", problems);
    JsonNode textScore = node.get("textScore");
    if (textScore != null && !textScore.isNull() && !textScore.isTextual()) {
      problems.add("textScore must be a string, not " + textScore);
    }
    for (String flag : V12.RESULT_FLAGS) {
      JsonNode value = node.get(flag);
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isBoolean()) {
        node.put(flag, value.asText());
      } else if (!value.isTextual()
          || !(value.asText().equals("true") || value.asText().equals("false"))) {
        problems.add(flag + " must be \"true\" or \"false\", not " + value);
      }
    }
    if (node.hasNonNull("scoreScale")) {
      existing(node, "scoreScale", Kind.SCORE_SCALE, problems);
    }
  }

  private void validateAssessmentLineItem(String id, ObjectNode node, List<String> problems) {
    requireText(node, "title", problems);
    if (node.hasNonNull("class")) {
      existing(node, "class", Kind.CLASS, problems);
    }
    if (node.hasNonNull("parentAssessmentLineItem")) {
      if (id.equals(Nodes.refId(node, "parentAssessmentLineItem"))) {
        problems.add("parentAssessmentLineItem must not be the assessment line item itself");
      } else {
        existing(node, "parentAssessmentLineItem", Kind.ASSESSMENT_LINE_ITEM, problems);
      }
    }
    if (node.hasNonNull("scoreScale")) {
      existing(node, "scoreScale", Kind.SCORE_SCALE, problems);
    }
    checkNumber(node, "resultValueMin", problems);
    checkNumber(node, "resultValueMax", problems);
  }

  /**
   * An assessment result: as a 1.2 result, but scoring an assessment line item (whose class, when
   * it has one, the student must be enrolled in), with no class of its own and a numeric
   * scorePercentile.
   */
  private void validateAssessmentResult(ObjectNode node, List<String> problems) {
    ObjectNode item = requiredRef(node, "assessmentLineItem", Kind.ASSESSMENT_LINE_ITEM, problems);
    String itemClass = item == null ? null : Nodes.refId(item, "class");
    String studentId = Nodes.refId(node, "student");
    if (studentId == null) {
      problems.add("student is required ({\"sourcedId\":…})");
    } else {
      ObjectNode student = sis.roster().find(Kind.USER, studentId);
      if (student == null || !Nodes.hasRole(student, "student")) {
        problems.add("student '" + studentId + "' does not exist");
      } else if (itemClass != null && !sis.roster().isEnrolled(studentId, itemClass, "student")) {
        problems.add("student '" + studentId + "' is not enrolled in class '" + itemClass + "'");
      }
    }
    checkNumber(node, "scorePercentile", problems);
    validateScoreV12(node, problems);
  }

  private void validateScoreScale(ObjectNode node, List<String> problems) {
    requireText(node, "title", problems);
    requireText(node, "type", problems);
    requiredRef(node, "class", Kind.CLASS, problems);
    if (node.hasNonNull("course")) {
      existing(node, "course", Kind.COURSE, problems);
    }
    JsonNode values = node.get("scoreScaleValue");
    if (values == null || !values.isArray() || values.isEmpty()) {
      problems.add("scoreScaleValue is required: [{\"itemValueLHS\":…,\"itemValueRHS\":…}, …]");
      return;
    }
    for (JsonNode v : values) {
      if (!v.path("itemValueLHS").isTextual() || !v.path("itemValueRHS").isTextual()) {
        problems.add("every scoreScaleValue needs string itemValueLHS and itemValueRHS: " + v);
        return;
      }
    }
  }

  /** The entity a required reference points to; null (and a problem) if absent or unknown. */
  private ObjectNode requiredRef(ObjectNode node, String field, Kind kind, List<String> problems) {
    if (Nodes.refId(node, field) == null) {
      problems.add(field + " is required ({\"sourcedId\":…})");
      return null;
    }
    return existing(node, field, kind, problems);
  }

  private ObjectNode existing(ObjectNode node, String field, Kind kind, List<String> problems) {
    String id = Nodes.refId(node, field);
    ObjectNode target = id == null ? null : find(kind, id);
    if (target == null) {
      problems.add(field + " '" + id + "' does not exist");
    }
    return target;
  }

  private ObjectNode find(Kind kind, String id) {
    GradebookStore store = sis.store();
    switch (kind) {
      case CATEGORY:
        return store.categories.get(id);
      case LINE_ITEM:
        return store.lineItems.get(id);
      case RESULT:
        return store.results.get(id);
      case SCORE_SCALE:
        return store.scoreScales.get(id);
      case ASSESSMENT_LINE_ITEM:
        return store.assessmentLineItems.get(id);
      case ASSESSMENT_RESULT:
        return store.assessmentResults.get(id);
      default:
        return sis.roster().find(kind, id);
    }
  }

  private static void requireDate(ObjectNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      problems.add(field + " is required (an ISO 8601 date-time)");
    } else {
      checkDate(node, field, problems);
    }
  }

  /** Headers for the recorded request, lower-cased names, secrets redacted. */
  static Map<String, List<String>> recordedHeaders(HttpExchange exchange) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              String key = name.toLowerCase(Locale.ROOT);
              boolean secret = key.equals("authorization") || key.equals("x-vendor-authorization");
              out.put(key, secret ? List.of("<redacted>") : List.copyOf(values));
            });
    return out;
  }

  static String recordedBody(Call call, boolean tokenRequest) {
    String body = new String(call.body, StandardCharsets.UTF_8);
    return tokenRequest && body.contains("client_secret") ? "<redacted>" : body;
  }
}
