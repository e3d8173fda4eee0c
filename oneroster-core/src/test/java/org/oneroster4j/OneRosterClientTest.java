package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.NotFoundException;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.error.UnauthorizedException;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.User;
import org.oneroster4j.query.Filter;
import org.oneroster4j.query.Page;
import org.oneroster4j.query.Query;
import org.oneroster4j.testsupport.FixedRandom;
import org.oneroster4j.testsupport.Json;
import org.oneroster4j.testsupport.StepClock;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Recorded;
import org.oneroster4j.testsupport.TestServer.Reply;

class OneRosterClientTest {
  static final String SECRET = "cl1ent-S3cret!";
  static final String TOKEN = "tok-abc-123";

  private final TestServer server = TestServer.start();
  private final StepClock clock = new StepClock();

  @AfterEach
  void stop() {
    server.close();
  }

  private OneRosterClient.Builder builder() {
    return OneRosterClient.builder()
        .url(server.baseUrl())
        .tokenUrl(server.origin() + "/oauth/token")
        .credentials(Credentials.clientCredentials("client-1", SECRET))
        .clock(clock)
        .sleeper(clock)
        .random(new FixedRandom(0.5));
  }

  private static Reply token(String value, int expiresIn) {
    return Reply.json(
        200,
        "{\"access_token\":\""
            + value
            + "\",\"token_type\":\"bearer\",\"expires_in\":"
            + expiresIn
            + "}");
  }

  private static boolean isToken(Recorded r) {
    return r.path().equals("/oauth/token");
  }

  private List<Recorded> apiRequests() {
    return server.requests().stream().filter(r -> !isToken(r)).collect(Collectors.toList());
  }

