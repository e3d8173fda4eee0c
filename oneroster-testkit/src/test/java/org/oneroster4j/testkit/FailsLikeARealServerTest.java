package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.testkit.TestHttp.filter;
import static org.oneroster4j.testkit.TestHttp.lineItem;
import static org.oneroster4j.testkit.TestHttp.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterVersion;

/**
 * The fake SIS fails the way a real server does: a failure after the headers drops the connection
 * (no terminating chunk, so a client sees an error, not a short page); malformed URLs and oversized
 * bodies get OneRoster error JSON (400, 413) instead of a JDK HTML page or a reset; non-finite
 * numbers are refused (422) instead of stored as "Infinity"; and a quote doubled inside a filter
 * value ({@code 'o''brien'}) is read as one quote. Checked with plain sockets and {@code
 * java.net.http}, never the SDK.
 */
class FailsLikeARealServerTest {

  /** One raw HTTP/1.1 exchange: what the JDK client cannot even send ({@code %ZZ}). */
  private static String raw(FakeSis sis, String method, String target, String token)
      throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), sis.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(
          (method
                  + " "
                  + target
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + token
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode bodyOf(String response) throws IOException {
    return TestHttp.JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
  }

  @Test
  void failureAfterTheHeaders_dropsTheConnection_insteadOfEndingTheBodyNormally()
      throws IOException {
    try (FakeSis sis = FakeSis.startGeneric()) {
      TestHttp http = TestHttp.withToken(sis);
      // The deepest metadata the server accepts; served inside a collection it is one level
      // deeper than Jackson writes, so the server fails after the headers went out.
      int depth = 1000;
      while (depth > 900) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String body =
            "{\"category\":{\"sourcedId\":\"cat-deep\",\"title\":\"Deep\",\"metadata\":{\"x\":"
                + nested
                + "}}}";
        if (http.put("/categories/cat-deep", body).status == 201) {
          break;
        }
        depth--;
      }
      assertThat(depth).isGreaterThan(900);

      String path = "/categories?fields=sourcedId,title,metadata&limit=1000";
      assertThatThrownBy(() -> http.get(path))
          .as("a page the server failed to write must not arrive as a complete short page")
          .isInstanceOf(UncheckedIOException.class);

      String rawAnswer =
          raw(sis, "GET", "/ims/oneroster/v1p1" + path, http.token).replace("\r\n", "\n");
      assertThat(rawAnswer).startsWith("HTTP/1.1 200").doesNotEndWith("\n0\n\n");
      // the server itself goes on serving
      assertThat(http.get("/orgs").status).isEqualTo(200);
    }
  }

  @Test
  void malformedUrls_getOneRosterErrorJson_400_inBothVersions() throws IOException {
    for (OneRosterVersion version : List.of(OneRosterVersion.V1_1, OneRosterVersion.V1_2)) {
      try (FakeSis sis = FakeSis.builder().version(version).build().start()) {
        TestHttp http = TestHttp.withToken(sis);
        String base =
            version == OneRosterVersion.V1_1
                ? "/ims/oneroster/v1p1"
                : "/ims/oneroster/rostering/v1p2";
        for (String target : List.of(base + "/users/%ZZ", base + "/users?filter=%ZZ")) {
          String answer = raw(sis, "GET", target, http.token);
          assertThat(answer).as(target).startsWith("HTTP/1.1 400");
          assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/json");
          JsonNode body = bodyOf(answer);
          JsonNode info =
              version == OneRosterVersion.V1_1 ? body.path("statusInfoSet").path(0) : body;
          assertThat(info.path("imsx_codeMajor").asText()).isEqualTo("failure");
          assertThat(info.path("imsx_description").asText()).contains("%ZZ");
        }
        assertThat(sis.requests())
            .extracting(RecordedRequest::path)
            .contains(base + "/users/%ZZ", base + "/users")
            .allMatch(p -> !p.contains("fake-sis"));
      }
    }
  }

  @Test
  void oversizedBody_gets413Json_notAReset_inBothVersions() {
    for (OneRosterVersion version : List.of(OneRosterVersion.V1_1, OneRosterVersion.V1_2)) {
      try (FakeSis sis = FakeSis.builder().version(version).build().start()) {
        TestHttp http = TestHttp.withToken(sis);
        String path = version == OneRosterVersion.V1_1 ? "" : "/gradebook/v1p2";
        String huge =
            "{\"lineItem\":{\"sourcedId\":\"li-1\",\"title\":\""
                + "x".repeat(5 * 1024 * 1024)
                + "\"}}";
        TestHttp.Response r = http.put(path + "/lineItems/li-1", huge);
        assertThat(r.status).isEqualTo(413);
        assertThat(r.header("Content-Type")).contains("application/json");
        assertThat(r.body).contains("imsx_codeMajor").contains("larger than");
        assertThat(http.get(path + "/lineItems/li-1").status).isEqualTo(404);
      }
    }
  }

  @Test
  void nonFiniteNumbers_areRefusedWith422_notStoredAsInfinity_inBothVersions() {
    try (FakeSis sis = FakeSis.startGeneric()) {
      TestHttp http = TestHttp.withToken(sis);
      assertThat(http.put("/lineItems/li-1", lineItem("li-1", "class-1", "Quiz")).status)
          .isEqualTo(201);
      TestHttp.Response r =
          http.put(
              "/results/r-1",
              result("r-1", "li-1", "student-1", "'score':1e999,'scoreStatus':'fully graded'"));
      assertThat(r.status).as(r.body).isEqualTo(422);
      assertThat(r.body).contains("score").contains("finite");
      assertThat(http.get("/results/r-1").status).isEqualTo(404);
      TestHttp.Response max =
          http.put(
              "/lineItems/li-2",
              lineItem("li-2", "class-1", "Quiz")
                  .replace("\"resultValueMax\":100", "\"resultValueMax\":-1e999"));
      assertThat(max.status).as(max.body).isEqualTo(422);
    }
    try (FakeSis sis = FakeSis.builder().version(OneRosterVersion.V1_2).build().start()) {
      TestHttp http = TestHttp.withToken(sis);
      String g = "/gradebook/v1p2";
      assertThat(http.put(g + "/lineItems/li-1", FakeSisV12Test.lineItem("li-1", "Quiz")).status)
          .isEqualTo(201);
      TestHttp.Response r =
          http.put(
              g + "/results/r-1",
              FakeSisV12Test.result("r-1", "li-1", "'score':1e999,'scoreStatus':'fully graded'"));
      assertThat(r.status).as(r.body).isEqualTo(422);
      assertThat(http.get(g + "/results/r-1").status).isEqualTo(404);
    }
  }

  @Test
  void doubledQuoteInAFilterValue_isOneQuote() {
    String seed =
        "{\"orgs\":[{\"sourcedId\":\"sch1\",\"name\":\"North\",\"type\":\"school\"}],"
            + "\"users\":[{\"sourcedId\":\"u1\",\"role\":\"teacher\",\"email\":"
            + "\"o'brien@example.org\",\"givenName\":\"Pat\",\"familyName\":\"O'Brien\","
            + "\"orgs\":[{\"sourcedId\":\"sch1\"}]}]}";
    try (FakeSis sis =
        FakeSis.builder()
            .seed(Seed.fromJson(new ByteArrayInputStream(seed.getBytes(StandardCharsets.UTF_8))))
            .build()
            .start()) {
      TestHttp http = TestHttp.withToken(sis);
      TestHttp.Response byEmail = http.get("/teachers" + filter("email='o''brien@example.org'"));
      assertThat(byEmail.status).as(byEmail.body).isEqualTo(200);
      assertThat(byEmail.ids("users")).containsExactly("u1");
      assertThat(http.get("/users" + filter("familyName~'''b'")).ids("users"))
          .containsExactly("u1");
      assertThat(
              http.get("/users" + filter("familyName='O''Brien' AND role='teacher'")).ids("users"))
          .containsExactly("u1");
      assertThat(http.get("/users" + filter("familyName='O'Brien'")).status).isEqualTo(400);
    }
  }
}
