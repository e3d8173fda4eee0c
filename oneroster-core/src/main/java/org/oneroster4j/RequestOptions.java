package org.oneroster4j;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per-call settings that override the client's: timeouts, a retry policy, a listener told of
 * retries, and extra headers. Use them through {@link OneRosterClient#with(RequestOptions)}:
 *
 * <pre>{@code
 * sis.with(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()).putResult(result);
 * }</pre>
 *
 * <p>Three timeouts bound every call, each with a default on the client's builder:
 *
 * <ul>
 *   <li>{@link Builder#requestTimeout(Duration) requestTimeout} (default 60 s): the wait for the
 *       response headers, and the longest silence in the middle of a body;
 *   <li>{@link Builder#attemptTimeout(Duration) attemptTimeout} (default 3 minutes): one whole
 *       attempt, from sending the request to the last byte of the answer, so a server that trickles
 *       its answer a byte at a time is stopped too;
 *   <li>{@link Builder#callTimeout(Duration) callTimeout} (default 5 minutes): the whole call,
 *       every attempt and every wait between retries included.
 * </ul>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();
  private static final Set<String> RESERVED =
      Set.of("authorization", "host", "content-length", "connection", "cookie");

  private final Duration requestTimeout;
  private final Duration attemptTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final RetryListener retryListener;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.requestTimeout = b.requestTimeout;
    this.attemptTimeout = b.attemptTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.retryListener = b.retryListener;
    this.headers = Map.copyOf(b.headers);
  }

  /** {@return options that override nothing} */
  public static RequestOptions none() {
    return NONE;
  }

  /** {@return a new builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the wait for the response headers and the longest silence mid-body, or null to keep
   * the client's}
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** {@return the most one attempt may take, headers and body, or null to keep the client's} */
  public Duration attemptTimeout() {
    return attemptTimeout;
  }

  /** {@return the most one call may take, every retry included, or null to keep the client's} */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** {@return the retry policy, or null to keep the client's} */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** {@return the listener told of each retry, or null for none} */
  public RetryListener retryListener() {
    return retryListener;
  }

  /**
   * {@return the extra headers sent on each request, in place of the client's own header of the
   * same name (such as {@code Accept} or {@code User-Agent}); unmodifiable, names and values never
   * null}
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * {@return these options with {@code other}'s non-null settings on top} The headers of both are
   * sent; for a name both set, spelled the same, {@code other}'s value wins. Neither is changed.
   * {@link OneRosterClient#with(RequestOptions)} merges this way onto the client's options.
   *
   * @param other the options that take precedence; not null
   */
  public RequestOptions merge(RequestOptions other) {
    Objects.requireNonNull(other, "other");
    Builder b = builder();
    b.requestTimeout = other.requestTimeout != null ? other.requestTimeout : requestTimeout;
    b.attemptTimeout = other.attemptTimeout != null ? other.attemptTimeout : attemptTimeout;
    b.callTimeout = other.callTimeout != null ? other.callTimeout : callTimeout;
    b.retryPolicy = other.retryPolicy != null ? other.retryPolicy : retryPolicy;
    b.retryListener = other.retryListener != null ? other.retryListener : retryListener;
    b.headers.putAll(headers);
    b.headers.putAll(other.headers);
    return b.build();
  }

  @Override
  public String toString() {
    return "RequestOptions[requestTimeout="
        + requestTimeout
        + ", attemptTimeout="
        + attemptTimeout
        + ", callTimeout="
        + callTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", retryListener="
        + (retryListener != null ? "set" : "none")
        + ", headers="
        + headers.keySet()
        + "]";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration requestTimeout;
    private Duration attemptTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy;
    private RetryListener retryListener;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * How long each attempt waits for the response headers, and the longest silence allowed in the
     * middle of a body; positive.
     *
     * @param requestTimeout the timeout; not null (leave it unset to keep the client's)
     * @return this builder
     * @throws IllegalArgumentException if {@code requestTimeout} is zero or negative
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /**
     * The most one attempt may take, from sending the request to the last byte of the answer;
     * positive. A server that keeps trickling its answer fails the attempt when it passes.
     *
     * @param attemptTimeout the timeout; not null (leave it unset to keep the client's)
     * @return this builder
     * @throws IllegalArgumentException if {@code attemptTimeout} is zero or negative
     */
    public Builder attemptTimeout(Duration attemptTimeout) {
      this.attemptTimeout = positive(attemptTimeout, "attemptTimeout");
      return this;
    }

    /**
     * The most one call may take, every attempt and every wait between retries included; positive.
     * No retry starts that could not end before it, and the attempt running when it passes fails.
     *
     * @param callTimeout the timeout; not null (leave it unset to keep the client's)
     * @return this builder
     * @throws IllegalArgumentException if {@code callTimeout} is zero or negative
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = positive(callTimeout, "callTimeout");
      return this;
    }

    /**
     * The retry policy for these calls.
     *
     * @param retryPolicy the policy, for example {@link RetryPolicy#none()} to send each request
     *     once; not null (leave it unset to keep the client's)
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * A listener told before each retry of these calls (for progress reporting).
     *
     * @param retryListener the listener, called on the thread that sends the request; not null
     * @return this builder
     */
    public Builder retryListener(RetryListener retryListener) {
      this.retryListener = Objects.requireNonNull(retryListener, "retryListener");
      return this;
    }

    /**
     * An extra header. Authorization, Host, Cookie, Connection and Content-Length are refused: the
     * client sets those itself.
     *
     * @param name the header name; setting it again, spelled the same, replaces its value
     * @param value the header value, sent as given; not null
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is one of the headers the client sets, in
     *     any letter case
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "The header " + name + " is set by the client and cannot be overridden");
      }
      headers.put(name, value);
      return this;
    }

    /** {@return the options; setting more on this builder afterwards does not change them} */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
