package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.LimitExceededException;
import org.oneroster4j.export.ClassLinker;
import org.oneroster4j.query.Query;
import org.oneroster4j.testsupport.Json;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Recorded;
import org.oneroster4j.testsupport.TestServer.Reply;

/**
 * Whatever the client gathers into memory has a cap (maxListItems) with a typed error naming the
 * collection and the cap; a SIS whose Link chain never ends fails the same way. Streaming stays
 * unbounded in item count.
 */
class CollectionLimitsTest {
  private static final Duration SAFETY = Duration.ofSeconds(30);

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private static int offset(Recorded r) {
    for (String p : r.rawQuery().split("&")) {
      if (p.startsWith("offset=")) {
        return Integer.parseInt(URLDecoder.decode(p.substring(7), StandardCharsets.UTF_8));
      }
    }
    return 0;
  }

  private static String classes(int from, int to) {
    StringJoiner j = new StringJoiner(",", "{\"classes\":[", "]}");
    for (int i = from; i < to; i++) {
      j.add(Json.schoolClass("c" + i, "active"));
    }
    return j.toString();
  }

  /** Full pages with a fresh rel="next" link for ever, like the SIS in issue 14. */
  private Reply endless(Recorded r, String path) {
    int offset = offset(r);
    String next = server.baseUrl() + path + "?limit=10&offset=" + (offset + 10);
    String body =
        path.endsWith("/classes") ? classes(offset, offset + 10) : Json.users(offset, offset + 10);
    return Reply.json(200, body).header("Link", "<" + next + ">; rel=\"next\"");
  }

  private OneRosterClient client(int maxListItems) {
    return OneRosterClient.builder()
        .url(server.baseUrl())
        .credentials(Credentials.oauth1("key", "secret"))
        .pageSize(10)
        .maxListItems(maxListItems)
        .build();
  }

  private void endlessTeacherClasses() {
    server.handler(
        r -> {
          String p = r.relativePath();
          if (p.equals("/teachers")) {
            return Reply.json(
                200, "{\"users\":[" + Json.user("t-1", "teacher", "kim@example.org") + "]}");
          }
          if (p.equals("/teachers/t-1/classes")) {
            return endless(r, p);
          }
          return Reply.json(200, "{\"course\":{\"sourcedId\":\"c1\",\"title\":\"C\"}}");
        });
  }

  @Test
  void teacherClasses_withAnEndlessLinkChain_failsNamingTheEndpointAndTheCap() {
    endlessTeacherClasses();
    try (OneRosterClient client = client(55)) {
      LimitExceededException e =
          assertTimeoutPreemptively(
              SAFETY,
              () -> {
                try {
                  client.teacherClasses("kim@example.org");
                  throw new AssertionError("an endless collection was listed");
                } catch (LimitExceededException x) {
                  return x;
                }
              });
      assertThat(e.collection()).isEqualTo("GET /teachers/t-1/classes");
      assertThat(e.limit()).isEqualTo(55);
      assertThat(e.getMessage())
          .contains("GET /teachers/t-1/classes")
          .contains("55")
          .contains("maxListItems(int)");
    }
    // 55 items on pages of 10: the sixth page went past the cap, and nothing after it was read
    assertThat(server.requests().stream().filter(r -> r.relativePath().endsWith("/classes")))
        .hasSize(6);
  }

  @Test
  void linker_teacherClasses_withAnEndlessLinkChain_failsTheSameWay() {
    endlessTeacherClasses();
    try (OneRosterClient client = client(30)) {
      assertTimeoutPreemptively(
          SAFETY,
          () ->
              assertThatThrownBy(() -> ClassLinker.of(client).linkableClasses("kim@example.org"))
                  .isInstanceOf(LimitExceededException.class)
                  .hasMessageContaining("GET /teachers/t-1/classes"));
    }
  }

  @Test
  void linker_classRoster_pastTheCap_fails() {
    server.handler(
        r -> {
          String p = r.relativePath();
          if (p.equals("/classes/c-1/students")) {
            return endless(r, p);
          }
          if (p.startsWith("/courses/")) {
            return Reply.json(200, "{\"course\":{\"sourcedId\":\"c1\",\"title\":\"C\"}}");
          }
          if (p.startsWith("/academicSessions/")) {
            return Reply.json(200, "{\"academicSession\":{\"sourcedId\":\"t1\",\"title\":\"T\"}}");
          }
          return Reply.json(200, "{\"class\":" + Json.schoolClass("c-1", "active") + "}");
        });
    try (OneRosterClient client = client(25)) {
      assertTimeoutPreemptively(
          SAFETY,
          () ->
              assertThatThrownBy(() -> ClassLinker.of(client).link("c-1", List.of()))
                  .isInstanceOf(LimitExceededException.class)
                  .hasMessageContaining("GET /classes/c-1/students"));
    }
  }

  @Test
  void teacherByEmail_whenTheSisIgnoresTheFilterAndPagesEndlessly_fails() {
    server.handler(r -> endless(r, r.relativePath()));
    try (OneRosterClient client = client(40)) {
      assertTimeoutPreemptively(
          SAFETY,
          () ->
              assertThatThrownBy(() -> client.teacherByEmail("nobody@example.org"))
                  .isInstanceOf(LimitExceededException.class)
                  .hasMessageContaining("GET /teachers"));
    }
  }

  @Test
  void onePage_holdingMoreThanTheCap_fails() {
    server.handler(r -> Reply.json(200, Json.users(0, 30)));
    try (OneRosterClient client = client(20)) {
      assertThatThrownBy(
              () -> client.users(Query.builder().pageSize(1000).build()).stream().count())
          .isInstanceOf(LimitExceededException.class)
          .hasMessageContaining("GET /users")
          .hasMessageContaining("20");
    }
  }

  @Test
  void streaming_isNotLimitedByTheCap_onlyListingIs() {
    server.handler(
        r -> {
          int offset = offset(r);
          return Reply.json(200, Json.users(offset, Math.min(offset + 10, 95)))
              .header("X-Total-Count", "95");
        });
    try (OneRosterClient client = client(20)) {
      assertThat(client.users().stream().count()).isEqualTo(95);
      assertThatThrownBy(() -> client.users().toList(50))
          .isInstanceOf(LimitExceededException.class)
          .satisfies(e -> assertThat(((LimitExceededException) e).limit()).isEqualTo(50));
      assertThat(client.users().toList(95)).hasSize(95);
    }
  }

  @Test
  void maxListItems_mustBePositive_andDefaultsTo100000() {
    assertThatThrownBy(() -> OneRosterClient.builder().maxListItems(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxListItems");
    try (OneRosterClient client =
        OneRosterClient.builder()
            .url(server.baseUrl())
            .credentials(Credentials.oauth1("key", "secret"))
            .build()) {
      assertThat(client.maxListItems()).isEqualTo(100_000);
    }
  }
}
