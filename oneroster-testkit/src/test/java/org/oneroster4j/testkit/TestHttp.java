package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Plain {@code java.net.http} calls against a fake SIS: deliberately not the SDK's client, so a bug
 * shared by both cannot hide.
 */
final class TestHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ALL_SCOPES =
      "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly"
          + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.readonly"
          + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.createput"
          + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.delete";

  static final String ALL_SCOPES_V12 =
      org.oneroster4j.OneRosterScopes.gradeExport(org.oneroster4j.OneRosterVersion.V1_2);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final FakeSis sis;
  String token;

  /** Extra header pair sent on every API call (e.g. IC's vendor header), or null. */
  String[] extraHeader;

  TestHttp(FakeSis sis) {
    this.sis = sis;
  }

  /** A client holding a token with the four scopes Google Classroom asks for. */
  static TestHttp withToken(FakeSis sis) {
    return withToken(
        sis, sis.version() == org.oneroster4j.OneRosterVersion.V1_1 ? ALL_SCOPES : ALL_SCOPES_V12);
  }

  /** A client holding a token with {@code scopes} (space-separated URIs). */
  static TestHttp withToken(FakeSis sis, String scopes) {
    TestHttp http = new TestHttp(sis);
    Response r = http.token(sis.clientId(), sis.clientSecret(), scopes);
    assertThat(r.status).as(r.body).isEqualTo(200);
    http.token = r.json().get("access_token").asText();
    return http;
  }

  /** A response, with JSON helpers. */
  static final class Response {
    final int status;
    final HttpHeaders headers;
    final String body;

    Response(int status, HttpHeaders headers, String body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The codeMinor of the first status info of an error body (1.1 array or 1.2 object). */
    String codeMinor() {
      JsonNode info = statusInfo();
      return info.path("imsx_CodeMinor")
          .path("imsx_codeMinorField")
          .path(0)
          .path("imsx_codeMinorFieldValue")
          .asText(null);
    }

    String description() {
      return statusInfo().path("imsx_description").asText(null);
    }

    private JsonNode statusInfo() {
      JsonNode body = json();
      return body.has("statusInfoSet") ? body.path("statusInfoSet").path(0) : body;
    }

    /** sourcedIds of the items under {@code key}. */
    List<String> ids(String key) {
      List<String> ids = new ArrayList<>();
      JsonNode array = json().get(key);
      assertThat(array).as("envelope '" + key + "' in " + body).isNotNull();
      array.forEach(n -> ids.add(n.path("sourcedId").asText()));
      return ids;
    }
  }

  Response token(String id, String secret, String scope) {
    String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + enc(scope));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sis.tokenUrl()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (id != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }
    return send(b);
  }

  Response get(String path) {
    return send(api(path).GET());
  }

  Response put(String path, String json) {
    return send(
        api(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response delete(String path) {
    return send(api(path).DELETE());
  }

  HttpRequest.Builder api(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sis.baseUrl() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (extraHeader != null) {
      b.header(extraHeader[0], extraHeader[1]);
    }
    return b;
  }

  static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Percent-encodes a query value (spaces as %20). */
  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code ?filter=<encoded expression>}. */
  static String filter(String expression) {
    return "?filter=" + enc(expression);
  }

  /** JSON written with single quotes for readability: {@code j("{'a':1}")}. */
  static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static String lineItem(String id, String classId, String title) {
    return j(
        "{'lineItem':{'sourcedId':'"
            + id
            + "','title':'"
            + title
            + "','description':'Test Line Item','resultValueMin':0,'resultValueMax':100,"
            + "'assignDate':'2026-09-01T10:00:00.000Z','dueDate':'2026-09-08T10:00:00.000Z',"
            + "'class':{'sourcedId':'"
            + classId
            + "'}}}");
  }

  static String result(String id, String lineItemId, String studentId, String scoreAndStatus) {
    return j(
        "{'result':{'sourcedId':'"
            + id
            + "',"
            + scoreAndStatus
            + ",'comment':'','scoreDate':'2026-09-09T10:00:00.000Z',"
            + "'lineItem':{'sourcedId':'"
            + lineItemId
            + "'},'student':{'sourcedId':'"
            + studentId
            + "'}}}");
  }
}
