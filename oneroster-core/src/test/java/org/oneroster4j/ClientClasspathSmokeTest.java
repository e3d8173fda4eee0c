package org.oneroster4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneroster4j.model.User;
import org.oneroster4j.testsupport.Json;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Reply;

/** Runs on the module path and, tagged, on the class path too. */
@Tag("classpath")
class ClientClasspathSmokeTest {
  @Test
  void oauth1Client_readsAPagedCollection_overLoopback() {
    try (TestServer server = TestServer.start()) {
      server.handler(
          r -> {
            int offset = r.rawQuery().contains("offset=0") ? 0 : 2;
            return Reply.json(200, Json.users(offset, offset + 2)).header("X-Total-Count", "4");
          });
      OneRosterClient sis =
          OneRosterClient.builder()
              .url(server.baseUrl())
              .credentials(Credentials.oauth1("key", "secret"))
              .pageSize(2)
              .build();
      assertThat(sis.users().stream().map(User::sourcedId)).containsExactly("u0", "u1", "u2", "u3");
      assertThat(server.requests())
          .allSatisfy(r -> assertThat(r.header("Authorization")).startsWith("OAuth "));
    }
  }
}
