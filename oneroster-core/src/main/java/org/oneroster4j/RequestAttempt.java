package org.oneroster4j;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP attempt as a {@link RequestListener} sees it: vendor, OneRoster version, service,
 * method, endpoint template and attempt number, and how long it waited for its {@link RequestGate}
 * permit. It holds no id, query, header or body, so every part is safe as a metric tag.
 */
public final class RequestAttempt {
  /** The {@link #endpoint()} of a request for an OAuth 2 access token. */
  public static final String TOKEN_ENDPOINT = "token";

  private final String vendor;
  private final OneRosterVersion version;
  private final Service service;
  private final String method;
  private final String endpoint;
  private final int attempt;
  private final Duration permitWait;
  private final RequestGateKey gateKey;

  private RequestAttempt(Builder b) {
    this.vendor = Objects.requireNonNull(b.vendor, "vendor");
    this.version = Objects.requireNonNull(b.version, "version");
    this.service = b.service;
    this.method = Objects.requireNonNull(b.method, "method");
    this.endpoint = Objects.requireNonNull(b.endpoint, "endpoint");
    if (b.attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1, got " + b.attempt);
    }
    this.attempt = b.attempt;
    this.permitWait = Objects.requireNonNull(b.permitWait, "permitWait");
    this.gateKey = Objects.requireNonNull(b.gateKey, "gateKey");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the vendor id, for example {@code "infinitecampus"}} */
  public String vendor() {
    return vendor;
  }

  /** {@return the OneRoster version the client speaks} */
  public OneRosterVersion version() {
    return version;
  }

  /** {@return the OneRoster service called; empty for a token request} */
  public Optional<Service> service() {
    return Optional.ofNullable(service);
  }

  /** {@return the HTTP method} */
  public String method() {
    return method;
  }

  /**
   * The endpoint's path template relative to the service URL, for example {@code
   * /classes/{classSourcedId}/lineItems}, or {@link #TOKEN_ENDPOINT} for a token request.
   *
   * @return the template
   */
  public String endpoint() {
    return endpoint;
  }

  /** {@return the attempt's number within its call: 1, then 2 for the first retry, …} */
  public int attempt() {
    return attempt;
  }

  /** {@return how long the attempt waited for its {@link RequestGate} permit} */
  public Duration permitWait() {
    return permitWait;
  }

  /** {@return the SIS connection the attempt goes to, as the gate knows it} */
  public RequestGateKey gateKey() {
    return gateKey;
  }

  @Override
  public String toString() {
    return vendor
        + " "
        + version
        + " "
        + method
        + " "
        + endpoint
        + " (attempt "
        + attempt
        + ", waited "
        + permitWait.toMillis()
        + " ms for a permit)";
  }

  /** Builds a {@link RequestAttempt}; every part but the service is required. */
  public static final class Builder {
    private String vendor;
    private OneRosterVersion version;
    private Service service;
    private String method;
    private String endpoint;
    private int attempt = 1;
    private Duration permitWait = Duration.ZERO;
    private RequestGateKey gateKey;

    private Builder() {}

    /**
     * Sets the vendor id.
     *
     * @param vendor the vendor id
     * @return this builder
     */
    public Builder vendor(String vendor) {
      this.vendor = Objects.requireNonNull(vendor, "vendor");
      return this;
    }

    /**
     * Sets the OneRoster version.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(OneRosterVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets the service; leave it unset for a token request.
     *
     * @param service the service
     * @return this builder
     */
    public Builder service(Service service) {
      this.service = Objects.requireNonNull(service, "service");
      return this;
    }

    /**
     * Sets the HTTP method.
     *
     * @param method the method
     * @return this builder
     */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Sets the endpoint template.
     *
     * @param endpoint the template, or {@link #TOKEN_ENDPOINT}
     * @return this builder
     */
    public Builder endpoint(String endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Sets the attempt number (default 1).
     *
     * @param attempt the number, from 1
     * @return this builder
     */
    public Builder attempt(int attempt) {
      this.attempt = attempt;
      return this;
    }

    /**
     * Sets the wait for the permit (default zero).
     *
     * @param permitWait the wait
     * @return this builder
     */
    public Builder permitWait(Duration permitWait) {
      this.permitWait = Objects.requireNonNull(permitWait, "permitWait");
      return this;
    }

    /**
     * Sets the gate key.
     *
     * @param gateKey the key
     * @return this builder
     */
    public Builder gateKey(RequestGateKey gateKey) {
      this.gateKey = Objects.requireNonNull(gateKey, "gateKey");
      return this;
    }

    /** {@return the attempt} */
    public RequestAttempt build() {
      return new RequestAttempt(this);
    }
  }
}
