package org.oneroster4j.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.testkit.e2e.E2e.IDS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

/**
 * Exports against the pilot vendors' testkit flavours (Aeries, Aspen, Capita SIMS) through their
 * vendor modules, as an administrator would connect them: the URL they type, the token URL only
 * where the vendor needs one, and the vendor options. The SIS state is read back with plain HTTP.
 */
class PilotVendorsExportTest {

  /** A client connected the way the vendor's administrator would connect it. */
  private static OneRosterClient client(FakeSis sis, Map<String, String> extraOptions) {
    OneRosterClient.Builder b = E2e.clientBuilder(sis);
    extraOptions.forEach(b::vendorOption);
    return b.build();
  }

  private static OneRosterClient client(FakeSis sis) {
    return client(sis, Map.of());
  }

  private static ExportReport export(OneRosterClient client, Gradebook gb) {
    return GradeExporter.of(client).namespace(E2e.NAMESPACE).export(gb);
  }

  private static Gradebook twoClasses(FakeSis sis) {
    Seed seed = sis.seed();
    return E2e.gradebook(seed, seed.classIdsOf(seed.teacherId()).subList(0, 2), 3);
  }

  private static Gradebook oneAssignment(FakeSis sis, Assignment.Builder assignment) {
    Seed seed = sis.seed();
    String classId = seed.classIdsOf(seed.teacherId()).get(0);
    List<String> students = seed.studentIdsOf(classId);
    assignment.grade(
        Grade.builder()
            .studentSourcedId(students.get(0))
            .score(7)
            .status(ScoreStatus.FULLY_GRADED)
            .comment("c".repeat(120))
            .build());
    return Gradebook.builder()
        .namespace(E2e.NAMESPACE)
        .addClass(
            GradebookClass.builder().classSourcedId(classId).assignment(assignment.build()).build())
        .build();
  }

