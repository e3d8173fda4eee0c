package org.oneroster4j;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides when the client may send a request to a SIS: asked for a permit before every HTTP attempt
 * (retries and token requests included), released when the attempt's answer has been read. The wait
 * for a permit counts against the call's deadline ({@code callTimeout}) and is reported to the
 * {@link RequestListener} as {@link RequestAttempt#permitWait()}.
 *
 * <p>Each client has its own in-process gate by default, {@link #local()}, which lets {@link
 * OneRosterClient#maxConcurrency()} requests (the vendor's default unless set: 1 for Infinite
 * Campus) be in flight at once. Give several clients the same gate with {@link
 * OneRosterClient.Builder#requestGate(RequestGate)} to share one budget per SIS across them; a
 * distributed implementation (the {@code oneroster-bucket4j} module) shares it across processes.
 *
 * <p>Implementations are thread-safe. An implementation that cannot decide (its backend is down,
 * say) either throws, which fails the call with a {@link org.oneroster4j.error.TransportException}
 * that names the gate, or grants a permit by a local rule of its own; it never waits longer than it
 * was asked to.
 */
@FunctionalInterface
public interface RequestGate {

  /**
   * Waits for a permit to send one attempt to the SIS that {@code key} names.
   *
   * @param key which SIS connection the attempt goes to
   * @param concurrency the client's {@link OneRosterClient#maxConcurrency()}: the vendor's default
   *     unless the caller set one; a gate may use it as its limit of requests in flight
   * @param maxWait the longest the caller may wait: what is left of the call's deadline
   * @return the permit, or empty if none came within {@code maxWait}
   * @throws InterruptedException if the waiting thread is interrupted
   */
  Optional<Permit> acquire(RequestGateKey key, int concurrency, Duration maxWait)
      throws InterruptedException;

  /**
   * An in-process gate: for each {@link RequestGateKey} a fair semaphore sized by the {@code
   * concurrency} of the first request for that key. One instance per client is the default and is
   * exactly a per-client limit; one instance shared by several clients in a process limits them
   * together per SIS.
   *
   * @return a new gate
   */
  static RequestGate local() {
    return new LocalRequestGate(0);
  }

  /**
   * An in-process gate like {@link #local()} that lets at most {@code maxInFlight} requests per SIS
   * be in flight, whatever the clients' own {@code maxConcurrency}.
   *
   * @param maxInFlight the most requests in flight per SIS, at least 1
   * @return a new gate
   */
  static RequestGate local(int maxInFlight) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
    }
    return new LocalRequestGate(maxInFlight);
  }

  /** A granted permit; closing it releases it. Closing twice has no further effect. */
  @FunctionalInterface
  interface Permit extends AutoCloseable {
    /** Releases the permit. */
    @Override
    void close();
  }
}
