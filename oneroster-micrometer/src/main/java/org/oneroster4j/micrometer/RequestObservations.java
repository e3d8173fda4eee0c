package org.oneroster4j.micrometer;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import org.oneroster4j.RequestAttempt;
import org.oneroster4j.RequestListener;
import org.oneroster4j.RequestResult;
import org.oneroster4j.RetryListener;

/** {@link OneRosterObservations#requestListener()}. */
final class RequestObservations implements RequestListener {
  private final ObservationRegistry observations;
  private final MeterRegistry meters;

  RequestObservations(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = observations;
    this.meters = meters;
  }

  @Override
  public Exchange attemptStarted(RequestAttempt attempt) {
    Timer.builder(OneRosterObservations.PERMIT_WAIT)
        .description("Wait of an HTTP attempt for its request permit")
        .tag("vendor", attempt.vendor())
        .tag("version", attempt.version().label())
        .register(meters)
        .record(attempt.permitWait());
    Observation observation =
        Observation.createNotStarted(OneRosterObservations.REQUESTS, observations)
            .contextualName("oneroster " + attempt.method() + " " + attempt.endpoint())
            .lowCardinalityKeyValues(
                KeyValues.of(
                    "vendor", attempt.vendor(),
                    "version", attempt.version().label(),
                    "service", service(attempt),
                    "method", attempt.method(),
                    "endpoint", attempt.endpoint(),
                    "attempt", attempt.attempt() == 1 ? "first" : "retry"))
            .start();
    return result -> stop(observation, result);
  }

  private static void stop(Observation observation, RequestResult result) {
    observation.lowCardinalityKeyValues(
        KeyValues.of(
            "status", result.status() > 0 ? Integer.toString(result.status()) : "none",
            "outcome", result.outcome().name(),
            "exception", result.error().orElse("none")));
    observation.stop();
  }

  @Override
  public void retrying(RequestAttempt failed, RetryListener.Retry retry) {
    Counter.builder(OneRosterObservations.RETRIES)
        .description("Retries of HTTP attempts to the SIS")
        .tag("vendor", failed.vendor())
        .tag("version", failed.version().label())
        .tag("method", failed.method())
        .tag("endpoint", failed.endpoint())
        .tag("cause", retry.cause())
        .register(meters)
        .increment();
  }

  private static String service(RequestAttempt attempt) {
    return attempt.service().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("token");
  }
}
