package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.testkit.TestHttp.j;
import static org.oneroster4j.testkit.TestHttp.lineItem;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** URL shapes and rules of the generic, Infinite Campus and Skyward flavours. */
class VendorFlavourTest {

  @Test
  void generic_usesTheSpecBasePath() {
    try (FakeSis sis = FakeSis.startGeneric()) {
      String root = "http://127.0.0.1:" + sis.port();
      assertThat(sis.vendor()).isEqualTo("generic");
      assertThat(sis.baseUrl()).isEqualTo(root + "/ims/oneroster/v1p1");
      assertThat(sis.tokenUrl()).isEqualTo(root + "/oauth/token");
      assertThat(sis.adminUrl()).isEqualTo(sis.baseUrl());
      TestHttp http = TestHttp.withToken(sis);
      TestHttp.Response outside =
          TestHttp.send(
              HttpRequest.newBuilder(URI.create(root + "/api/ims/oneroster/v1p1/users"))
                  .header("Authorization", "Bearer " + http.token));
      assertThat(outside.status).isEqualTo(404);
      assertThat(http.get("/categories").ids("categories"))
          .containsExactly("cat-homework", "cat-quizzes", "cat-tests");
    }
  }

  @Test
  void unknownFlavour_isRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> FakeSis.builder().vendor("powerschool").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("powerschool")
        .hasMessageContaining("infinitecampus")
        .hasMessageContaining("skyward");
  }

  @Test
  void infiniteCampus_urlsCarryTheAppName() {
    try (FakeSis sis =
        FakeSis.builder().vendor("infinitecampus").appName("district9").build().start()) {
      String root = "http://127.0.0.1:" + sis.port();
      assertThat(sis.baseUrl())
          .isEqualTo(root + "/campus/api/oneroster/v1p1/district9/ims/oneroster/v1p1");
      assertThat(sis.tokenUrl()).isEqualTo(root + "/campus/oauth2/token?appName=district9");
      assertThat(sis.adminUrl()).isEqualTo(sis.baseUrl());
      assertThat(TestHttp.withToken(sis).get("/users").status).isEqualTo(200);
    }
  }

  @Test
  void infiniteCampus_tokenWithoutAppName_is400NoCampusApplicationSelected() {
    try (FakeSis sis = FakeSis.builder().vendor("infinitecampus").build().start()) {
      TestHttp.Response r =
          TestHttp.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + sis.port() + "/campus/oauth2/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=client_credentials&client_id=test-client"
                              + "&client_secret=test-secret")));
      assertThat(r.status).isEqualTo(400);
      assertThat(r.body).contains("No Campus Application selected");
    }
  }

  @Test
  void infiniteCampus_gradebookPathsNeedTheVendorHeader() {
    try (FakeSis sis =
        FakeSis.builder().vendor("infinitecampus").vendorCredentials("vk", "vs").build().start()) {
      TestHttp http = TestHttp.withToken(sis);
      assertThat(http.get("/classes/class-1/students").status).isEqualTo(200);
      for (String path :
          new String[] {"/lineItems", "/results", "/categories", "/classes/class-1/lineItems"}) {
        TestHttp.Response missing = http.get(path);
        assertThat(missing.status).as(path).isEqualTo(401);
        assertThat(missing.codeMinor()).isEqualTo("unauthorisedrequest");
        assertThat(missing.description()).contains("x-vendor-authorization");
      }
      assertThat(http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T")).status)
          .isEqualTo(401);
      http.extraHeader = new String[] {"x-vendor-authorization", "vk:wrong"};
      assertThat(http.get("/lineItems").status).isEqualTo(401);
      http.extraHeader =
          new String[] {"x-vendor-authorization", sis.vendorKey() + ":" + sis.vendorSecret()};
      assertThat(http.get("/lineItems").status).isEqualTo(200);
      assertThat(http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T")).status)
          .isEqualTo(201);
      assertThat(http.get("/categories").ids("categories"))
          .containsExactly("00000000-0000-0000-0000-000000000000");
      // IC 1.1 ignores the category of a lineItem.
      String anyCategory =
          j(
              "{'lineItem':{'sourcedId':'li-2','title':'T','class':{'sourcedId':'class-1'},"
                  + "'category':{'sourcedId':'11111111-1111-1111-111111111111'}}}");
      assertThat(http.put("/lineItems/li-2", anyCategory).status).isEqualTo(201);
    }
  }

  @Test
  void skyward_urlsFollowTheApplicationUrl() {
    try (FakeSis sis = FakeSis.builder().vendor("skyward").build().start()) {
      String root = "http://127.0.0.1:" + sis.port();
      assertThat(sis.adminUrl()).isEqualTo(root);
      assertThat(sis.baseUrl()).isEqualTo(root + "/api/ims/oneroster/v1p1");
      assertThat(sis.tokenUrl()).isEqualTo(root + "/api/token");
      assertThat(TestHttp.withToken(sis).get("/categories").ids("categories"))
          .startsWith("cat-assignments");
    }
  }

  @Test
  void skyward_appliesTheDefaultCategory_andRequiresDueDateAndWholePoints() {
    try (FakeSis sis = FakeSis.builder().vendor("skyward").build().start()) {
      TestHttp http = TestHttp.withToken(sis);
      TestHttp.Response created = http.put("/lineItems/li-1", lineItem("li-1", "class-1", "T"));
      assertThat(created.status).isEqualTo(201);
      assertThat(created.json().at("/lineItem/category/sourcedId").asText())
          .isEqualTo("cat-assignments");
      assertThat(http.get("/lineItems/li-1").json().at("/lineItem/category/sourcedId").asText())
          .isEqualTo("cat-assignments");

      TestHttp.Response noDue =
          http.put(
              "/lineItems/li-2",
              j(
                  "{'lineItem':{'sourcedId':'li-2','title':'T','class':{'sourcedId':'class-1'},"
                      + "'resultValueMax':10}}"));
      assertThat(noDue.status).isEqualTo(422);
      assertThat(noDue.description()).contains("dueDate is required");

      TestHttp.Response fractional =
          http.put(
              "/lineItems/li-3",
              j(
                  "{'lineItem':{'sourcedId':'li-3','title':'T','class':{'sourcedId':'class-1'},"
                      + "'dueDate':'2026-09-08T10:00:00.000Z','resultValueMax':9.5}}"));
      assertThat(fractional.status).isEqualTo(422);
      assertThat(fractional.description()).contains("whole number");

      TestHttp.Response withCategory =
          http.put(
              "/lineItems/li-4",
              j(
                  "{'lineItem':{'sourcedId':'li-4','title':'T','class':{'sourcedId':'class-1'},"
                      + "'dueDate':'2026-09-08T10:00:00.000Z','resultValueMax':10.0,"
                      + "'category':{'sourcedId':'cat-tests'}}}"));
      assertThat(withCategory.status).isEqualTo(201);
      assertThat(withCategory.json().at("/lineItem/category/sourcedId").asText())
          .isEqualTo("cat-tests");
    }
  }
}
