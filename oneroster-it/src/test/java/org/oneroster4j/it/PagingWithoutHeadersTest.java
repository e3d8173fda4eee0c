package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.model.User;
import org.oneroster4j.query.Query;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;

/**
 * A SIS that caps {@code limit} and sends neither {@code X-Total-Count} nor {@code Link}: a short
 * page is not the last one, so the client reads on until an empty page instead of stopping after
 * the first (issue 14).
 */
class PagingWithoutHeadersTest {

  @Test
  void cappedPages_withNoPagingHeaders_areReadWhole_endingOnAnEmptyPage() {
    try (FakeSis sis = Fixtures.start("generic");
        OneRosterClient client = Fixtures.clientBuilder(sis).build()) {
      int all = (int) client.users().stream().count();
      sis.faults().capPageSize(7);
      sis.faults().omitTotalCount();
      sis.faults().omitLinkHeader();
      sis.clearRequests();

      List<User> read = client.users(Query.builder().pageSize(50).build()).stream().toList();

      assertThat(read).hasSize(all);
      assertThat(read.stream().map(User::sourcedId).distinct()).hasSize(all);
      List<RecordedRequest> pages =
          sis.requests().stream().filter(r -> r.path().endsWith("/users")).toList();
      // every page of 7 items, then one empty page that ends the collection
      assertThat(pages).hasSize((all + 6) / 7 + (all % 7 == 0 ? 1 : 0));
      assertThat(pages.get(pages.size() - 1).query()).contains("offset=" + all);
    }
  }
}
