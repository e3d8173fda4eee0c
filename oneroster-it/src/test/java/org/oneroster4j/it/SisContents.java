package org.oneroster4j.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.oneroster4j.testkit.FakeSis;

/**
 * What the fake SIS holds, read with plain {@code java.net.http} calls and Jackson — not through
 * the SDK — so that a bug shared by the SDK's writes and reads cannot hide.
 */
final class SisContents {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String SCOPES =
      "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly"
          + " https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.readonly";

  /** A lineItem as stored. */
  record StoredLineItem(
      String sourcedId, String title, Double resultValueMax, String dueDate, String classId) {}

  /** A result as stored. */
  record StoredResult(String sourcedId, Double score, String scoreStatus, String comment) {}

  private SisContents() {}

  static List<StoredLineItem> lineItems(FakeSis sis) {
    List<StoredLineItem> out = new ArrayList<>();
    for (JsonNode n : readAll(sis, "lineItems")) {
      out.add(
          new StoredLineItem(
              n.path("sourcedId").asText(),
              n.path("title").asText(null),
              n.hasNonNull("resultValueMax") ? n.get("resultValueMax").asDouble() : null,
              n.path("dueDate").asText(null),
              n.path("class").path("sourcedId").asText(null)));
    }
    return out;
  }

  static List<StoredResult> results(FakeSis sis) {
    List<StoredResult> out = new ArrayList<>();
    for (JsonNode n : readAll(sis, "results")) {
      out.add(
          new StoredResult(
              n.path("sourcedId").asText(),
              n.hasNonNull("score") ? n.get("score").asDouble() : null,
              n.path("scoreStatus").asText(null),
              n.path("comment").asText(null)));
    }
    return out;
  }

  private static List<JsonNode> readAll(FakeSis sis, String collection) {
    String token = token(sis);
    List<JsonNode> all = new ArrayList<>();
    int offset = 0;
    while (true) {
      HttpRequest.Builder get =
          HttpRequest.newBuilder(
                  URI.create(sis.baseUrl() + "/" + collection + "?limit=1000&offset=" + offset))
              .header("Authorization", "Bearer " + token)
              .header("Accept", "application/json");
      if (sis.vendor().equals("infinitecampus")) {
        get.header("x-vendor-authorization", sis.vendorKey() + ":" + sis.vendorSecret());
      }
      JsonNode page = send(get.GET().build()).path(collection);
      page.forEach(all::add);
      if (page.size() == 0) {
        return all;
      }
      offset += page.size();
    }
  }

  private static String token(FakeSis sis) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (sis.clientId() + ":" + sis.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(sis.tokenUrl()))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&scope="
                        + URLEncoder.encode(SCOPES, StandardCharsets.UTF_8)))
            .build();
    return send(post).path("access_token").asText();
  }

  private static JsonNode send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            request.uri().getPath()
                + " answered "
                + r.statusCode()
                + ": "
                + new String(r.body(), StandardCharsets.UTF_8));
      }
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