  private static Map<String, String> query(Recorded r) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (r.rawQuery() == null) {
      return out;
    }
    for (String p : r.rawQuery().split("&")) {
      int eq = p.indexOf('=');
      out.put(
          URLDecoder.decode(p.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  // ------------------------------------------------------------------ paging

  @Test
  void users_pagesByItemsActuallyReturned_whenTheServerCapsLimit() {
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          int offset = Integer.parseInt(query(r).get("offset"));
          int end = Math.min(offset + 30, 75); // the server caps limit at 30
          return Reply.json(200, Json.users(offset, end)).header("X-Total-Count", "75");
        });
    OneRosterClient sis = builder().pageSize(100).build();

    List<User> all = sis.users().stream().collect(Collectors.toList());

    assertThat(all).hasSize(75);
    assertThat(all.get(74).sourcedId()).isEqualTo("u74");
    assertThat(apiRequests())
        .extracting(r -> query(r).get("offset"))
        .containsExactly("0", "30", "60");
    assertThat(apiRequests()).extracting(r -> query(r).get("limit")).containsOnly("100");
  }

  @Test
  void paging_withoutHeaders_endsOnAnEmptyPage_notOnAShortOne() {
    // Issue 14: a short page is not the end when the SIS sends neither X-Total-Count nor Link (it
    // may cap limit silently); one extra request finds the empty page that is.
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          int offset = Integer.parseInt(query(r).get("offset"));
          return Reply.json(200, offset == 0 ? Json.users(0, 3) : Json.users(0, 0));
        });
    OneRosterClient sis = builder().build();
    assertThat(sis.students(Query.builder().pageSize(10).build())).hasSize(3);
    assertThat(apiRequests()).extracting(r -> query(r).get("offset")).containsExactly("0", "3");
  }

  @Test
  void paging_withoutHeaders_readsEveryCappedPage() {
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          int offset = Integer.parseInt(query(r).get("offset"));
          return Reply.json(200, Json.users(offset, Math.min(offset + 4, 10))); // caps limit at 4
        });
    OneRosterClient sis = builder().build();
    assertThat(sis.students(Query.builder().pageSize(10).build())).hasSize(10);
    assertThat(apiRequests())
        .extracting(r -> query(r).get("offset"))
        .containsExactly("0", "4", "8", "10");
  }

  @Test
  void paging_withoutHeaders_aSisIgnoringOffset_endsAfterItsOnePage() {
    server.handler(r -> isToken(r) ? token(TOKEN, 3600) : Reply.json(200, Json.users(0, 3)));
    OneRosterClient sis = builder().build();
    assertThat(sis.students(Query.builder().pageSize(10).build())).hasSize(3);
    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void paging_stopsAtTotalCount_withoutAnExtraRequest() {
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          int offset = Integer.parseInt(query(r).get("offset"));
          return Reply.json(200, Json.users(offset, offset + 5)).header("X-Total-Count", "10");
        });
    OneRosterClient sis = builder().build();
    List<Page<User>> pages = new ArrayList<>();
    sis.users(Query.builder().pageSize(5).build()).byPage().forEach(pages::add);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(1).offset()).isEqualTo(5);
    assertThat(pages.get(1).totalCount()).hasValue(10);
  }

  @Test
  void paging_followsLinkNext_andStopsWhenThereIsNone() {
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          int offset = Integer.parseInt(query(r).get("offset"));
          Reply reply = Reply.json(200, Json.users(offset, offset + 2));
          String self = server.baseUrl() + "/users?limit=2&offset=";
          if (offset < 4) {
            // a next link whose query is spelled differently from ours
            reply =
                reply.header(
                    "Link",
                    "<" + self + (offset + 2) + ">; rel=\"next\", <" + self + "4>; rel=\"last\"");
          } else {
            reply = reply.header("Link", "<" + self + "0>; rel=\"first\"");
          }
          return reply;
        });
    OneRosterClient sis = builder().build();
    assertThat(sis.users(Query.builder().pageSize(2).build()).stream().map(User::sourcedId))
        .containsExactly("u0", "u1", "u2", "u3", "u4", "u5");
    assertThat(apiRequests()).hasSize(3);
  }

  @Test
  void paging_refusesARepeatingNextLink_comparingParsedLimitAndOffset() {
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          int offset = Integer.parseInt(query(r).get("offset"));
          // page 2 points back at page 2, written with the parameters in another order
          String next =
              offset == 0
                  ? server.baseUrl() + "/users?limit=2&offset=2"
                  : server.baseUrl() + "/users?offset=2&filter=x&limit=2";
          return Reply.json(200, Json.users(offset, offset + 2))
              .header("Link", "<" + next + ">; rel=\"next\"");
        });
    OneRosterClient sis = builder().build();
    Iterator<User> it = sis.users(Query.builder().pageSize(2).build()).iterator();
    it.next();
    it.next();
    it.next();
    it.next();
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("GET /users")
        .hasMessageContaining("next");
    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void paging_stops_whenTheSisIgnoresOffset_andSendsTheSamePageAgain() {
    // Found by the benchmarks' client fuzz test: a SIS that ignores limit and offset answers every
    // request with the same full page and no paging headers; the client paged on forever.
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          return Reply.json(200, Json.users(0, 5));
        });
    OneRosterClient sis = builder().build();
    Iterator<User> it = sis.users(Query.builder().pageSize(2).build()).iterator();
    for (int i = 0; i < 5; i++) {
      it.next();
    }
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("GET /users")
        .hasMessageContaining("ignore offset");
    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void paging_refusesEndlessPages_pastMaxPages() {
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          int offset = Integer.parseInt(query(r).get("offset"));
          return Reply.json(200, Json.users(offset, offset + 1));
        });
    OneRosterClient sis = builder().maxPages(5).build();
    assertThatThrownBy(() -> sis.users(Query.builder().pageSize(1).build()).stream().count())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("more than 5 pages");
    assertThat(apiRequests()).hasSize(5);
  }

  @Test
  void paging_isLazy_andEachIterationStartsOver() {
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          int offset = Integer.parseInt(query(r).get("offset"));
          return Reply.json(200, Json.users(offset, offset + 2)).header("X-Total-Count", "4");
        });
    OneRosterClient sis = builder().build();
    var users = sis.users(Query.builder().pageSize(2).build());
    assertThat(server.requests()).isEmpty();
    Iterator<User> it = users.iterator();
    it.next();
    assertThat(apiRequests()).hasSize(1);
    assertThat(users.stream().limit(1).count()).isEqualTo(1);
    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void page_surfacesWarningsSentWithSuccess() {
    server.handler(
        r ->
            isToken(r)
                ? token(TOKEN, 3600)
                : Reply.json(
                    200,
                    "{\"users\":[],\"statusInfoSet\":[{\"imsx_codeMajor\":\"success\",\"imsx_severity\":\"warning\","
                        + "\"imsx_codeMinor\":\"invalid_sort_field\",\"imsx_description\":\"sort ignored\"}]}"));
    OneRosterClient sis = builder().build();
    Page<User> page = sis.users(Query.builder().sort("nope").build()).byPage().iterator().next();
    assertThat(page.items()).isEmpty();
    assertThat(page.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.codeMinor()).isEqualTo("invalid_sort_field"));
  }

  @Test
  void collection_answeredWithHtml_isAProtocolException() {
    server.handler(
        r -> isToken(r) ? token(TOKEN, 3600) : Reply.of(200, "text/html", "<html>login</html>"));
    assertThatThrownBy(() -> builder().build().orgs().stream().count())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("GET /orgs")
        .hasMessageContaining("base URL");
  }

  // ------------------------------------------------------------------ queries and paths

  @Test
  void teacherClasses_filtersByEmailThenActiveClasses() {
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          if (r.relativePath().equals("/teachers")) {
            return Reply.json(
                200, "{\"users\":[" + Json.user("t 1", "teacher", "o'neil@example.org") + "]}");
          }
          return Reply.json(
              200,
              "{\"classes\":["
                  + Json.schoolClass("c1", "active")
                  + ","
                  + Json.schoolClass("c2", "tobedeleted")
                  + "]}");
        });
    OneRosterClient sis = builder().build();

    List<SchoolClass> classes = sis.teacherClasses("o'neil@example.org");

    assertThat(classes).extracting(SchoolClass::sourcedId).containsExactly("c1");
    List<Recorded> api = apiRequests();
    assertThat(query(api.get(0)).get("filter")).isEqualTo("email='o''neil@example.org'");
    assertThat(api.get(0).rawQuery()).contains("filter=email%3D%27o%27%27neil%40example.org%27");
    assertThat(api.get(1).path()).isEqualTo(TestServer.BASE_PATH + "/teachers/t%201/classes");
    assertThat(query(api.get(1)).get("filter")).isEqualTo("status='active'");
  }

  /** A SIS answering every {@code GET /teachers} with {@code users}, and any class list empty. */
  private void teachersAnswer(String... users) {
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          if (r.relativePath().equals("/teachers")) {
            return Reply.json(200, "{\"users\":[" + String.join(",", users) + "]}");
          }
          return Reply.json(200, "{\"classes\":[]}");
        });
  }

  @Test
  void teacherByEmail_aSisIgnoringTheFilter_neverGivesAnotherTeacher() {
    // Every teacher comes back, none with the email asked for: the first is someone else.
    teachersAnswer(
        Json.user("t1", "teacher", "lee@example.org"),
        Json.user("t2", "teacher", "ray@example.org"));
    OneRosterClient sis = builder().build();

    assertThat(sis.teacherByEmail("kim@example.org")).isEmpty();
    assertThatThrownBy(() -> sis.teacherClasses("kim@example.org"))
        .isInstanceOf(NotFoundException.class);
    // No class list of another teacher was read.
    assertThat(apiRequests()).extracting(Recorded::path).allMatch(p -> p.endsWith("/teachers"));
  }

  @Test
  void teacherByEmail_theOnlyTeacherReturnedWithAnotherEmail_isNotTaken() {
    teachersAnswer(Json.user("t1", "teacher", "lee@example.org"));

    assertThat(builder().build().teacherByEmail("kim@example.org")).isEmpty();
  }

  @Test
  void teacherByEmail_takesTheMatchIgnoringCaseAndSpaces_notTheFirstReturned() {
    teachersAnswer(
        Json.user("t1", "teacher", "lee@example.org"),
        Json.user("t2", "teacher", " Kim@Example.org "));

    assertThat(builder().build().teacherByEmail("kim@example.org"))
        .map(User::sourcedId)
        .hasValue("t2");
  }

  @Test
  void teacherByEmail_theOnlyTeacherReturnedWithoutAnEmail_isTaken() {
    // A SIS that applies the filter but does not send the email field.
    teachersAnswer(Json.user("t1", "teacher", "REMOVED").replace(",\"email\":\"REMOVED\"", ""));

    assertThat(builder().build().teacherByEmail("kim@example.org"))
        .map(User::sourcedId)
        .hasValue("t1");
  }

  @Test
  void teacherByEmail_severalTeachersWithoutAnEmail_isNoneOfThem() {
    String noEmail = ",\"email\":\"REMOVED\"";
    teachersAnswer(
        Json.user("t1", "teacher", "REMOVED").replace(noEmail, ""),
        Json.user("t2", "teacher", "REMOVED").replace(noEmail, ""));

    assertThat(builder().build().teacherByEmail("kim@example.org")).isEmpty();
  }

  @Test
  void teacherClasses_unknownEmail_isNotFound() {
    server.handler(r -> isToken(r) ? token(TOKEN, 3600) : Reply.json(200, "{\"users\":[]}"));
    assertThatThrownBy(() -> builder().build().teacherClasses("nobody@example.org"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no teacher");
  }

  @Test
  void queryParts_goOnTheWire() {
    server.handler(r -> isToken(r) ? token(TOKEN, 3600) : Reply.json(200, "{\"lineItems\":[]}"));
    builder()
        .build()
        .lineItemsForClass(
            "c/1",
            Query.builder()
                .filter(
                    Filter.gt("dateLastModified", "2026-01-01")
                        .and(Filter.contains("title", "Quiz")))
                .sort("title")
                .orderBy(Query.Order.DESC)
                .fields("sourcedId", "title")
                .pageSize(50)
                .build())
        .stream()
        .count();
    Recorded r = apiRequests().get(0);
    assertThat(r.path()).isEqualTo(TestServer.BASE_PATH + "/classes/c%2F1/lineItems");
    assertThat(query(r))
        .containsEntry("filter", "dateLastModified>'2026-01-01' AND title~'Quiz'")
        .containsEntry("sort", "title")
        .containsEntry("orderBy", "desc")
        .containsEntry("fields", "sourcedId,title")
        .containsEntry("limit", "50")
        .containsEntry("offset", "0");
  }

  @Test
  void singleObject_404_isNotFound_withThePath() {
    server.handler(r -> isToken(r) ? token(TOKEN, 3600) : Reply.status(404));
    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> builder().build().lineItem("li-9"));
    assertThat(e.path()).isEqualTo("/lineItems/li-9");
    assertThat(e.method()).isEqualTo("GET");
  }

  @Test
  void singleObject_isRead() {
    server.handler(
        r ->
            isToken(r)
                ? token(TOKEN, 3600)
                : Reply.json(200, "{\"user\":" + Json.user("u1", "student", "a@b.c") + "}"));
    assertThat(builder().build().user("u1").email()).isEqualTo("a@b.c");
  }

  // ------------------------------------------------------------------ writes

  private static LineItem lineItem(String id) {
    return LineItem.builder()
        .sourcedId(id)
        .title("Quiz 1")
        .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
        .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
        .schoolClass(GuidRef.of("c1", GuidRefType.CLASS))
        .resultValueMin(0)
        .resultValueMax(100)
        .build();
  }

  @Test
  void putLineItem_sendsTheEnvelope_andReportsCreated() {
    server.handler(r -> isToken(r) ? token(TOKEN, 3600) : Reply.status(201));
    WriteResult w = builder().build().putLineItem(lineItem("li-1"));

    assertThat(w.created()).isTrue();
    assertThat(w.httpStatus()).isEqualTo(201);
    assertThat(w.sourcedId()).isEqualTo("li-1");
    Recorded r = apiRequests().get(0);
    assertThat(r.method()).isEqualTo("PUT");
    assertThat(r.path()).isEqualTo(TestServer.BASE_PATH + "/lineItems/li-1");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.bodyText()).startsWith("{\"lineItem\":{").contains("\"title\":\"Quiz 1\"");
  }

  @Test
  void putLineItem_surfacesAProviderAssignedIdAndWarnings() {
    server.handler(
        r ->
            isToken(r)
                ? token(TOKEN, 3600)
                : Reply.json(
                    200,
                    "{\"lineItem\":{\"sourcedId\":\"sis-77\",\"title\":\"Quiz 1\"},\"statusInfoSet\":[{\"imsx_codeMajor\":\"success\","
                        + "\"imsx_severity\":\"warning\",\"imsx_description\":\"title truncated\"}]}"));
    WriteResult w = builder().build().putLineItem(lineItem("li-1"));
    assertThat(w.created()).isFalse();
    assertThat(w.sourcedId()).isEqualTo("sis-77");
    assertThat(w.warnings())
        .singleElement()
        .satisfies(s -> assertThat(s.description()).isEqualTo("title truncated"));
  }

  @Test
  void putResult_invalid_isRefusedBeforeAnyRequest() {
    server.handler(r -> token(TOKEN, 3600));
    Result bad = Result.builder().sourcedId("r1").build();
    assertThatThrownBy(() -> builder().build().putResult(bad))
        .isInstanceOf(ValidationException.class);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void putResult_retriesAfter429_honouringRetryAfter() {
    AtomicInteger puts = new AtomicInteger();
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          return puts.incrementAndGet() == 1
              ? Reply.status(429).header("Retry-After", "3")
              : Reply.status(200);
        });
    Result result =
        Result.builder()
            .sourcedId("r1")
            .lineItem(GuidRef.of("li-1", GuidRefType.LINE_ITEM))
            .student(GuidRef.of("s1", GuidRefType.STUDENT))
            .scoreStatus(ScoreStatus.FULLY_GRADED)
            .score(300.0)
            .build();
    WriteResult w = builder().build().putResult(result);
    assertThat(w.httpStatus()).isEqualTo(200);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(apiRequests().get(1).bodyText()).contains("\"score\":300");
  }

  @Test
  void deleteResult_404AfterARetry_isAlreadyGone() {
    AtomicInteger deletes = new AtomicInteger();
    server.handler(
        r -> {
          if (isToken(r)) {
            return token(TOKEN, 3600);
          }
          return deletes.incrementAndGet() == 1 ? Reply.status(503) : Reply.status(404);
        });
    WriteResult w = builder().build().deleteResult("r1");
    assertThat(w.httpStatus()).isEqualTo(404);
    assertThat(w.sourcedId()).isEqualTo("r1");
  }

  @Test
  void deleteCategory_204_isSuccess() {
    server.handler(r -> isToken(r) ? token(TOKEN, 3600) : Reply.status(204));
    assertThat(builder().build().deleteCategory("cat-1").httpStatus()).isEqualTo(204);
    assertThat(apiRequests().get(0).method()).isEqualTo("DELETE");
  }

  // ------------------------------------------------------------------ OAuth 2

  @Test
  void token_isRequestedWithBasicAuthGrantTypeAndTheV1p1Scopes() {
    server.handler(r -> isToken(r) ? token(TOKEN, 3600) : Reply.json(200, "{\"orgs\":[]}"));
    builder().build().orgs().stream().count();

    Recorded t = server.requests().get(0);
    assertThat(t.method()).isEqualTo("POST");
    assertThat(t.header("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(("client-1:" + SECRET).getBytes(StandardCharsets.UTF_8)));
    assertThat(t.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    Map<String, String> form = formOf(t.bodyText());
    assertThat(form).containsEntry("grant_type", "client_credentials");
    assertThat(form.get("scope").split(" "))
        .containsExactly(
            "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly",
            "https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.readonly",
            "https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.createput",
            "https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.delete");
    assertThat(apiRequests().get(0).header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  private static Map<String, String> formOf(String body) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String p : body.split("&")) {
      int eq = p.indexOf('=');
      out.put(p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void token_isCachedUntilExpiresInMinusTheMargin() {
    AtomicInteger tokens = new AtomicInteger();
    server.handler(
        r ->
            isToken(r)
                ? token("tok-" + tokens.incrementAndGet(), 3600)
                : Reply.json(200, "{\"orgs\":[]}"));
    OneRosterClient sis = builder().build();
    sis.orgs().stream().count();
    sis.orgs().stream().count();
    clock.advance(Duration.ofSeconds(3600 - 60 - 1));
    sis.orgs().stream().count();
    assertThat(tokens.get()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(2));
    sis.orgs().stream().count();
    assertThat(tokens.get()).isEqualTo(2);
    assertThat(apiRequests().get(3).header("Authorization")).isEqualTo("Bearer tok-2");
  }

  @Test
  void token_isFetchedOnce_underConcurrency() throws Exception {
    AtomicInteger tokens = new AtomicInteger();
    server.handler(
        r -> {
          if (isToken(r)) {
            tokens.incrementAndGet();
            return token(TOKEN, 3600).delayed(150);
          }
          return Reply.json(200, "{\"orgs\":[]}");
        });
    OneRosterClient sis = builder().maxConcurrency(16).build();
    int threads = 12;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<Long> task =
            () -> {
              start.await();
              return sis.orgs().stream().count();
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Long> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokens.get()).isEqualTo(1);
    assertThat(apiRequests()).hasSize(threads);
  }

  @Test
  void unauthorized_refreshesTheTokenOnce_andRetries() {
    AtomicInteger tokens = new AtomicInteger();
    server.handler(
        r -> {
          if (isToken(r)) {
            return token("tok-" + tokens.incrementAndGet(), 3600);
          }
          return "Bearer tok-1".equals(r.header("Authorization"))
              ? Reply.status(401)
              : Reply.json(200, "{\"orgs\":[]}");
        });
    builder().build().orgs().stream().count();
    assertThat(tokens.get()).isEqualTo(2);
    assertThat(apiRequests()).hasSize(2);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void unauthorized_afterTheRefresh_isFinal() {
    AtomicInteger tokens = new AtomicInteger();
    server.handler(
        r -> isToken(r) ? token("tok-" + tokens.incrementAndGet(), 3600) : Reply.status(401));
    assertThatThrownBy(() -> builder().build().orgs().stream().count())
        .isInstanceOf(UnauthorizedException.class);
    assertThat(tokens.get()).isEqualTo(2);
    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void tokenEndpoint401_namesTheRejectedClientIdOrSecret() {
    server.handler(r -> Reply.json(401, "{\"error\":\"invalid_client\"}"));
    UnauthorizedException e =
        catchThrowableOfType(
            UnauthorizedException.class, () -> builder().build().orgs().stream().count());
    assertThat(e.getMessage())
        .contains("client id/secret rejected by the token endpoint")
        .contains("invalid_client")
        .doesNotContain(SECRET);
    assertThat(apiRequests()).isEmpty();
  }

  @Test
  void wrongTokenUrl_givesAClearMessage() {
    server.handler(r -> Reply.of(404, "text/html", "<html>Not here</html>"));
    assertThatThrownBy(() -> builder().build().orgs().stream().count())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("token URL")
        .hasMessageContaining("/oauth/token");

    server.handler(r -> Reply.of(200, "text/html", "<html>Sign in</html>"));
    assertThatThrownBy(() -> builder().build().orgs().stream().count())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("without an OAuth 2 access_token")
        .hasMessageContaining("check the token URL");
  }

  // ------------------------------------------------------------------ OAuth 1

  @Test
  void oauth1_signsEveryAttemptAfresh_andTheServerCanVerifyIt() {
    String secret = "consumer&secret";
    AtomicInteger calls = new AtomicInteger();
    server.handler(
        r -> calls.incrementAndGet() == 1 ? Reply.status(503) : Reply.json(200, "{\"users\":[]}"));
    OneRosterClient sis =
        builder()
            .credentials(Credentials.oauth1("key-1", secret))
            .random(new java.util.SplittableRandom(3))
            .build();
    sis
        .teachers(Query.builder().filter(Filter.eq("email", "Zoë O'Brien+x@example.org")).build())
        .stream()
        .count();

    List<Recorded> reqs = server.requests();
    assertThat(reqs).hasSize(2);
    String h1 = reqs.get(0).header("Authorization");
    String h2 = reqs.get(1).header("Authorization");
    assertThat(h1).startsWith("OAuth ").contains("oauth_signature_method=\"HMAC-SHA256\"");
    assertThat(nonce(h1)).isNotEqualTo(nonce(h2));
    URI received = server.uri(reqs.get(1).path() + "?" + reqs.get(1).rawQuery());
    assertThat(
            org.oneroster4j.internal.auth.OAuth1Verifier.verify(
                "GET", received, h2, secret, "HmacSHA256"))
        .isTrue();
  }

  private static String nonce(String header) {
    int i = header.indexOf("oauth_nonce=\"") + 13;
    return header.substring(i, header.indexOf('"', i));
  }

  // ------------------------------------------------------------------ builder rules

  @Test
  void plainHttp_isRefusedExceptToLoopback() {
    assertThatThrownBy(
            () ->
                OneRosterClient.builder()
                    .url("http://sis.example.org")
                    .tokenUrl("https://sis.example.org/token")
                    .credentials(Credentials.clientCredentials("a", "b"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not https")
        .hasMessageContaining("allowInsecureHttp");
    assertThat(
            OneRosterClient.builder()
                .url("http://sis.example.org")
                .tokenUrl("https://sis.example.org/token")
                .credentials(Credentials.clientCredentials("a", "b"))
                .allowInsecureHttp(true)
                .build()
                .baseUrl())
        .hasToString("http://sis.example.org/ims/oneroster/v1p1");
    assertThatThrownBy(
            () ->
                OneRosterClient.builder()
                    .url("https://sis.example.org")
                    .tokenUrl("http://auth.example.org/token")
                    .credentials(Credentials.clientCredentials("a", "b"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token URL");
    for (String loopback :
        List.of("http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080")) {
      assertThat(
              OneRosterClient.builder()
                  .url(loopback)
                  .credentials(Credentials.oauth1("a", "b"))
                  .build()
                  .baseUrl()
                  .getScheme())
          .isEqualTo("http");
    }
  }

  @Test
  void build_namesTheMissingSetting() {
    assertThatThrownBy(() -> OneRosterClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("url(");
    assertThatThrownBy(() -> OneRosterClient.builder().url("https://sis.example.org").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("credentials(");
    assertThatThrownBy(
            () ->
                OneRosterClient.builder()
                    .url("https://sis.example.org")
                    .credentials(Credentials.clientCredentials("a", "b"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tokenUrl(");
  }

  @Test
  void concurrency_defaultsToTheVendors_andTheBuilderOverrides() {
    OneRosterClient sis = builder().build();
    assertThat(sis.vendor().id()).isEqualTo("generic");
    assertThat(sis.maxConcurrency()).isEqualTo(sis.vendor().defaultConcurrency());
    assertThat(sis.pageSize()).isEqualTo(sis.vendor().defaultPageSize());
    OneRosterClient more = sis.toBuilder().maxConcurrency(9).build();
    assertThat(more.maxConcurrency()).isEqualTo(9);
    assertThat(more.baseUrl()).isEqualTo(sis.baseUrl());
  }

  @Test
  void with_addsPerCallOptions() {
    server.handler(r -> isToken(r) ? token(TOKEN, 3600) : Reply.status(503));
    OneRosterClient sis = builder().build();
    assertThatThrownBy(
            () ->
                sis.with(
                        RequestOptions.builder()
                            .retryPolicy(RetryPolicy.none())
                            .header("X-Req", "1")
                            .build())
                    .org("o1"))
        .isInstanceOf(org.oneroster4j.error.ServerException.class);
    assertThat(apiRequests()).hasSize(1);
    assertThat(apiRequests().get(0).header("X-Req")).isEqualTo("1");
  }

  @Test
  void with_aHeaderTheClientAlsoSends_replacesItInsteadOfBeingSentBesideIt() {
    server.handler(r -> isToken(r) ? token(TOKEN, 3600) : Reply.json(200, "{\"orgs\":[]}"));
    OneRosterClient sis = builder().build();

    sis
        .with(
            RequestOptions.builder()
                .header("Accept", "application/json; charset=utf-8")
                .header("User-Agent", "my-lms/2.0")
                .build())
        .orgs()
        .stream()
        .count();

    Recorded sent = apiRequests().get(0);
    assertThat(sent.headers().entrySet())
        .filteredOn(e -> e.getKey().equalsIgnoreCase("Accept"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getValue()).containsExactly("application/json; charset=utf-8"));
    assertThat(sent.headers().entrySet())
        .filteredOn(e -> e.getKey().equalsIgnoreCase("User-Agent"))
        .singleElement()
        .satisfies(e -> assertThat(e.getValue()).containsExactly("my-lms/2.0"));
  }

  @Test
  void toStrings_neverShowSecrets() {
    OneRosterClient sis = builder().build();
    assertThat(sis.toString()).doesNotContain(SECRET).contains("client-1");
    assertThat(Credentials.clientCredentials("id", SECRET).toString())
        .doesNotContain(SECRET)
        .contains("***");
    assertThat(Credentials.oauth1("id", SECRET, Credentials.SignatureMethod.HMAC_SHA1).toString())
        .doesNotContain(SECRET)
        .contains("HMAC-SHA1");
  }
}
