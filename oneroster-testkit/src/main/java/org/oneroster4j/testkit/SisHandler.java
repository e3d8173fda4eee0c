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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Routes every request: faults, token endpoint, authentication, reads and gradebook writes. */
final class SisHandler implements HttpHandler {
  private static final int MAX_BODY = 4 * 1024 * 1024;
  private static final Set<String> SCORE_STATUSES =
      Set.of("exempt", "fully graded", "not submitted", "partially graded", "submitted");

  private final FakeSis sis;

  SisHandler(FakeSis sis) {
    this.sis = sis;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Call call = null;
    boolean dropped = false;
    try {
      byte[] body = readBody(exchange);
      call = new Call(exchange, body);
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
      String base = sis.flavour().basePath();
      if (call.rawPath.startsWith(base + "/")) {
        api(call, call.rawPath.substring(base.length() + 1));
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
    } catch (RuntimeException e) {
      if (call != null && !call.responded()) {
        call.error(new ApiError(500, "internal_server_error", "Fake SIS failure: " + e));
      }
    } finally {
      if (call != null && !call.responded()) {
        sis.record(call, dropped ? 0 : call.status);
      }
      exchange.close();
    }
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

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new ApiError(413, "invaliddata", "Request body larger than " + MAX_BODY + " bytes");
      }
      return bytes;
    }
  }

  // ---- API -------------------------------------------------------------------------------

  private void api(Call call, String relative) throws IOException {
    List<String> s = new ArrayList<>();
    for (String segment : relative.split("/", -1)) {
      s.add(OAuth1.decode(segment));
    }
    boolean gradebook = isGradebookPath(s);
    Set<String> scopes = sis.authenticator().authenticate(call);
    sis.flavour().checkApiRequest(call, gradebook);
    switch (call.method) {
      case "GET":
        requireScope(
            scopes,
            gradebook
                ? List.of("gradebook.readonly")
                : s.get(0).equals("demographics")
                    ? List.of("roster-demographics.readonly", "roster.readonly")
                    : s.contains("resources")
                        ? List.of("resource.readonly", "roster.readonly")
                        : List.of("roster-core.readonly", "roster.readonly"));
        get(call, s);
        return;
      case "PUT":
        requireScope(scopes, List.of("gradebook.createput"));
        put(call, s);
        return;
      case "DELETE":
        requireScope(scopes, List.of("gradebook.delete"));
        delete(call, s);
        return;
      default:
        call.header("Allow", "GET, PUT, DELETE");
        throw new ApiError(405, "unsupportedoperation", call.method + " is not supported");
    }
  }

  private static boolean isGradebookPath(List<String> s) {
    String first = s.get(0);
    if (first.equals("categories") || first.equals("lineItems") || first.equals("results")) {
      return true;
    }
    return first.equals("classes")
        && s.size() >= 3
        && (s.get(2).equals("lineItems")
            || s.get(2).equals("categories")
            || s.get(2).equals("results")
            || (s.size() == 5 && s.get(4).equals("results")));
  }

  private static void requireScope(Set<String> granted, List<String> anyOf) {
    for (String scope : anyOf) {
      if (granted.contains(scope)) {
        return;
      }
    }
    throw new ApiError(
        403,
        "forbidden",
        "The access token lacks the scope "
            + Authenticator.SCOPE_PREFIX
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

  private static ApiError unknownPath(Call call) {
    return ApiError.notFound("No OneRoster 1.1 endpoint at " + call.rawPath);
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
    Query.Page page = query.apply(source);
    call.header("X-Total-Count", String.valueOf(page.total()));
    call.header("Link", links(call, query, page.total()));
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
          Call.writeWarnings(gen, query.warnings);
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
    String prefix = sis.rootUrl() + call.rawPath + "?" + kept + "limit=" + query.limit + "&offset=";
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
      default:
        throw unknownPath(call);
    }
    if (node == null) {
      throw ApiError.notFound("Unknown " + kind.singular + " '" + id + "' at /" + collection);
    }
    List<ApiError> warnings = new ArrayList<>();
    Set<String> fields = Query.fieldsOnly(kind, call.params, warnings);
    ObjectNode body = Nodes.F.objectNode();
    body.set(kind.singular, Query.project(node, fields));
    if (!warnings.isEmpty()) {
      body.putArray("statusInfoSet").add(Call.statusInfo(warnings.get(0)));
    }
    call.json(200, body);
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
    return n -> role.equals(Nodes.text(n, "role"));
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

  private static Kind gradebookKind(Call call, List<String> s) {
    if (s.size() == 2) {
      switch (s.get(0)) {
        case "categories":
          return Kind.CATEGORY;
        case "lineItems":
          return Kind.LINE_ITEM;
        case "results":
          return Kind.RESULT;
        default:
          break;
      }
    }
    call.header("Allow", "GET");
    throw new ApiError(
        405,
        "unsupportedoperation",
        call.method + " is supported on /categories/{id}, /lineItems/{id} and /results/{id} only");
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
    ObjectNode node = ((ObjectNode) entity).deepCopy();
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
      if (student == null || !"student".equals(Nodes.text(student, "role"))) {
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
    GradebookStore store = sis.store();
    boolean removed;
    switch (kind) {
      case CATEGORY:
        removed = store.deleteCategory(id);
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
