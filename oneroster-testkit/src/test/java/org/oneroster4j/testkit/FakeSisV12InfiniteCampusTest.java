package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.testkit.FakeSisV12Test.G;
import static org.oneroster4j.testkit.FakeSisV12Test.R;
import static org.oneroster4j.testkit.FakeSisV12Test.assertSingleStatusObject;
import static org.oneroster4j.testkit.FakeSisV12Test.lineItem;
import static org.oneroster4j.testkit.TestHttp.j;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;

/** The Infinite Campus flavour speaking OneRoster 1.2. */
class FakeSisV12InfiniteCampusTest {
  FakeSis sis;
  TestHttp http;

  @BeforeEach
  void start() {
    sis =
        FakeSis.builder()
            .vendor("infinitecampus")
            .appName("district7")
            .version(OneRosterVersion.V1_2)
            .build()
            .start();
    http = TestHttp.withToken(sis);
  }

  @AfterEach
  void stop() {
    sis.close();
  }

  private void withVendorHeader() {
    http.extraHeader =
        new String[] {"x-vendor-authorization", sis.vendorKey() + ":" + sis.vendorSecret()};
  }

  @Test
  void urls_haveTheCampusPrefixAndAppName() {
    String origin = "http://127.0.0.1:" + sis.port();
    String root = origin + "/campus/api/oneroster/v1p2/district7/ims/oneroster";
    assertThat(sis.rootUrl()).isEqualTo(root);
    assertThat(sis.baseUrl()).isEqualTo(root);
    assertThat(sis.serviceUrl(Service.ROSTERING)).isEqualTo(root + "/rostering/v1p2");
    assertThat(sis.serviceUrl(Service.GRADEBOOK)).isEqualTo(root + "/gradebook/v1p2");
    assertThat(sis.tokenUrl()).isEqualTo(origin + "/campus/oauth2/token?appName=district7");
  }

  @Test
  void gradebookCalls_needTheVendorHeader_rosterCallsDoNot() {
    assertThat(http.get(R + "/teachers").status).isEqualTo(200);
    TestHttp.Response refused = http.get(G + "/classes/class-1/categories");
    assertThat(refused.status).isEqualTo(401);
    assertSingleStatusObject(refused, "unauthorisedrequest");
    assertThat(refused.description()).contains("x-vendor-authorization");
    http.extraHeader = new String[] {"x-vendor-authorization", "wrong:pair"};
    assertThat(http.get(G + "/classes/class-1/categories").status).isEqualTo(401);
    withVendorHeader();
    assertThat(http.get(G + "/classes/class-1/categories").ids("categories")).isNotEmpty();
  }

  @Test
  void categoryWrites_areRefused() {
    withVendorHeader();
    TestHttp.Response put =
        http.put(G + "/categories/cat-x", j("{'category':{'sourcedId':'cat-x','title':'Labs'}}"));
    assertThat(put.status).isEqualTo(403);
    assertSingleStatusObject(put, "forbidden");
    assertThat(put.description()).contains("does not let integrations create");
    assertThat(http.delete(G + "/categories/cat-class-1-homework").status).isEqualTo(403);
    assertThat(http.get(G + "/categories/cat-class-1-homework").status).isEqualTo(200);
  }

  @Test
  void lineItemsAndResults_canBeDeleted() {
    withVendorHeader();
    assertThat(http.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz")).status).isEqualTo(201);
    assertThat(http.delete(G + "/lineItems/li-1").status).isEqualTo(204);
    assertThat(http.get(G + "/lineItems/li-1").status).isEqualTo(404);
  }

  @Test
  void lineItems_needARealCategory() {
    withVendorHeader();
    TestHttp.Response placeholder =
        http.put(
            G + "/lineItems/li-1",
            lineItem("li-1", "Quiz")
                .replace("cat-class-1-homework", "11111111-1111-1111-1111-111111111111"));
    assertThat(placeholder.status).isEqualTo(422);
    assertThat(placeholder.description()).contains("11111111-1111-1111-1111-111111111111");
    TestHttp.Response none =
        http.put(
            G + "/lineItems/li-1",
            lineItem("li-1", "Quiz")
                .replace(",\"category\":{\"sourcedId\":\"cat-class-1-homework\"}", ""));
    assertThat(none.status).isEqualTo(422);
    assertThat(none.description()).contains("category");
    assertThat(http.put(G + "/lineItems/li-1", lineItem("li-1", "Quiz")).status).isEqualTo(201);
  }

  @Test
  void assessmentCalls_areGradebookCalls_needingTheVendorHeader() {
    TestHttp assessment = TestHttp.withToken(sis, FakeSisV12AssessmentTest.ASSESSMENT_SCOPES);
    String body = FakeSisV12AssessmentTest.item("ali-1", "Benchmark", "");
    TestHttp.Response refused = assessment.put(G + "/assessmentLineItems/ali-1", body);
    assertThat(refused.status).isEqualTo(401);
    assertSingleStatusObject(refused, "unauthorisedrequest");
    assertThat(refused.description()).contains("x-vendor-authorization");
    assertThat(assessment.get(G + "/assessmentResults").status).isEqualTo(401);
    assessment.extraHeader =
        new String[] {"x-vendor-authorization", sis.vendorKey() + ":" + sis.vendorSecret()};
    assertThat(assessment.put(G + "/assessmentLineItems/ali-1", body).status).isEqualTo(201);
    assertThat(assessment.get(G + "/assessmentLineItems").ids("assessmentLineItems"))
        .containsExactly("ali-1");
    assertThat(assessment.delete(G + "/assessmentLineItems/ali-1").status).isEqualTo(204);
  }
}
