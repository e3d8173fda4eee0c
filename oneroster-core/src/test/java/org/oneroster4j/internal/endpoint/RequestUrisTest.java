package org.oneroster4j.internal.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A request URI resolved against an endpoint's parsed prefix is the URI of the whole text. */
class RequestUrisTest {
  private static final List<String> BASES =
      List.of(
          "https://sis.example.org/ims/oneroster/v1p1",
          "https://sis.example.org/ims/oneroster/rostering/v1p2",
          "http://127.0.0.1:45123/ims/oneroster/v1p1",
          "http://[::1]:8080/api/oneroster",
          "https://user@sis.example.org:8443/a%20b/oneroster",
          "https://sis.example.org",
          "https://sis.example.org/x/./y",
          "https://sis.example.org/x//y",
          "https://sis.example.org/api?tenant=1",
          "https://sis.example.org/api#frag",
          "https://sis_with_underscore:9000/api");

  private static final List<String> IDS =
      List.of(
          "8f14e45f-ceea-567a-9a0b-3a4c9b5b2a11",
          "student-4711",
          "a b",
          "a/b",
          "a:b",
          "?x=1",
          "#frag",
          "%41",
          "...",
          "~_.-",
          "caf\u00e9",
          "\ud83d\ude00",
          "x".repeat(300));

  @Test
  void resolvedUris_areTheUrisOfTheWholeText() {
    SplittableRandom random = new SplittableRandom(20261206);
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (String base : BASES) {
      RequestUris uris = new RequestUris(base);
      for (Endpoint<?> endpoint : Endpoints.ALL) {
        for (int round = 0; round < 3; round++) {
          String[] ids = new String[endpoint.parameters().size()];
          for (int i = 0; i < ids.length; i++) {
            ids[i] = IDS.get(random.nextInt(IDS.size()));
          }
          String path = endpoint.path(ids);
          String query = round == 0 ? "" : "?limit=" + round + "&offset=" + (round * 100);
          URI expected = URI.create(base + path + query);
          URI actual = uris.uri(endpoint, path, query);
          compared++;
          if (!same(expected, actual)) {
            failures.add(base + " " + path + query + ": " + actual + " instead of " + expected);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(compared).isGreaterThan(1_000);
  }

  @Test
  void theSameEndpointReusesItsParsedPrefix() {
    RequestUris uris = new RequestUris("https://sis.example.org/ims/oneroster/v1p1");
    Endpoint<?> put = Endpoints.PUT_RESULT;
    URI first = uris.uri(put, put.path("r1"), "");
    URI second = uris.uri(put, put.path("r2"), "");
    assertThat(first).hasToString("https://sis.example.org/ims/oneroster/v1p1/results/r1");
    assertThat(second).hasToString("https://sis.example.org/ims/oneroster/v1p1/results/r2");
  }

  private static boolean same(URI a, URI b) {
    return a.equals(b)
        && a.toString().equals(b.toString())
        && a.toASCIIString().equals(b.toASCIIString())
        && eq(a.getScheme(), b.getScheme())
        && eq(a.getRawAuthority(), b.getRawAuthority())
        && eq(a.getRawUserInfo(), b.getRawUserInfo())
        && eq(a.getHost(), b.getHost())
        && a.getPort() == b.getPort()
        && eq(a.getRawPath(), b.getRawPath())
        && eq(a.getRawQuery(), b.getRawQuery())
        && eq(a.getRawFragment(), b.getRawFragment());
  }

  private static boolean eq(Object a, Object b) {
    return a == null ? b == null : a.equals(b);
  }
}
