package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
      assertThat(retries).allSatisfy(r -> assertThat(r.nextAttempt()).isEqualTo(2));
      assertThat(retries)
          .filteredOn(r -> r.cause().equals("HTTP 503"))
          .singleElement()
          .satisfies(r -> assertThat(r.path()).startsWith("/lineItems/"));
      assertThat(done).hasSize(Fixtures.lineItemCount(gb) + Fixtures.resultCount(gb));
    }
  }
}
