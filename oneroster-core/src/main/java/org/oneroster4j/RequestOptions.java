package org.oneroster4j;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per-call settings that override the client's: a request timeout, a retry policy, a listener told
 * of retries, and extra headers. Use them through {@link OneRosterClient#with(RequestOptions)}:
 *
 * <pre>{@code
 * sis.with(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()).putResult(result);
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();
  private static final Set<String> RESERVED =
      Set.of("authorization", "host", "content-length", "connection", "cookie");

  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final RetryListener retryListener;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.requestTimeout = b.requestTimeout;
    this.retryPolicy = b.retryPolicy;
    this.retryListener = b.retryListener;
    this.headers = Map.copyOf(b.headers);
  }

  /** Options that override nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The per-request timeout, or null to keep the client's. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** The retry policy, or null to keep the client's. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The listener told of each retry, or null for none. */
  public RetryListener retryListener() {
    return retryListener;
  }

  /** Extra headers sent on each request (never empty-valued); unmodifiable. */
  public Map<String, String> headers() {
    return headers;
  }

  /** These options with {@code other}'s non-null settings on top. */
  public RequestOptions merge(RequestOptions other) {
    Objects.requireNonNull(other, "other");
    Builder b = builder();
    b.requestTimeout = other.requestTimeout != null ? other.requestTimeout : requestTimeout;
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
    private RetryPolicy retryPolicy;
    private RetryListener retryListener;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /** The timeout of each request (each attempt); positive. */
    public Builder requestTimeout(Duration requestTimeout) {
      Objects.requireNonNull(requestTimeout, "requestTimeout");
      if (requestTimeout.isZero() || requestTimeout.isNegative()) {
        throw new IllegalArgumentException("requestTimeout must be positive");
      }
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** The retry policy for these calls. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** A listener told before each retry of these calls (for progress reporting). */
    public Builder retryListener(RetryListener retryListener) {
      this.retryListener = Objects.requireNonNull(retryListener, "retryListener");
      return this;
    }

    /**
     * An extra header. Authorization, Host, Cookie, Connection and Content-Length are refused: the
     * client sets those itself.
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

    /** Builds the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
