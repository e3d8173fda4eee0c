package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RequestGate;
import org.oneroster4j.testkit.FakeSis;

/**
 * An OAuth 1.0a request that waited for its request gate's permit is signed after the wait, so its
 * {@code oauth_timestamp} is fresh when it is sent, however long a shared budget made it wait.
 */
class GatedSignatureTest {

  /** A clock the test moves; the client and the fake SIS both read it. */
  static final class MovableClock extends Clock {
    final AtomicReference<Instant> now =
        new AtomicReference<>(Instant.parse("2026-09-01T08:00:00Z"));

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @Test
  void oauth1_aPermitThatCameAfterTheServersTolerance_isSignedAfterTheWait() {
    MovableClock clock = new MovableClock();
    try (FakeSis sis =
        FakeSis.builder()
            .auth(FakeSis.Auth.OAUTH1)
            .oauth1Tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build()
            .start()) {
      // A gate whose every permit comes 20 minutes (of the shared clock) after it was asked for.
      RequestGate slowGate =
          (key, concurrency, maxWait) -> {
            clock.now.updateAndGet(t -> t.plus(Duration.ofMinutes(20)));
            return Optional.of(() -> {});
          };
      // The call may take that long (the wait counts against callTimeout, 5 minutes by default).
      try (OneRosterClient client =
          sis.clientBuilder()
              .clock(clock)
              .callTimeout(Duration.ofHours(1))
              .requestGate(slowGate)
              .build()) {
        assertThat(client.teacherClasses(sis.teacherEmail()).stream().count()).isPositive();
      }
      assertThat(sis.requests()).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }
  }
}
