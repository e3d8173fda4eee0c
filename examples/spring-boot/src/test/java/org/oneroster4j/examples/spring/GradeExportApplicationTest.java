package org.oneroster4j.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oneroster4j.testkit.FakeSis;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The example application on a random port, exercised over HTTP like a user would. */
class GradeExportApplicationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ConfigurableApplicationContext app;
  private static HttpClient http;
  private static String base;

  @BeforeAll
  static void start() {
    app = SpringApplication.run(GradeExportApplication.class, "--server.port=0");
    base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPostedGradebook_isExported_andTheReportReturned_thenASecondPostWritesNothing()
      throws Exception {
    HttpResponse<String> sample = get("/sample-gradebook");
    assertThat(sample.statusCode()).isEqualTo(200);

    HttpResponse<String> first = post("/exports", sample.body());
    HttpResponse<String> second = post("/exports", sample.body());

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(first.body());
    assertThat(report.at("/lineItems/created").asInt()).isEqualTo(1);
    assertThat(report.at("/results/created").asInt()).isEqualTo(3);
    assertThat(report.at("/failures")).isEmpty();
    JsonNode again = JSON.readTree(second.body());
    assertThat(again.at("/lineItems/unchanged").asInt()).isEqualTo(1);
    assertThat(again.at("/results/unchanged").asInt()).isEqualTo(3);
    assertThat(again.at("/results/created").asInt()).isZero();
    // The grades really are in the SIS.
    FakeSis sis = app.getBean(FakeSis.class);
    assertThat(sis.gradebook().results()).hasSize(3);
  }

  @Test
  void aGradebookWithATypo_isRefusedWith400_namingTheKey() throws Exception {
    HttpResponse<String> response =
        post("/exports", "{\"classes\":[{\"classSourcedId\":\"c\",\"assignmentz\":[]}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("message").asText()).contains("assignmentz");
  }

  @Test
  void health_reportsTheConnectionUp() throws Exception {
    HttpResponse<String> response = get("/actuator/health");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode health = JSON.readTree(response.body());
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/oneroster/components/demo/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/oneroster/components/demo/details/vendor").asText())
        .isEqualTo("generic");
  }

  @Test
  void metrics_listTheRequestTimer() throws Exception {
    get("/actuator/health"); // at least the connection check's requests

    HttpResponse<String> response = get("/actuator/metrics/oneroster.client.requests");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("endpoint").doesNotContain("client-secret");
  }
}
