package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.error.ServerException;
import org.oneroster4j.export.ConnectionCheck;
import org.oneroster4j.export.Diagnosis;
import org.oneroster4j.testsupport.HostileServer;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Recorded;
import org.oneroster4j.testsupport.TestServer.Reply;

/**
 * What a broken or hostile SIS answers does not crash the client, leak the token, reach a terminal
 * with control characters, or lead to the wrong advice.
 */
class HostileAnswersTest {
  private static final String TOKEN = "tok-S3CRET-value";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private OneRosterClient oauth2(Function<Recorded, Reply> token, Function<Recorded, Reply> api) {
    server.handler(r -> r.path().equals("/oauth/token") ? token.apply(r) : api.apply(r));
    return OneRosterClient.builder()
        .url(server.baseUrl())
        .tokenUrl(server.origin() + "/oauth/token")
        .credentials(Credentials.clientCredentials("client-1", "secret-1"))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private static Reply token(String accessTokenJson, String expiresInJson) {
    return Reply.json(
        200,
        "{\"access_token\":"
            + accessTokenJson
            + ",\"token_type\":\"bearer\",\"expires_in\":"
            + expiresInJson
            + "}");
  }

  private static Reply users() {
    return Reply.json(200, "{\"users\":[]}").header("X-Total-Count", "0");
  }

  private static void assertNoControlCharacters(String text) {
    assertThat(text.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))).isEmpty();
  }

  // ------------------------------------------------------------------ token endpoint

  @Test
  void accessToken_thatIsNotAValidHeaderValue_isAProtocolException_thatNeverEchoesIt() {
    for (String bad :
        new String[] {
          "\"" + TOKEN + "\\n\"",
          "\"" + TOKEN + "\\r\\nX-Evil: 1\"",
          "\"tok en\"",
          "\"tök\"",
          "\"\""
        }) {
      server.clear();
      try (OneRosterClient client = oauth2(r -> token(bad, "3600"), r -> users())) {
        assertThatThrownBy(() -> client.users().iterator().hasNext())
            .as(bad)
            .isInstanceOf(ProtocolException.class)
            .hasMessageContaining("access_token")
            .hasMessageContaining("token endpoint")
            .satisfies(
                e ->
                    assertThat(e.getMessage())
                        .doesNotContain(TOKEN)
                        .doesNotContain("tok en")
                        .doesNotContain("tök"))
            .satisfies(e -> assertNoControlCharacters(e.getMessage()));
      }
      assertThat(server.requests()).extracting(Recorded::path).containsOnly("/oauth/token");
    }
  }

  @Test
  void absurdExpiresIn_isAProtocolException_notADateTimeException() {
    for (String bad : new String[] {"100000000000000000", "1e17", "-5", "0", "\"1e400\""}) {
      try (OneRosterClient client = oauth2(r -> token("\"" + TOKEN + "\"", bad), r -> users())) {
        assertThatThrownBy(() -> client.users().iterator().hasNext())
            .as(bad)
            .isInstanceOf(ProtocolException.class)
            .hasMessageContaining("expires_in")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
      }
    }
  }

  @Test
  void expiresIn_asANumericString_orMissingOrWords_isReadLeniently() {
    for (String fine : new String[] {"\"3600\"", "3600.0", "\"soon\"", "null"}) {
      try (OneRosterClient client = oauth2(r -> token("\"" + TOKEN + "\"", fine), r -> users())) {
        assertThat(client.users().stream().count()).as(fine).isZero();
      }
    }
  }

  @Test
  void tokenEndpoint_500WithAnHtmlPage_saysTheTokenEndpointFailed_notThatTheUrlIsWrong() {
    Reply page = Reply.of(500, "text/html", "<html><body>Internal Error</body></html>");
    try (OneRosterClient client = oauth2(r -> page, r -> users())) {
      assertThatThrownBy(() -> client.users().iterator().hasNext())
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("token endpoint")
          .hasMessageContaining("HTTP 500");
      Diagnosis d = ConnectionCheck.of(client).run();
      assertThat(d.problem()).isEqualTo(Diagnosis.Problem.SIS_ERROR);
      assertThat(d.message()).contains("token endpoint").doesNotContain("path is probably wrong");
    }
  }

  @Test
  void unusableToken_isDiagnosedAsTheSisDefect_notAsAWrongTokenUrl() {
    try (OneRosterClient client = oauth2(r -> token("\"a b\"", "3600"), r -> users())) {
      Diagnosis d = ConnectionCheck.of(client).run();
      assertThat(d.problem()).isEqualTo(Diagnosis.Problem.UNEXPECTED);
      assertThat(d.message()).contains("access_token").contains("contact the SIS vendor");
    }
  }

  // ------------------------------------------------------------------ advice

  @Test
  void apiAnswering503WithAnHtmlPage_isASisError_notAWrongUrl() {
    Reply page = Reply.of(503, "text/html", "<!DOCTYPE html><html>Maintenance</html>");
    try (OneRosterClient client = oauth2(r -> token("\"" + TOKEN + "\"", "3600"), r -> page)) {
      Diagnosis d = ConnectionCheck.of(client).run();
      assertThat(d.problem()).isEqualTo(Diagnosis.Problem.SIS_ERROR);
      assertThat(d.message()).contains("HTTP 503").contains("not misconfigured");
    }
  }

  @Test
  void answerCutShort_isASisFailure_notAnUnreachableHost() {
    try (HostileServer s =
            HostileServer.start(
                (r, out) -> {
                  HostileServer.write(
                      out,
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          + "Content-Length: 500\r\n\r\n{\"users\":[");
                  throw new java.io.IOException("hang up mid-body");
                });
        OneRosterClient client =
            OneRosterClient.builder()
                .url(s.baseUrl())
                .credentials(Credentials.oauth1("key", "secret"))
                .retryPolicy(RetryPolicy.none())
                .build()) {
      Diagnosis d = ConnectionCheck.of(client).run();
      assertThat(d.problem()).isEqualTo(Diagnosis.Problem.SIS_ERROR);
      assertThat(d.message()).contains("broke off").doesNotContain("Cannot talk to");
    }
  }

  @Test
  void hostWithoutAHostName_isEchoedAsTyped_neverAsNull() {
    assertThatThrownBy(
            () ->
                OneRosterClient.builder()
                    .url("http://127.1/ims/oneroster/v1p1")
                    .credentials(Credentials.oauth1("k", "s"))
                    .build())
        .satisfies(e -> assertThat(e.getMessage()).contains("127.1").doesNotContain("null"));
  }

  // ------------------------------------------------------------------ terminal safety

  @Test
  void controlCharacters_inTheSisErrorText_neverReachTheExceptionMessage() {
    String evil = "Bad\\u001b[2J\\u001b[31mfilter\\rFAKE LINE\\nok\\u0007\\u009b";
    Reply error =
        Reply.json(
            400,
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\","
                + "\"imsx_description\":\""
                + evil
                + "\",\"imsx_CodeMinor\":\"invalid\\u001b_filter\"}");
    try (OneRosterClient client = oauth2(r -> token("\"" + TOKEN + "\"", "3600"), r -> error)) {
      OneRosterServiceException e =
          (OneRosterServiceException)
              org.assertj.core.api.Assertions.catchThrowable(() -> client.user("u-1"));
      assertThat(e.getMessage()).contains("filter").contains("FAKE LINE");
      assertNoControlCharacters(e.getMessage());
      assertNoControlCharacters(e.description());
      assertNoControlCharacters(e.codeMinor());
      assertNoControlCharacters(e.bodyExcerpt());
    }
  }

  @Test
  void controlCharacters_inANonJsonAnswer_neverReachTheExceptionMessage() {
    Reply garbage = Reply.of(200, "application/json", "{\"user\": \u001b[2J\r\nnot json");
    try (OneRosterClient client = oauth2(r -> token("\"" + TOKEN + "\"", "3600"), r -> garbage)) {
      assertThatThrownBy(() -> client.user("u-1"))
          .isInstanceOf(ProtocolException.class)
          .satisfies(e -> assertNoControlCharacters(e.getMessage()));
    }
  }
}
