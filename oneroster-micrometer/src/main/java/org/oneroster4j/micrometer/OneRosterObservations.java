package org.oneroster4j.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import org.oneroster4j.RequestListener;
import org.oneroster4j.export.ExportListener;

/**
 * Micrometer observations, timers and counters for OneRoster4j: a {@link RequestListener} for every
 * HTTP attempt a client makes and an {@link ExportListener} for every grade export run.
 *
 * <pre>{@code
 * OneRosterObservations observations = OneRosterObservations.of(observationRegistry, meterRegistry);
 * OneRosterClient sis = OneRosterClient.builder()
 *     // url, credentials ...
 *     .requestListener(observations.requestListener())
 *     .build();
 * GradeExportConnection connection = GradeExportConnection.builder()
 *     .client(sis)
 *     .exportListener(observations.exportListener())
 *     .build();
 * }</pre>
 *
 * <p>What is recorded (every tag is low-cardinality: no id, email, name, score or concrete URL):
 *
 * <ul>
 *   <li>{@value #REQUESTS}: an observation per HTTP attempt (a timer through Micrometer's meter
 *       handler, a span through a tracing handler), tagged {@code vendor}, {@code version}, {@code
 *       service}, {@code method}, {@code endpoint} (the template, such as {@code
 *       /classes/{classSourcedId}/lineItems}), {@code attempt} ({@code first} or {@code retry}),
 *       {@code status} (the HTTP status or {@code none}), {@code outcome} ({@code SUCCESS}, {@code
 *       CLIENT_ERROR}, {@code RATE_LIMITED}, {@code SERVER_ERROR}, {@code TIMEOUT}, {@code
 *       IO_ERROR}, {@code GATE_REFUSED}) and {@code exception} (the exception type or {@code
 *       none}).
 *   <li>{@value #RETRIES}: a counter of retries, tagged {@code vendor}, {@code version}, {@code
 *       method}, {@code endpoint} and {@code cause} ({@code HTTP 429}, {@code HTTP 503}, an
 *       exception type).
 *   <li>{@value #PERMIT_WAIT}: a timer of each attempt's wait for its {@link
 *       org.oneroster4j.RequestGate} permit, tagged {@code vendor} and {@code version}.
 *   <li>{@value #EXPORT_DURATION}: an observation per export run, tagged {@code vendor}, {@code
 *       version} and {@code outcome} ({@code success}, {@code failures} when some items failed,
 *       {@code interrupted}, {@code error} when the export threw).
 *   <li>{@value #EXPORT_ITEMS}: a counter of planned items, tagged {@code vendor}, {@code version},
 *       {@code kind} ({@code category}, {@code lineItem}, {@code result}), {@code action} ({@code
 *       create}, {@code update}, {@code delete}, {@code unchanged}) and {@code outcome} ({@code
 *       succeeded}, {@code failed}, {@code not_sent}, or {@code unchanged} for items that needed no
 *       write).
 *   <li>{@value #EXPORT_SKIPPED}: a counter of items the plan skipped as invalid, tagged {@code
 *       vendor}, {@code version} and {@code kind}.
 *   <li>{@value #EXPORT_FAILURES}: a counter of failures, tagged {@code vendor}, {@code version},
 *       {@code kind} and {@code stage} ({@code read}: a class's SIS state could not be read; {@code
 *       write}: a write failed).
 *   <li>{@value #EXPORT_SIS_WARNINGS}: a counter of the warnings a SIS sent with writes it
 *       accepted, tagged {@code vendor}, {@code version} and {@code kind} (never the SIS's code or
 *       text, which it chooses freely).
 * </ul>
 *
 * <p>Thread-safe; one instance serves any number of clients and concurrent exports.
 */
public final class OneRosterObservations {
  /** Observation (and timer) name of one HTTP attempt. */
  public static final String REQUESTS = "oneroster.client.requests";

  /** Counter name of retries. */
  public static final String RETRIES = "oneroster.client.retries";

  /** Timer name of the wait for a request permit. */
  public static final String PERMIT_WAIT = "oneroster.client.permit.wait";

  /** Observation (and timer) name of one export run. */
  public static final String EXPORT_DURATION = "oneroster.export.duration";

  /** Counter name of planned export items by outcome. */
  public static final String EXPORT_ITEMS = "oneroster.export.items";

  /** Counter name of items skipped by the plan. */
  public static final String EXPORT_SKIPPED = "oneroster.export.skipped";

  /** Counter name of export failures. */
  public static final String EXPORT_FAILURES = "oneroster.export.failures";

  /** Counter name of the warnings a SIS sent with writes it accepted. */
  public static final String EXPORT_SIS_WARNINGS = "oneroster.export.sis.warnings";

  private final ObservationRegistry observations;
  private final MeterRegistry meters;

  private OneRosterObservations(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = observations;
    this.meters = meters;
  }

  /**
   * Records observations in {@code observations} and counters and the permit-wait timer in {@code
   * meters}. The observations become timers when {@code observations} has a meter handler (Spring
   * Boot registers one; by hand: {@code observations.observationConfig().observationHandler(new
   * DefaultMeterObservationHandler(meters))}) and spans when it has a tracing handler.
   *
   * @param observations where request and export observations go
   * @param meters where counters and the permit-wait timer go
   * @return the bindings
   */
  public static OneRosterObservations of(ObservationRegistry observations, MeterRegistry meters) {
    return new OneRosterObservations(
        Objects.requireNonNull(observations, "observations"),
        Objects.requireNonNull(meters, "meters"));
  }

  /**
   * Records metrics only, without tracing: the observations go to a registry of their own whose
   * single handler turns them into timers in {@code meters}.
   *
   * @param meters where every timer and counter goes
   * @return the bindings
   */
  public static OneRosterObservations of(MeterRegistry meters) {
    Objects.requireNonNull(meters, "meters");
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return new OneRosterObservations(observations, meters);
  }

  /**
   * A listener for {@code OneRosterClient.Builder.requestListener(…)}: observes every HTTP attempt,
   * counts retries and times permit waits.
   *
   * @return the listener
   */
  public RequestListener requestListener() {
    return new RequestObservations(observations, meters);
  }

  /**
   * A listener for {@code GradeExportConnection.Builder.exportListener(…)} or {@code
   * GradeExporter.listener(…)}: observes every export run and counts its items, skips and failures.
   *
   * @return the listener
   */
  public ExportListener exportListener() {
    return new ExportObservations(observations, meters);
  }
}
