package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oneroster4j.RetryListener;
import org.oneroster4j.export.ExportListener;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExporter;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.ItemOutcome;
import org.oneroster4j.testkit.FakeSis;

/** Retried writes reach the export listener as progress, and each write still finishes once. */
class ExportRetryEventsTest {

  @Test
  void export_reportsEachRetriedWrite_andEachItemOnce() {
    try (FakeSis sis = Fixtures.start("generic")) {
      Gradebook gb = Fixtures.gradebook(sis.seed(), List.of("class-1"), 2);
      sis.faults().matching("/results/").method("PUT").times(2).rateLimit(Duration.ZERO);
      sis.faults().matching("/lineItems/").method("PUT").times(1).respond(503);
      List<RetryListener.Retry> retries = new ArrayList<>();
      List<ItemOutcome> done = new ArrayList<>();
      ExportListener listener =
          new ExportListener() {
            @Override
            public void writeRetried(RetryListener.Retry retry) {
              retries.add(retry);
            }

            @Override
            public void itemDone(ItemOutcome outcome) {
              done.add(outcome);
            }
          };

      ExportReport report =
          GradeExporter.of(Fixtures.client(sis))
              .namespace(Fixtures.NAMESPACE)
              .listener(listener)
              .export(gb);

      assertThat(report.failures()).isEmpty();
      assertThat(retries)
          .extracting(RetryListener.Retry::method, RetryListener.Retry::cause)
          .containsExactlyInAnyOrder(
              tuple("PUT", "HTTP 503"), tuple("PUT", "HTTP 429"), tuple("PUT", "HTTP 429"));
      // The two 429s go to the first two result PUTs to arrive. With a zero delay, a retried PUT
      // can
      // arrive before another result's first one, so they may hit two writes (attempt 2 each) or
      // one
      // write twice (attempts 2 and 3). Either way each write's retries count up from 2 without
      // gaps.
      Map<String, List<Integer>> attemptsByPath =
          retries.stream()
              .collect(
                  Collectors.groupingBy(
                      r -> r.method() + " " + r.path(),
                      Collectors.mapping(RetryListener.Retry::nextAttempt, Collectors.toList())));
      assertThat(attemptsByPath)
          .allSatisfy(
              (path, attempts) ->
                  assertThat(attempts)
                      .as(path)
                      .isEqualTo(IntStream.rangeClosed(2, attempts.size() + 1).boxed().toList()));
      assertThat(retries)
          .filteredOn(r -> r.cause().equals("HTTP 503"))
          .singleElement()
          .satisfies(r -> assertThat(r.path()).startsWith("/lineItems/"));
      assertThat(done).hasSize(Fixtures.lineItemCount(gb) + Fixtures.resultCount(gb));
      assertThat(done).extracting(o -> o.item().sourcedId()).doesNotHaveDuplicates();
    }
  }
}
