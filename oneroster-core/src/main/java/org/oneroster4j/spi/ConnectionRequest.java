package org.oneroster4j.spi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;

/**
 * What an administrator typed to connect a SIS, handed to {@link SisVendor#connect}: the URL as
 * typed, an optional token URL, optional vendor credentials (Infinite Campus' partner key and
 * secret) and vendor options. Immutable; {@code toString()} never shows the vendor secret.
 *
 * <pre>{@code
 * ConnectionRequest request = ConnectionRequest.builder()
 *     .url("https://esdemo1.skyward.com")
 *     .tokenUrl("https://esdemo1.skyward.com/api/token")
 *     .build();
 * }</pre>
 */
public final class ConnectionRequest {
  private final String url;
  private final String tokenUrl;
  private final String vendorKey;
  private final String vendorSecret;
  private final Map<String, String> options;
  private final OneRosterVersion version;
  private final Map<Service, String> serviceUrls;

  private ConnectionRequest(Builder b) {
    this.version = b.version;
    this.serviceUrls = Map.copyOf(b.serviceUrls);
    this.url = b.url;
    this.tokenUrl = b.tokenUrl;
    this.vendorKey = b.vendorKey;
    this.vendorSecret = b.vendorSecret;
    this.options = Collections.unmodifiableMap(new LinkedHashMap<>(b.options));
  }

  /**
   * Starts an empty request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values.
   *
   * @return a builder initialised with these values
   */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .url(url)
            .tokenUrl(tokenUrl)
            .vendorKey(vendorKey)
            .vendorSecret(vendorSecret)
            .version(version);
    b.options.putAll(options);
    b.serviceUrls.putAll(serviceUrls);
    return b;
  }

  /** {@return the URL exactly as the administrator typed it, or null when none was given} */
  public String url() {
    return url;
  }

  /** {@return the token URL as typed, or null when none was given (the vendor may derive one)} */
  public String tokenUrl() {
    return tokenUrl;
  }

  /** {@return the vendor (partner) key, or null} Infinite Campus sends it on gradebook calls. */
  public String vendorKey() {
    return vendorKey;
  }

  /**
   * {@return the vendor (partner) secret, or null} Never logged and never in {@code toString()}.
   */
  public String vendorSecret() {
    return vendorSecret;
  }

  /** {@return whether either the vendor key or the vendor secret is given} */
  public boolean hasVendorCredentials() {
    return vendorKey != null || vendorSecret != null;
  }

  /** {@return the vendor-specific options in the order given; never null, unmodifiable} */
  public Map<String, String> options() {
    return options;
  }

  /**
   * {@return the OneRoster version of the connection: the caller's choice, else the one detected
   * from the URL, else the vendor's {@link SisVendor#defaultVersion()}} The client always sets it;
   * it is {@link OneRosterVersion#V1_1} when a request is built without one.
   */
  public OneRosterVersion version() {
    return version;
  }

  /**
   * Service base URLs typed to override the derived ones (OneRoster 1.2: e.g. a gradebook base the
   * SIS documents apart from its rostering base); never null, unmodifiable, usually empty.
   *
   * @return the typed service base URLs by service
   */
  public Map<Service, String> serviceUrls() {
    return serviceUrls;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConnectionRequest r
        && Objects.equals(url, r.url)
        && Objects.equals(tokenUrl, r.tokenUrl)
        && Objects.equals(vendorKey, r.vendorKey)
        && Objects.equals(vendorSecret, r.vendorSecret)
        && options.equals(r.options)
        && version == r.version
        && serviceUrls.equals(r.serviceUrls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, tokenUrl, vendorKey, vendorSecret, options, version, serviceUrls);
  }

  /** Shows the URLs, the vendor key and the option names; the vendor secret is redacted. */
  @Override
  public String toString() {
    return "ConnectionRequest[url="
        + url
        + ", tokenUrl="
        + tokenUrl
        + ", vendorKey="
        + vendorKey
        + ", vendorSecret="
        + (vendorSecret == null ? "null" : "****")
        + ", options="
        + options.keySet()
        + ", version="
        + version.label()
        + (serviceUrls.isEmpty() ? "" : ", serviceUrls=" + serviceUrls)
        + "]";
  }

  /**
   * Builds a {@link ConnectionRequest}; every value is optional here, vendors say what they need.
   */
  public static final class Builder {
    private String url;
    private String tokenUrl;
    private String vendorKey;
    private String vendorSecret;
    private final Map<String, String> options = new LinkedHashMap<>();
    private OneRosterVersion version = OneRosterVersion.V1_1;
    private final Map<Service, String> serviceUrls = new EnumMap<>(Service.class);

    private Builder() {}

    /**
     * The OneRoster version (null means {@link OneRosterVersion#V1_1}).
     *
     * @param version the OneRoster version
     * @return this builder
     */
    public Builder version(OneRosterVersion version) {
      this.version = version == null ? OneRosterVersion.V1_1 : version;
      return this;
    }

    /**
     * Overrides the base URL of one service, as typed (null removes the override).
     *
     * @param service the service
     * @param url the url
     * @return this builder
     */
    public Builder serviceUrl(Service service, String url) {
      Objects.requireNonNull(service, "service");
      if (url == null) {
        serviceUrls.remove(service);
      } else {
        serviceUrls.put(service, url);
      }
      return this;
    }

    /**
     * The URL exactly as the administrator typed it (null clears it).
     *
     * @param url the url
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * The token URL as typed (null: let the vendor derive it).
     *
     * @param tokenUrl the token URL, or null
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = tokenUrl;
      return this;
    }

    /**
     * The vendor (partner) key (null clears it).
     *
     * @param vendorKey the vendor key
     * @return this builder
     */
    public Builder vendorKey(String vendorKey) {
      this.vendorKey = vendorKey;
      return this;
    }

    /**
     * The vendor (partner) secret (null clears it).
     *
     * @param vendorSecret the vendor secret
     * @return this builder
     */
    public Builder vendorSecret(String vendorSecret) {
      this.vendorSecret = vendorSecret;
      return this;
    }

    /**
     * Sets the vendor key and secret together.
     *
     * @param vendorKey the vendor key
     * @param vendorSecret the vendor secret
     * @return this builder
     */
    public Builder vendorCredentials(String vendorKey, String vendorSecret) {
      return vendorKey(vendorKey).vendorSecret(vendorSecret);
    }

    /**
     * Adds or replaces one vendor-specific option.
     *
     * @param name the option's name
     * @param value the option's value
     * @return this builder
     */
    public Builder option(String name, String value) {
      options.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Replaces all vendor-specific options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(Map<String, String> options) {
      Objects.requireNonNull(options, "options");
      this.options.clear();
      options.forEach(this::option);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the connection request
     */
    public ConnectionRequest build() {
      return new ConnectionRequest(this);
    }
  }
}
