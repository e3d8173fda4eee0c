package org.oneroster4j.micrometer;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import org.oneroster4j.export.Action;
import org.oneroster4j.export.ExportFailure;
import org.oneroster4j.export.ExportListener;
import org.oneroster4j.export.ExportPlan;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.ExportStart;
import org.oneroster4j.export.ItemKind;
import org.oneroster4j.export.ItemOutcome;
import org.oneroster4j.export.PlannedItem;
import org.oneroster4j.export.SkippedItem;

/**
 * {@link OneRosterObservations#exportListener()}: shared by any number of runs, it hears only their
 * start and hands each run a {@link Run} of its own, which holds the run's observation and tags.
 */
final class ExportObservations implements ExportListener {
  private final ObservationRegistry observations;
  private final MeterRegistry meters;

  ExportObservations(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = observations;
    this.meters = meters;
  }

  @Override
  public ExportListener started(ExportStart start) {
    return new Run(start);
  }

  /** One export run: its observation and the vendor and version tags of its counters. */
  private final class Run implements ExportListener {
    private final String vendor;
    private final String version;
    private final Observation observation;

    Run(ExportStart start) {
      this.vendor = start.vendor();
      this.version = start.version().label();
      this.observation =
          Observation.createNotStarted(OneRosterObservations.EXPORT_DURATION, observations)
              .contextualName("oneroster export")
              .lowCardinalityKeyValues(KeyValues.of("vendor", vendor, "version", version))
              .highCardinalityKeyValue("classes", Integer.toString(start.classes()))
              .start();
    }

    @Override
    public ExportListener started(ExportStart start) {
      return this;
    }

    @Override
    public void planned(ExportPlan plan) {
      for (PlannedItem item : plan.items()) {
        if (item.action() == Action.UNCHANGED) {
          items(item.kind(), Action.UNCHANGED, "unchanged");
        }
      }
      for (SkippedItem skipped : plan.skipped()) {
        Counter.builder(OneRosterObservations.EXPORT_SKIPPED)
            .description("Items a grade export skipped as invalid")
            .tag("vendor", vendor)
            .tag("version", version)
            .tag("kind", skipped.kind().wire())
            .register(meters)
            .increment();
      }
      for (ExportFailure failure : plan.failures()) {
        failure(failure, "read");
      }
    }

    @Override
    public void itemDone(ItemOutcome outcome) {
      items(
          outcome.item().kind(),
          outcome.item().action(),
          outcome.status().name().toLowerCase(Locale.ROOT));
      if (!outcome.sisWarnings().isEmpty()) {
        Counter.builder(OneRosterObservations.EXPORT_SIS_WARNINGS)
            .description("Warnings a SIS sent with grade export writes it accepted")
            .tag("vendor", vendor)
            .tag("version", version)
            .tag("kind", outcome.item().kind().wire())
            .register(meters)
            .increment(outcome.sisWarnings().size());
      }
    }

    @Override
    public void itemFailed(ExportFailure failure) {
      failure(failure, "write");
    }

    @Override
    public void finished(ExportReport report) {
      String outcome =
          report.stopCause() == ExportReport.StopCause.SIS_NOT_ANSWERING
              ? "sis_not_answering"
              : report.interrupted() ? "interrupted" : report.succeeded() ? "success" : "failures";
      observation.lowCardinalityKeyValue("outcome", outcome);
      observation.stop();
    }

    @Override
    public void aborted(RuntimeException error) {
      observation.lowCardinalityKeyValue("outcome", "error");
      observation.error(error);
      observation.stop();
    }

    private void items(ItemKind kind, Action action, String outcome) {
      Counter.builder(OneRosterObservations.EXPORT_ITEMS)
          .description("Planned grade export items by outcome")
          .tag("vendor", vendor)
          .tag("version", version)
          .tag("kind", kind.wire())
          .tag("action", action.name().toLowerCase(Locale.ROOT))
          .tag("outcome", outcome)
          .register(meters)
          .increment();
    }

    private void failure(ExportFailure failure, String stage) {
      Counter.builder(OneRosterObservations.EXPORT_FAILURES)
          .description("Grade export failures: classes not read, writes refused")
          .tag("vendor", vendor)
          .tag("version", version)
          .tag("kind", failure.kind().wire())
          .tag("stage", stage)
          .register(meters)
          .increment();
    }
  }
}
