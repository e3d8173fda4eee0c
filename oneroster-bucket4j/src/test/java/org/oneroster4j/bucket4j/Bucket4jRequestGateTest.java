package org.oneroster4j.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oneroster4j.RequestGate;
import org.oneroster4j.RequestGateKey;

/** The gate's rules on the in-process backend: limits by key, vendor and default; waits. */
class Bucket4jRequestGateTest {
  static final RequestGateKey SKYWARD =
      RequestGateKey.of("skyward", URI.create("https://sis.example.org/api"), "client-1");
  static final RequestGateKey CAMPUS =
      RequestGateKey.of("infinitecampus", URI.create("https://ic.example.org/campus"), "client-1");
  static final RequestGateKey OTHER_CAMPUS =
      RequestGateKey.of("infinitecampus", URI.create("https://ic.example.org/campus"), "client-2");

  @Test
  void build_withoutADefaultLimit_failsNamingTheSetting() {
    assertThatThrownBy(() -> Bucket4jRequestGate.builder(GateBackend.inProcess()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("defaultLimit(RateLimit.perSecond(n))");
  }

  @Test
  void limits_keyWinsOverVendor_vendorOverDefault() {
    RateLimit byDefault = RateLimit.perSecond(10);
    RateLimit campus = RateLimit.perSecond(2);
    RateLimit district = RateLimit.perSecond(1).burst(3);
    Bucket4jRequestGate gate =
        Bucket4jRequestGate.builder(GateBackend.inProcess())
            .defaultLimit(byDefault)
            .vendorLimit("InfiniteCampus", campus)
            .limit(OTHER_CAMPUS, district)
            .build();

    assertThat(gate.limitFor(SKYWARD)).isEqualTo(byDefault);
    assertThat(gate.limitFor(CAMPUS)).isEqualTo(campus);
    assertThat(gate.limitFor(OTHER_CAMPUS)).isEqualTo(district);
  }

  @Test
  void acquire_grantsTheBurst_thenRefusesWhenTheNextTokenComesAfterMaxWait() throws Exception {
    RequestGate gate =
        Bucket4jRequestGate.builder(GateBackend.inProcess())
            .defaultLimit(RateLimit.of(1, Duration.ofHours(1)).burst(3))
            .build();
    List<RequestGate.Permit> held = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Optional<RequestGate.Permit> p = gate.acquire(SKYWARD, 10, Duration.ofSeconds(1));
      assertThat(p).as("permit %d of the burst", i + 1).isPresent();
      held.add(p.get());
    }

    assertThat(gate.acquire(SKYWARD, 10, Duration.ofSeconds(1))).isEmpty();
    // Another connection has its own budget.
    assertThat(gate.acquire(CAMPUS, 10, Duration.ofSeconds(1))).isPresent();
    held.forEach(RequestGate.Permit::close);
  }

  @Test
  void acquire_waitsForTheNextToken_whenItComesWithinMaxWait() throws Exception {
    RequestGate gate =
        Bucket4jRequestGate.builder(GateBackend.inProcess())
            .defaultLimit(RateLimit.perSecond(20))
            .build();
    gate.acquire(SKYWARD, 1, Duration.ZERO).orElseThrow().close();

    long t0 = System.nanoTime();
    Optional<RequestGate.Permit> second = gate.acquire(SKYWARD, 1, Duration.ofSeconds(5));
    long waited = System.nanoTime() - t0;

    assertThat(second).isPresent();
    // The bucket refills one token every 50 ms: the second permit cannot come sooner.
    assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(40).toNanos());
    second.get().close();
  }

  @Test
  void acquire_holdsThisProcessToTheClientsConcurrency_untilAPermitIsClosed() throws Exception {
    RequestGate gate =
        Bucket4jRequestGate.builder(GateBackend.inProcess())
            .defaultLimit(RateLimit.perSecond(1000).burst(100))
            .build();
    RequestGate.Permit first = gate.acquire(SKYWARD, 1, Duration.ZERO).orElseThrow();

    assertThat(gate.acquire(SKYWARD, 1, Duration.ofMillis(50))).isEmpty();
    first.close();
    first.close(); // twice: no second release
    RequestGate.Permit again = gate.acquire(SKYWARD, 1, Duration.ofMillis(50)).orElseThrow();
    assertThat(gate.acquire(SKYWARD, 1, Duration.ofMillis(50))).isEmpty();
    again.close();
  }

  @Test
  void toString_namesBackendAndLimits_neverTheClientIdOrHost() {
    Bucket4jRequestGate gate =
        Bucket4jRequestGate.builder(GateBackend.inProcess())
            .defaultLimit(RateLimit.perSecond(5))
            .vendorLimit("infinitecampus", RateLimit.perSecond(1))
            .limit(OTHER_CAMPUS, RateLimit.perSecond(2))
            .fallBackToLocalLimit(4)
            .build();

    assertThat(gate.toString())
        .contains("in-process", "5 per PT1S, burst 1", "infinitecampus=1 per PT1S", "LOCAL_LIMIT")
        .doesNotContain("client-2", "ic.example.org", OTHER_CAMPUS.clientIdHash());
  }

  @Test
  void rateLimit_boundsAndShares() {
    RateLimit limit = RateLimit.perSecond(16).burst(4);

    assertThat(limit.maxRequestsIn(Duration.ofSeconds(1))).isEqualTo(20);
    assertThat(limit.share(4)).isEqualTo(RateLimit.of(16, Duration.ofSeconds(4)).burst(1));
    assertThat(limit.share(4).maxRequestsIn(Duration.ofSeconds(1))).isEqualTo(5);
    assertThatThrownBy(() -> RateLimit.perSecond(0)).hasMessageContaining("at least 1");
  }
}