  private static Assignment.Builder assignment(String id, String title) {
    return Assignment.builder()
        .id(id)
        .title(title)
        .assignDate(E2e.FIRST_DUE.minus(7, ChronoUnit.DAYS))
        .dueDate(E2e.FIRST_DUE)
        .maxPoints(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aeries", "aspen", "sims"})
  void export_createsEveryItem_thenASecondRunWritesNothing(String flavour) {
    try (FakeSis sis = E2e.start(flavour)) {
      RawSis raw = new RawSis(sis);
      int lineItemsBefore = raw.all("lineItems").size();
      int resultsBefore = raw.all("results").size();
      OneRosterClient client = client(sis);
      assertThat(client.vendor().id()).isEqualTo(flavour);
      Gradebook gb = twoClasses(sis);

      ExportReport first = export(client, gb);

      assertThat(first.failures()).isEmpty();
      assertThat(first.lineItems().created()).isEqualTo(E2e.lineItemCount(gb));
      assertThat(first.results().created()).isEqualTo(E2e.resultCount(gb));
      Map<String, JsonNode> lineItems = raw.byId("lineItems");
      Map<String, JsonNode> results = raw.byId("results");
      assertThat(lineItems).hasSize(lineItemsBefore + E2e.lineItemCount(gb));
      assertThat(results).hasSize(resultsBefore + E2e.resultCount(gb));
      for (GradebookClass c : gb.classes()) {
        for (Assignment a : c.assignments()) {
          String li = IDS.lineItemId(c.classSourcedId(), a.id());
          assertThat(lineItems.get(li).path("title").asText()).isEqualTo(a.title());
          for (Grade g : a.grades()) {
            JsonNode r = results.get(IDS.resultId(li, g.studentSourcedId()));
            assertThat(r.path("scoreStatus").asText()).isEqualTo(g.status().value());
          }
        }
      }

      E2e.clearRequests(sis);
      ExportReport second = export(client, gb);
      assertThat(second.writes()).isZero();
      assertThat(E2e.writes(sis)).isEmpty();
    }
  }

  @Test
  void aeries_tokenCarriesTheScope_andEveryCallTheSessionCookies() {
    try (FakeSis sis = E2e.start("aeries")) {
      export(client(sis), twoClasses(sis));
      List<RecordedRequest> requests = sis.requests();
      List<RecordedRequest> tokens =
          requests.stream().filter(r -> r.path().endsWith("/aeries/token")).toList();
      assertThat(tokens).isNotEmpty();
      assertThat(tokens.get(0).body())
          .contains(
              "scope="
                  + URLEncoder.encode(
                      "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly",
                      StandardCharsets.UTF_8));
      List<RecordedRequest> api =
          requests.stream().filter(r -> r.path().contains("/ims/oneroster/v1p1/")).toList();
      assertThat(api).isNotEmpty();
      assertThat(api)
          .allSatisfy(
              r -> {
                assertThat(r.status()).as(r.toString()).isLessThan(400);
                assertThat(r.header("Cookie"))
                    .as(r.toString())
                    .contains("ARRAffinity=")
                    .contains("ASP.NET_SessionId=");
              });
    }
  }

  @Test
  void aeries_longTitles_areShortenedTo50_withAWarning() {
    try (FakeSis sis = E2e.start("aeries")) {
      String title = "Unit 3 review: fractions, decimals, percentages and ratios";
      Gradebook gb = oneAssignment(sis, assignment("long", title));
      ExportReport report = export(client(sis), gb);
      assertThat(report.failures()).isEmpty();
      String li = IDS.lineItemId(gb.classes().get(0).classSourcedId(), "long");
      String stored = new RawSis(sis).byId("lineItems").get(li).path("title").asText();
      assertThat(stored).hasSize(50).isEqualTo(title.substring(0, 50).stripTrailing());
      assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("shortened"));
    }
  }

  @Test
  void aeries_titleMaxLengthOption_reachesTheExport() {
    try (FakeSis sis = E2e.start("aeries")) {
      Gradebook gb = oneAssignment(sis, assignment("short", "Quiz on chapter four"));
      ExportReport report = export(client(sis, Map.of("titleMaxLength", "10")), gb);
      assertThat(report.failures()).isEmpty();
      String li = IDS.lineItemId(gb.classes().get(0).classSourcedId(), "short");
      assertThat(new RawSis(sis).byId("lineItems").get(li).path("title").asText())
          .isEqualTo("Quiz on ch");
    }
  }

  @Test
  void aspen_deletedAssignment_isReportedAsAnOrphan_notRetried() {
    try (FakeSis sis = E2e.start("aspen")) {
      OneRosterClient client = client(sis);
      Gradebook gb = oneAssignment(sis, assignment("gone", "Lab 1"));
      assertThat(export(client, gb).failures()).isEmpty();
      GradebookClass c = gb.classes().get(0);
      Assignment deleted = c.assignments().get(0).toBuilder().deleted(true).build();
      Gradebook without =
          gb.toBuilder()
              .classes(List.of(c.toBuilder().assignments(List.of(deleted)).build()))
              .build();

      ExportReport report = export(client, without);

      String li = IDS.lineItemId(c.classSourcedId(), "gone");
      assertThat(report.failures())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.sourcedId()).isEqualTo(li);
                assertThat(f.httpStatus()).isEqualTo(405);
                assertThat(f.message()).contains("delete it in the SIS gradebook by hand");
              });
      assertThat(report.results().deleted()).isEqualTo(1);
      assertThat(new RawSis(sis).byId("lineItems")).containsKey(li);
      assertThat(
              sis.requests().stream()
                  .filter(r -> r.method().equals("DELETE") && r.path().endsWith(li))
                  .count())
          .isEqualTo(1);
    }
  }

  @Test
  void aspen_commentsAreCutTo100_andCategoriesMatchOnlyByExactTitle() {
    try (FakeSis sis = E2e.start("aspen")) {
      Gradebook gb = oneAssignment(sis, assignment("q1", "Quiz 1").category("Quizzes"));
      Gradebook lower = oneAssignment(sis, assignment("q2", "Quiz 2").category("quizzes"));
      OneRosterClient client = client(sis);
      ExportReport exact = export(client, gb);
      ExportReport caseDiffers = export(client, lower);

      assertThat(exact.failures()).isEmpty();
      assertThat(caseDiffers.failures()).isEmpty();
      String classId = gb.classes().get(0).classSourcedId();
      Map<String, JsonNode> lineItems = new RawSis(sis).byId("lineItems");
      assertThat(lineItems.get(IDS.lineItemId(classId, "q1")).at("/category/sourcedId").asText())
          .isEqualTo("cat-quizzes");
      assertThat(lineItems.get(IDS.lineItemId(classId, "q2")).has("category")).isFalse();
      assertThat(caseDiffers.warnings())
          .anySatisfy(w -> assertThat(w).contains("differs only in case"));
      assertThat(
              new RawSis(sis)
                  .all("results").stream()
                      .map(r -> r.path("comment").asText(""))
                      .filter(t -> t.startsWith("c")))
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t).hasSize(100));
      assertThat(sis.requests().stream().filter(r -> r.path().contains("/categories/")))
          .noneMatch(r -> r.method().equals("PUT"));
    }
  }

  @Test
  void sims_tokenRequestNamesTheOrganisation() {
    try (FakeSis sis = E2e.start("sims")) {
      ExportReport report = export(client(sis), twoClasses(sis));
      assertThat(report.failures()).isEmpty();
      RecordedRequest token =
          sis.requests().stream()
              .filter(r -> r.path().equals("/connect/token"))
              .findFirst()
              .orElseThrow();
      assertThat(token.body())
          .contains(
              "acr_values="
                  + URLEncoder.encode(
                      "orgselection:" + sis.vendorOptions().get("organisationId"),
                      StandardCharsets.UTF_8));
    }
  }

  /** Reads the fake SIS with plain HTTP, satisfying each flavour's token and cookie rules. */
  static final class RawSis {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final FakeSis sis;
    private String token;
    private String cookies;

    RawSis(FakeSis sis) {
      this.sis = sis;
    }

    Map<String, JsonNode> byId(String collection) {
      Map<String, JsonNode> out = new HashMap<>();
      all(collection).forEach(n -> out.put(n.path("sourcedId").asText(), n));
      return out;
    }

    List<JsonNode> all(String collection) {
      if (token == null) {
        authenticate();
      }
      List<JsonNode> out = new ArrayList<>();
      int offset = 0;
      while (true) {
        HttpRequest.Builder get =
            HttpRequest.newBuilder(
                    URI.create(sis.baseUrl() + "/" + collection + "?limit=1000&offset=" + offset))
                .header("Authorization", "Bearer " + token);
        if (cookies != null && !cookies.isEmpty()) {
          get.header("Cookie", cookies);
        }
        JsonNode page = JSON_of(send(get.GET().build())).path(collection);
        page.forEach(out::add);
        if (page.size() == 0) {
          return out;
        }
        offset += page.size();
      }
    }

    private void authenticate() {
      String form =
          "grant_type=client_credentials&scope="
              + URLEncoder.encode(
                  "https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.readonly",
                  StandardCharsets.UTF_8);
      String org = sis.vendorOptions().get("organisationId");
      if (org != null) {
        form += "&acr_values=" + URLEncoder.encode("orgselection:" + org, StandardCharsets.UTF_8);
      }
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(URI.create(sis.tokenUrl()))
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(
                                  (sis.clientId() + ":" + sis.clientSecret())
                                      .getBytes(StandardCharsets.UTF_8)))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build());
      token = JSON_of(r).path("access_token").asText();
      cookies =
          r.headers().allValues("Set-Cookie").stream()
              .map(c -> c.split(";", 2)[0])
              .collect(Collectors.joining("; "));
    }

    private static JsonNode JSON_of(HttpResponse<String> r) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      try {
        return JSON.readTree(r.body());
      } catch (IOException e) {
        throw new AssertionError(r.body(), e);
      }
    }

    private static HttpResponse<String> send(HttpRequest request) {
      try {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new AssertionError(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
