package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.testkit.TestHttp.enc;
import static org.oneroster4j.testkit.TestHttp.j;
import static org.oneroster4j.testkit.TestHttp.lineItem;
import static org.oneroster4j.testkit.TestHttp.result;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The pilot flavours (Aeries, Aspen, Capita SIMS), checked with plain {@code java.net.http} calls.
 */
class PilotFlavourTest {

  private static TestHttp.Response tokenRequest(FakeSis sis, String form) {
    return TestHttp.send(
        HttpRequest.newBuilder(URI.create(sis.tokenUrl()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (sis.clientId() + ":" + sis.clientSecret())
                                .getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /**
   * The {@code name=value} pairs of a response's Set-Cookie headers, joined for a Cookie header.
   */
  private static String cookieHeader(TestHttp.Response r) {
    return r.headers.allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .collect(Collectors.joining("; "));
  }

  // ---- Aeries

  @Test
  void aeries_urlsLiveUnderTheSubDirectory() {
    try (FakeSis sis = FakeSis.builder().vendor("aeries").build().start()) {
      String root = "http://127.0.0.1:" + sis.port();
      assertThat(sis.vendor()).isEqualTo("aeries");
      assertThat(sis.adminUrl()).isEqualTo(root + "/aeries");
      assertThat(sis.baseUrl()).isEqualTo(root + "/aeries/ims/oneroster/v1p1");
      assertThat(sis.tokenUrl()).isEqualTo(root + "/aeries/token");
      assertThat(sis.vendorOptions()).isEmpty();
    }
  }

  @Test
  void aeries_tokenWithoutScope_is400() {
    try (FakeSis sis = FakeSis.builder().vendor("aeries").build().start()) {
      TestHttp.Response r = tokenRequest(sis, "grant_type=client_credentials");
      assertThat(r.status).isEqualTo(400);
      assertThat(r.body).contains("requires at least one scope");
    }
  }

  @Test
  void aeries_tokenResponseSetsSessionCookies_thatEveryCallMustSend() {
    try (FakeSis sis = FakeSis.builder().vendor("aeries").build().start()) {
      TestHttp.Response token =
          tokenRequest(sis, "grant_type=client_credentials&scope=" + enc(TestHttp.ALL_SCOPES));
      assertThat(token.status).isEqualTo(200);
      List<String> setCookies = token.headers.allValues("Set-Cookie");
      assertThat(setCookies)
          .hasSize(2)
          .anySatisfy(c -> assertThat(c).startsWith("ARRAffinity="))
          .anySatisfy(c -> assertThat(c).startsWith("ASP.NET_SessionId="));

      TestHttp http = new TestHttp(sis);
      http.token = token.json().get("access_token").asText();
      TestHttp.Response withoutCookies = http.get("/classes/class-1/lineItems");
      assertThat(withoutCookies.status).isEqualTo(401);
      assertThat(withoutCookies.description()).contains("ARRAffinity and ASP.NET_SessionId");
      assertThat(http.get("/orgs").status).isEqualTo(401);

      http.extraHeader = new String[] {"Cookie", "ARRAffinity=forged; ASP.NET_SessionId=forged"};
      assertThat(http.get("/lineItems").status).isEqualTo(401);

      http.extraHeader = new String[] {"Cookie", cookieHeader(token)};
      assertThat(http.get("/orgs").status).isEqualTo(200);
      assertThat(http.put("/lineItems/994_1001-a", lineItem("994_1001-a", "class-1", "T")).status)
          .isEqualTo(201);
    }
  }

  @Test
  void aeries_refusesLongTitlesFractionalPointsAndMissingDueDates() {
    try (FakeSis sis = FakeSis.builder().vendor("aeries").build().start()) {
      TestHttp.Response token =
          tokenRequest(sis, "grant_type=client_credentials&scope=" + enc(TestHttp.ALL_SCOPES));
      TestHttp http = new TestHttp(sis);
      http.token = token.json().get("access_token").asText();
      http.extraHeader = new String[] {"Cookie", cookieHeader(token)};
      TestHttp.Response longTitle =
          http.put("/lineItems/li-1", lineItem("li-1", "class-1", "x".repeat(51)));
      assertThat(longTitle.status).isEqualTo(422);
      assertThat(longTitle.description()).contains("longer than 50");
      assertThat(http.put("/lineItems/li-1", lineItem("li-1", "class-1", "x".repeat(50))).status)
          .isEqualTo(201);
      TestHttp.Response fractional =
          http.put(
              "/lineItems/li-2",
              j(
                  "{'lineItem':{'sourcedId':'li-2','title':'T','class':{'sourcedId':'class-1'},"
                      + "'dueDate':'2026-09-08T10:00:00.000Z','resultValueMax':9.5}}"));
      assertThat(fractional.status).isEqualTo(422);
      assertThat(fractional.description()).contains("whole number");
      TestHttp.Response noDue =
          http.put(
              "/lineItems/li-3",
              j(
                  "{'lineItem':{'sourcedId':'li-3','title':'T','class':{'sourcedId':'class-1'},"
                      + "'resultValueMax':10}}"));
      assertThat(noDue.status).isEqualTo(422);
      assertThat(noDue.description()).contains("dueDate is required");
    }
  }

  // ---- Aspen

  @Test
  void aspen_categoriesCannotBeWritten_andLineItemsCannotBeDeleted() {
    try (FakeSis sis = FakeSis.builder().vendor("aspen").build().start()) {
      assertThat(sis.adminUrl()).isEqualTo(sis.baseUrl());
      assertThat(sis.baseUrl()).endsWith("/aspen/rest/ims/oneroster/v1p1");
      TestHttp http = TestHttp.withToken(sis);
      TestHttp.Response category =
          http.put("/categories/cat-new", j("{'category':{'sourcedId':'cat-new','title':'Labs'}}"));
      assertThat(category.status).isEqualTo(405);
      assertThat(category.header("Allow")).isEqualTo("GET");
      assertThat(http.get("/categories").ids("categories")).doesNotContain("cat-new");

      assertThat(http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T")).status)
          .isEqualTo(201);
      TestHttp.Response delete = http.delete("/lineItems/li-1");
      assertThat(delete.status).isEqualTo(405);
      assertThat(delete.description()).contains("delete it in Aspen");
      assertThat(http.get("/lineItems/li-1").status).isEqualTo(200);

      String student = sis.seed().studentIdsOf("class-1").get(0);
      assertThat(
              http.put(
                      "/results/r-1",
                      result("r-1", "li-1", student, "'score':8,'scoreStatus':'fully graded'"))
                  .status)
          .isEqualTo(201);
      assertThat(http.delete("/results/r-1").status).isIn(200, 204);
    }
  }

  @Test
  void aspen_commentsOver100Characters_are422() {
    try (FakeSis sis = FakeSis.builder().vendor("aspen").build().start()) {
      TestHttp http = TestHttp.withToken(sis);
      http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T"));
      String student = sis.seed().studentIdsOf("class-1").get(0);
      String body = result("r-1", "li-1", student, "'score':8,'scoreStatus':'fully graded'");
      TestHttp.Response longComment =
          http.put(
              "/results/r-1",
              body.replace("\"comment\":\"\"", "\"comment\":\"" + "c".repeat(101) + "\""));
      assertThat(longComment.status).isEqualTo(422);
      assertThat(longComment.description()).contains("comment is longer than 100");
      TestHttp.Response fits =
          http.put(
              "/results/r-1",
              body.replace("\"comment\":\"\"", "\"comment\":\"" + "c".repeat(100) + "\""));
      assertThat(fits.status).isEqualTo(201);
    }
  }

  // ---- SIMS

  @Test
  void sims_tokenNeedsTheOrganisationInAcrValues() {
    try (FakeSis sis = FakeSis.builder().vendor("sims").build().start()) {
      String root = "http://127.0.0.1:" + sis.port();
      assertThat(sis.adminUrl()).isEqualTo(root);
      assertThat(sis.tokenUrl()).isEqualTo(root + "/connect/token");
      Map<String, String> options = sis.vendorOptions();
      assertThat(options).containsOnlyKeys("organisationId");
      String org = options.get("organisationId");

      TestHttp.Response none = tokenRequest(sis, "grant_type=client_credentials");
      assertThat(none.status).isEqualTo(400);
      assertThat(none.body).contains("acr_values is required");
      TestHttp.Response other =
          tokenRequest(sis, "grant_type=client_credentials&acr_values=" + enc("orgselection:x"));
      assertThat(other.status).isEqualTo(400);
      TestHttp.Response ok =
          tokenRequest(
              sis, "grant_type=client_credentials&acr_values=" + enc("orgselection:" + org));
      assertThat(ok.status).isEqualTo(200);
      TestHttp http = new TestHttp(sis);
      http.token = ok.json().get("access_token").asText();
      assertThat(http.get("/orgs").status).isEqualTo(200);
    }
  }
}
