package org.oneroster4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random response headers for {@link ClientFuzzTest}: paging, Retry-After, odd values. */
final class Headers {
  private Headers() {}

  static List<String[]> random(Random r) {
    List<String[]> headers = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      String[] counts = {"-1", "0", "5", "999999999999999999999", "abc", "", "50", "1e3"};
      headers.add(new String[] {"X-Total-Count", counts[r.nextInt(counts.length)]});
    }
    if (r.nextInt(3) == 0) {
      String[] links = {
        // Endless: the next page is this page.
        "<{root}{path}?limit=50&offset=0>; rel=\"next\"",
        "<{root}{path}>; rel=\"next\"",
        // Endless with growing offsets (a server that never ends).
        "<{root}{path}?limit=50&offset=50>; rel=\"next\"",
        "<http://[::1:bad>; rel=\"next\"",
        "<ftp://elsewhere.invalid/x>; rel=\"next\"",
        "<http://127.0.0.1:1/ims/oneroster/v1p1/users?offset=1>; rel=\"next\"",
        "garbage",
        "<>; rel=\"next\"",
        "<{root}{path}?offset=-50>; rel=\"next\", <{root}{path}?offset=x>; rel=\"last\"",
        "<" + "a".repeat(10_000) + ">; rel=\"next\""
      };
      headers.add(new String[] {"Link", links[r.nextInt(links.length)]});
    }
    if (r.nextInt(3) == 0) {
      String[] retryAfter = {
        "-5",
        "0",
        "1",
        "999999999",
        "99999999999999999999999",
        "Wed, 21 Oct 2015 07:28:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "soon",
        "1.5",
        ""
      };
      headers.add(new String[] {"Retry-After", retryAfter[r.nextInt(retryAfter.length)]});
    }
    if (r.nextInt(6) == 0) {
      headers.add(new String[] {"Location", "{root}/elsewhere"});
    }
    if (r.nextInt(8) == 0) {
      headers.add(new String[] {"Set-Cookie", "a=" + "b".repeat(r.nextInt(4000))});
    }
    return headers;
  }
}
