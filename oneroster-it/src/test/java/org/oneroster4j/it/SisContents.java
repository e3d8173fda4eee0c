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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oneroster4j.OneRosterScopes;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
import org.oneroster4j.testkit.FakeSis;

/**
 * What the fake SIS holds, read with plain {@code java.net.http} calls and Jackson — not through
 * the SDK — so that a bug shared by the SDK's writes and reads cannot hide. Satisfies each
 * flavour's token and cookie rules (Aeries session cookies, the SIMS organisation).
 */
final class SisContents {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static String scopes(OneRosterVersion version) {
    return OneRosterScopes.uri(version, OneRosterScopes.ROSTER_READONLY)
        + " "
        + OneRosterScopes.uri(version, OneRosterScopes.GRADEBOOK_READONLY);
  }

  /** A lineItem as stored. */
  record StoredLineItem(
      String sourcedId, String title, Double resultValueMax, String dueDate, String classId) {}

  /** A result as stored. */
  record StoredResult(String sourcedId, Double score, String scoreStatus, String comment) {}

  /** A token and the cookies its response set (Aeries binds a session to them). */
  private record Session(String token, String cookies) {}

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

  /** Every item of {@code collection} as stored, by sourcedId. */
  static Map<String, JsonNode> byId(FakeSis sis, String collection) {
    Map<String, JsonNode> out = new HashMap<>();
    readAll(sis, collection).forEach(n -> out.put(n.path("sourcedId").asText(), n));
    return out;
  }

  /** Every item of {@code collection} as stored. */
  static List<JsonNode> readAll(FakeSis sis, String collection) {
    Session session = session(sis);
    List<JsonNode> all = new ArrayList<>();
    int offset = 0;
    while (true) {
      HttpRequest.Builder get =
          HttpRequest.newBuilder(
                  URI.create(
                      sis.serviceUrl(Service.GRADEBOOK)
                          + "/"
                          + collection
                          + "?limit=1000&offset="
                          + offset))
              .header("Authorization", "Bearer " + session.token())
              .header("Accept", "application/json");
      if (!session.cookies().isEmpty()) {
        get.header("Cookie", session.cookies());
      }
      if (sis.vendor().equals("infinitecampus")) {
        get.header("x-vendor-authorization", sis.vendorKey() + ":" + sis.vendorSecret());
      }
      JsonNode page = json(send(get.GET().build())).path(collection);
      page.forEach(all::add);
      if (page.size() == 0) {
        return all;
      }
      offset += page.size();
    }
  }

  private static Session session(FakeSis sis) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (sis.clientId() + ":" + sis.clientSecret()).getBytes(StandardCharsets.UTF_8));
    String form =
        "grant_type=client_credentials&scope="
            + URLEncoder.encode(scopes(sis.version()), StandardCharsets.UTF_8);
    String org = sis.vendorOptions().get("organisationId");
    if (org != null) {
      form += "&acr_values=" + URLEncoder.encode("orgselection:" + org, StandardCharsets.UTF_8);
    }
    HttpRequest post =
        HttpRequest.newBuilder(URI.create(sis.tokenUrl()))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<byte[]> r = send(post);
    String cookies =
        r.headers().allValues("Set-Cookie").stream()
            .map(c -> c.split(";", 2)[0])
            .collect(Collectors.joining("; "));
    return new Session(json(r).path("access_token").asText(), cookies);
  }

  private static JsonNode json(HttpResponse<byte[]> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<byte[]> send(HttpRequest request) {
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
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
