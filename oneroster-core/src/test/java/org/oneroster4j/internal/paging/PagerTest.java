package org.oneroster4j.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.LimitExceededException;
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
  void withoutHeaders_aShortPageDoesNotEndPaging_anEmptyPageDoes() {
    // A SIS that caps limit at 3 and sends neither X-Total-Count nor Link.
    Pager<Integer> p =
        new Pager<>(
            10,
            100,
            "GET /x",
            (limit, offset) -> {
              calls.add(limit + "@" + offset);
              return new FetchedPage<>(
                  range(offset, Math.min(offset + 3, 8)), List.of(), null, Map.of());
            });
    assertThat(p.stream().toList()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(calls).containsExactly("10@0", "10@3", "10@6", "10@8");
  }

  @Test
  void withoutHeaders_aSisThatIgnoresOffset_endsAfterItsShortPage() {
    Pager<Integer> p =
        new Pager<>(
            10,
            100,
            "GET /x",
            (limit, offset) -> {
              calls.add(limit + "@" + offset);
              return new FetchedPage<>(range(0, 3), List.of(), null, Map.of());
            });
    assertThat(p.stream().toList()).containsExactly(0, 1, 2);
    assertThat(calls).containsExactly("10@0", "10@3");
  }

  @Test
  void toList_pastItsCap_failsNamingTheCollectionAndTheCap_withoutReadingFurther() {
    Pager<Integer> p =
        new Pager<>(
            10,
            100_000,
            "GET /x",
            (limit, offset) -> {
              calls.add(limit + "@" + offset);
              return new FetchedPage<>(
                  range(offset, offset + 10),
                  List.of(),
                  null,
                  Map.of("next", "/x?limit=10&offset=" + (offset + 10)));
            });
    assertThatThrownBy(() -> p.toList(25))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("GET /x")
        .hasMessageContaining("25")
        .satisfies(
            e -> {
              assertThat(((LimitExceededException) e).collection()).isEqualTo("GET /x");
              assertThat(((LimitExceededException) e).limit()).isEqualTo(25);
            });
    assertThat(calls).hasSize(3);
  }

  @Test
  void morePagesThanTheMaximum_isALimitExceededException() {
    Pager<Integer> p =
        new Pager<>(
            1,
            5,
            "GET /x",
            (limit, offset) ->
                new FetchedPage<>(
                    range(offset, offset + 1),
                    List.of(),
                    null,
                    Map.of("next", "/x?offset=" + (offset + 1))));
    assertThatThrownBy(() -> p.stream().count())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("more than 5 pages");
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
