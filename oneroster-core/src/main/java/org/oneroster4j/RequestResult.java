package org.oneroster4j;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one HTTP attempt ended, as a {@link RequestListener} hears it: the status, a coarse outcome
 * fit for a metric tag, the time from sending to the end of reading the answer, and the type of the
 * error when there was no answer. No body, header or message: they may carry student data.
 */
public final class RequestResult {

  /** The outcome of an attempt, coarse enough for a low-cardinality tag. */
  public enum Outcome {
    /** A 2xx answer (or a 404 to a retried DELETE, which means done). */
    SUCCESS,
    /** A 4xx answer other than 429. */
    CLIENT_ERROR,
    /** A 429 answer. */
    RATE_LIMITED,
    /** A 5xx answer (or another status outside 2xx–4xx). */
    SERVER_ERROR,
    /** No answer in time: a request, attempt or call timeout. */
    TIMEOUT,
    /** No usable answer: the connection failed or broke off, or the body was not readable. */
    IO_ERROR,
    /**
     * The {@link RequestGate} gave no permit within the call's time, or failed; nothing was sent.
     */
    GATE_REFUSED;

    /**
     * The outcome of an HTTP status.
     *
     * @param status the status
     * @return the outcome
     */
    public static Outcome ofStatus(int status) {
      if (status >= 200 && status < 300) {
        return SUCCESS;
      }
      if (status == 429) {
        return RATE_LIMITED;
      }
      return status >= 400 && status < 500 ? CLIENT_ERROR : SERVER_ERROR;
    }
  }

  private final int status;
  private final Outcome outcome;
  private final Duration duration;
  private final String error;

  private RequestResult(int status, Outcome outcome, Duration duration, String error) {
    this.status = status;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.duration = Objects.requireNonNull(duration, "duration");
    this.error = error;
  }

  /**
   * An answered attempt.
   *
   * @param status the HTTP status
   * @param outcome the outcome
   * @param duration from sending to the end of reading the answer
   * @return the result
   */
  public static RequestResult answered(int status, Outcome outcome, Duration duration) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    return new RequestResult(status, outcome, duration, null);
  }

  /**
   * An attempt that got no usable answer.
   *
   * @param outcome {@link Outcome#TIMEOUT}, {@link Outcome#IO_ERROR} or {@link
   *     Outcome#GATE_REFUSED}
   * @param duration how long it took
   * @param error the simple name of the exception type, for example {@code "ConnectException"}
   * @return the result
   */
  public static RequestResult failed(Outcome outcome, Duration duration, String error) {
    Objects.requireNonNull(error, "error");
    return new RequestResult(0, outcome, duration, error);
  }

  /** {@return the HTTP status, or 0 when there was no answer} */
  public int status() {
    return status;
  }

  /** {@return the outcome} */
  public Outcome outcome() {
    return outcome;
  }

  /** {@return from sending the request to the end of reading the answer (or of the failure)} */
  public Duration duration() {
    return duration;
  }

  /** {@return the simple name of the exception type when there was no usable answer} */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return (status > 0 ? status + " " : "")
        + outcome
        + (error != null ? " (" + error + ")" : "")
        + " in "
        + duration.toMillis()
        + " ms";
  }
}
