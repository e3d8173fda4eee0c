package org.oneroster4j.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RequestOptions;
import org.oneroster4j.export.ConnectionCheck;
import org.oneroster4j.export.Diagnosis;
import org.oneroster4j.export.GradeExportConnection;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one SIS connection: the read-only {@link ConnectionCheck}, run on a worker thread
 * so that one health request waits at most {@code timeout}, and its result reused for {@code
 * cacheTimeToLive}. At most one check per connection runs at a time; a health request that comes
 * while one runs waits for that one.
 */
final class ConnectionHealthIndicator implements HealthIndicator {
  private final GradeExportConnection connection;
  private final Executor executor;
  private final Duration timeout;
  private final Duration cacheTimeToLive;
  private final Clock clock;

  private Health cached;
  private Instant cachedAt;
  private CompletableFuture<Health> running;

  ConnectionHealthIndicator(
      GradeExportConnection connection,
      Executor executor,
      Duration timeout,
      Duration cacheTimeToLive,
      Clock clock) {
    this.connection = connection;
    this.executor = executor;
    this.timeout = timeout;
    this.cacheTimeToLive = cacheTimeToLive;
    this.clock = clock;
  }

  @Override
  public Health health() {
    CompletableFuture<Health> check;
    synchronized (this) {
      if (cached != null && clock.instant().isBefore(cachedAt.plus(cacheTimeToLive))) {
        return cached;
      }
      check = running;
      // A check that has finished but whose completion has not yet cleared it is not running:
      // its result is older than the cache allows, so a new check starts.
      if (check == null || check.isDone()) {
        CompletableFuture<Health> started = CompletableFuture.supplyAsync(this::check, executor);
        running = started;
        // May run at once on this thread (a check that already finished): it holds the lock.
        started.whenComplete((health, error) -> done(started, health));
        check = started;
      }
    }
    try {
      return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      Health slow =
          Health.down()
              .withDetail("problem", "TIMEOUT")
              .withDetail(
                  "message",
                  "the connection check did not finish within "
                      + timeout.toMillis()
                      + " ms (oneroster.health.timeout); it goes on in the background")
              .build();
      remember(slow);
      return slow;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.unknown().withDetail("message", "interrupted").build();
    } catch (ExecutionException e) {
      return Health.down().withDetail("error", e.getCause().getClass().getName()).build();
    }
  }

  private synchronized void done(CompletableFuture<Health> check, Health health) {
    if (running == check) {
      running = null;
    }
    if (health != null) {
      remember(health);
    }
  }

  private synchronized void remember(Health health) {
    cached = health;
    cachedAt = clock.instant();
  }

  private Health check() {
    if (!connection.isConnected()) {
      return Health.down().withDetail("connected", false).build();
    }
    OneRosterClient client = connection.client();
    // The check's own calls end with the health request's time limit, so a slow SIS cannot tie
    // up the worker long after the answer "timed out" was given.
    OneRosterClient bounded =
        client.with(RequestOptions.builder().callTimeout(timeout.multipliedBy(2)).build());
    Diagnosis d = ConnectionCheck.of(bounded).run();
    Health.Builder b = d.ok() ? Health.up() : Health.down();
    b.withDetail("vendor", client.vendor().id())
        .withDetail("version", client.version().label())
        .withDetail("gradeExportEnabled", connection.isGradeExportEnabled());
    if (!d.ok()) {
      b.withDetail("problem", d.problem().name()).withDetail("message", d.message());
      if (d.httpStatus() != null) {
        b.withDetail("httpStatus", d.httpStatus());
      }
    }
    return b.build();
  }
}
