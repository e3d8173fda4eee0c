package org.oneroster4j.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.internal.paging.Pager.FetchedPage;

class PagerTest {
  private final List<String> calls = new ArrayList<>();

  private static List<Integer> range(long from, long to) {
    return IntStream.range((int) from, (int) to).boxed().toList();
  }

  @Test
  void emptyCollection_takesOneRequest() {
    Pager<Integer> p =
        new Pager<>(
            10,
            100,
            "GET /x",
            (limit, offset) -> {
              calls.add(limit + "@" + offset);
              return new FetchedPage<>(List.of(), List.of(), null, Map.of());
            });
    assertThat(p).isEmpty();
    assertThat(calls).containsExactly("10@0");
  }

  @Test
  void emptyPage_beforeTheTotal_stopsInsteadOfLooping() {
    Pager<Integer> p =
        new Pager<>(
            10,
            100,
            "GET /x",
            (limit, offset) -> {
              calls.add(limit + "@" + offset);
              return new FetchedPage<>(
                  offset == 0 ? range(0, 10) : List.of(), List.of(), 50L, Map.of());
            });
    assertThat(p.stream().count()).isEqualTo(10);
    assertThat(calls).containsExactly("10@0", "10@10");
  }

  @Test
  void nextLinkWithALargerOffset_isFollowedByItsOffsetAndLimit() {
    Pager<Integer> p =
        new Pager<>(
            10,
            100,
            "GET /x",
            (limit, offset) -> {
              calls.add(limit + "@" + offset);
              if (offset == 0) {
                return new FetchedPage<>(
                    range(0, 10), List.of(), null, Map.of("next", "/x?offset=20&limit=5"));
              }
              return new FetchedPage<>(range(20, 25), List.of(), null, Map.of("prev", "/x"));
            });
    assertThat(p.stream().count()).isEqualTo(15);
    assertThat(calls).containsExactly("10@0", "5@20");
  }

  @Test
  void nextLinkGoingBackwards_isRefused_afterItsPageIsDelivered() {
    Pager<Integer> p =
        new Pager<>(
            2,
            100,
            "GET /x",
            (limit, offset) ->
                new FetchedPage<>(
                    range(offset, offset + 2), List.of(), null, Map.of("next", "/x?offset=0")));
    var it = p.iterator();
    assertThat(it.next()).isZero();
    assertThat(it.next()).isEqualTo(1);
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("offset 0 -> 0");
  }

  @Test
  void headers_areReadLeniently() {
    HttpHeaders h =
        HttpHeaders.of(
            Map.of(
                "X-Total-Count",
                List.of("not-a-number"),
                "Link",
                List.of(
                    "<https://h/x?limit=2&offset=4>; rel=\"next\", <https://h/x?offset=0>;"
                        + " rel=\"first prev\"")),
            (a, b) -> true);
    FetchedPage<Integer> page = FetchedPage.of(List.of(1), List.of(), h);
    assertThat(page.totalCount()).isNull();
    assertThat(page.links())
        .containsEntry("next", "https://h/x?limit=2&offset=4")
        .containsEntry("first", "https://h/x?offset=0")
        .containsEntry("prev", "https://h/x?offset=0");
    assertThat(Pager.limitOffset("https://h/x?filter=a%3D1&limit=2&offset=4"))
        .containsExactly(2, 4);
    assertThat(Pager.limitOffset("not a uri ?offset=7")).containsExactly(-1, 7);
  }
}
