package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension as a consumer uses it: one static field, fresh state per test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeSisExtensionTest {
  @RegisterExtension static FakeSisExtension sis = FakeSisExtension.generic();

  static int portOfFirstTest;

  @Test
  @Order(1)
  void firstTest_writesALineItem() {
    TestHttp http = TestHttp.withToken(sis.server());
    assertThat(http.put("/lineItems/li-1", TestHttp.lineItem("li-1", "class-1", "Quiz")).status)
        .isEqualTo(201);
    sis.faults().matching("/users").respond(500);
    assertThat(sis.gradebook().lineItems()).hasSize(1);
    portOfFirstTest = sis.server().port();
  }

  @Test
  @Order(2)
  void secondTest_seesAFreshGradebookOnTheSameServer(FakeSis injected) {
    assertThat(injected).isSameAs(sis.server());
    assertThat(injected.port()).isEqualTo(portOfFirstTest);
    assertThat(sis.gradebook().lineItems()).isEmpty();
    assertThat(sis.requests()).isEmpty();
    TestHttp http = TestHttp.withToken(injected);
    assertThat(http.get("/users").status).isEqualTo(200);
    assertThat(sis.teacherEmail()).isEqualTo("teacher1@example.org");
    assertThat(sis.baseUrl()).endsWith("/ims/oneroster/v1p1");
  }
}
