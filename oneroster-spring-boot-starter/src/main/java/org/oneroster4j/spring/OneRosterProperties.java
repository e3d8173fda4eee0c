package org.oneroster4j.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code oneroster.*} properties: the SIS connections by name and the health check's limits.
 *
 * <pre>
 * oneroster.connections.district1.url=https://sis.district1.example/ims/oneroster/v1p1
 * oneroster.connections.district1.token-url=https://sis.district1.example/oauth/token
 * oneroster.connections.district1.client-id=${DISTRICT1_CLIENT_ID}
 * oneroster.connections.district1.client-secret=${DISTRICT1_CLIENT_SECRET}
 * oneroster.connections.district1.namespace=my-lms
 * </pre>
 */
@ConfigurationProperties("oneroster")
public class OneRosterProperties {

  /** The SIS connections, by a name of the application's choosing (e.g. "district1"). */
  private Map<String, Connection> connections = new LinkedHashMap<>();

  /** The Actuator health check of each connection. */
  private Health health = new Health();

  /** Creates properties with no connection. */
  public OneRosterProperties() {}

  /** {@return the connections by name} */
  public Map<String, Connection> getConnections() {
    return connections;
  }

  /**
   * Sets the connections by name.
   *
   * @param connections the connections
   */
  public void setConnections(Map<String, Connection> connections) {
    this.connections = connections;
  }

  /** {@return the health check settings} */
  public Health getHealth() {
    return health;
  }

  /**
   * Sets the health check settings.
   *
   * @param health the settings
   */
  public void setHealth(Health health) {
    this.health = health;
  }

  /** One SIS connection: {@code oneroster.connections.<name>.*}. */
  public static class Connection {
    /** The SIS address exactly as the administrator typed it; the vendor normalizes it. */
    private String url;

    /** The OAuth 2 token URL, when the vendor does not derive it from the URL. */
    private String tokenUrl;

    /** How requests authenticate: "oauth2" (client credentials) or "oauth1" (HMAC signed). */
    private String auth = "oauth2";

    /** The OAuth client id (or OAuth 1.0a consumer key). */
    private String clientId;

    /** The OAuth client secret (or OAuth 1.0a consumer secret). Never shown by Actuator. */
    private String clientSecret;

    /** The SIS vendor's id (e.g. "skyward", "infinitecampus"); detected from the URL if unset. */
    private String vendor;

    /** The OneRoster version, "1.1" or "1.2"; detected from the URL, else the vendor's default. */
    private String onerosterVersion;

    /** A vendor-level key (Infinite Campus's vendor authorization); needs vendor-secret. */
    private String vendorKey;

    /** The vendor-level secret that goes with vendor-key. Never shown by Actuator. */
    private String vendorSecret;

    /** The most requests in flight at once to this SIS; default the vendor's. */
    private Integer maxConcurrency;

    /** How long each attempt waits for the response headers; default 60 s. */
    private Duration requestTimeout;

    /** The LMS installation's namespace, from which every exported id derives; never change it. */
    private String namespace = "default";

    /** Whether teachers may link classes and export grades (the teacher permission switch). */
    private boolean gradeExportEnabled = true;

    /** Vendor-specific options by name (e.g. "organisationId" for Capita SIMS). */
    private Map<String, String> vendorOptions = new LinkedHashMap<>();

    /** Creates an empty connection. */
    public Connection() {}

    /** {@return the SIS address} */
    public String getUrl() {
      return url;
    }

    /**
     * Sets the SIS address.
     *
     * @param url the address
     */
    public void setUrl(String url) {
      this.url = url;
    }

    /** {@return the OAuth 2 token URL} */
    public String getTokenUrl() {
      return tokenUrl;
    }

    /**
     * Sets the OAuth 2 token URL.
     *
     * @param tokenUrl the token URL
     */
    public void setTokenUrl(String tokenUrl) {
      this.tokenUrl = tokenUrl;
    }

    /** {@return "oauth2" or "oauth1"} */
    public String getAuth() {
      return auth;
    }

    /**
     * Sets how requests authenticate.
     *
     * @param auth "oauth2" or "oauth1"
     */
    public void setAuth(String auth) {
      this.auth = auth;
    }

    /** {@return the client id} */
    public String getClientId() {
      return clientId;
    }

    /**
     * Sets the client id.
     *
     * @param clientId the client id
     */
    public void setClientId(String clientId) {
      this.clientId = clientId;
    }

    /** {@return the client secret} */
    public String getClientSecret() {
      return clientSecret;
    }

    /**
     * Sets the client secret.
     *
     * @param clientSecret the client secret
     */
    public void setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
    }

    /** {@return the vendor id} */
    public String getVendor() {
      return vendor;
    }

    /**
     * Sets the vendor id.
     *
     * @param vendor the vendor id
     */
    public void setVendor(String vendor) {
      this.vendor = vendor;
    }

    /** {@return the OneRoster version, "1.1" or "1.2"} */
    public String getOnerosterVersion() {
      return onerosterVersion;
    }

    /**
     * Sets the OneRoster version.
     *
     * @param onerosterVersion "1.1" or "1.2"
     */
    public void setOnerosterVersion(String onerosterVersion) {
      this.onerosterVersion = onerosterVersion;
    }

    /** {@return the vendor-level key} */
    public String getVendorKey() {
      return vendorKey;
    }

    /**
     * Sets the vendor-level key.
     *
     * @param vendorKey the key
     */
    public void setVendorKey(String vendorKey) {
      this.vendorKey = vendorKey;
    }

    /** {@return the vendor-level secret} */
    public String getVendorSecret() {
      return vendorSecret;
    }

    /**
     * Sets the vendor-level secret.
     *
     * @param vendorSecret the secret
     */
    public void setVendorSecret(String vendorSecret) {
      this.vendorSecret = vendorSecret;
    }

    /** {@return the most requests in flight, or null for the vendor's default} */
    public Integer getMaxConcurrency() {
      return maxConcurrency;
    }

    /**
     * Sets the most requests in flight.
     *
     * @param maxConcurrency at least 1
     */
    public void setMaxConcurrency(Integer maxConcurrency) {
      this.maxConcurrency = maxConcurrency;
    }

    /** {@return the request timeout, or null for the default} */
    public Duration getRequestTimeout() {
      return requestTimeout;
    }

    /**
     * Sets the request timeout.
     *
     * @param requestTimeout a positive duration
     */
    public void setRequestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
    }

    /** {@return the LMS installation's namespace} */
    public String getNamespace() {
      return namespace;
    }

    /**
     * Sets the LMS installation's namespace.
     *
     * @param namespace a non-blank namespace
     */
    public void setNamespace(String namespace) {
      this.namespace = namespace;
    }

    /** {@return whether grade export starts switched on} */
    public boolean isGradeExportEnabled() {
      return gradeExportEnabled;
    }

    /**
     * Sets whether grade export starts switched on.
     *
     * @param gradeExportEnabled the initial state of the switch
     */
    public void setGradeExportEnabled(boolean gradeExportEnabled) {
      this.gradeExportEnabled = gradeExportEnabled;
    }

    /** {@return the vendor options by name} */
    public Map<String, String> getVendorOptions() {
      return vendorOptions;
    }

    /**
     * Sets the vendor options.
     *
     * @param vendorOptions options by name
     */
    public void setVendorOptions(Map<String, String> vendorOptions) {
      this.vendorOptions = vendorOptions;
    }
  }

  /** The health check of each connection: {@code oneroster.health.*}. */
  public static class Health {
    /**
     * The longest one health request waits for a connection check; past it the connection is
     * reported down with problem TIMEOUT while the check goes on in the background.
     */
    private Duration timeout = Duration.ofSeconds(10);

    /** How long a check's result is reused before the SIS is asked again. */
    private Duration cacheTimeToLive = Duration.ofSeconds(60);

    /** Creates the default settings. */
    public Health() {}

    /** {@return the time limit of one health request} */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * Sets the time limit of one health request.
     *
     * @param timeout a positive duration
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    /** {@return how long a result is reused} */
    public Duration getCacheTimeToLive() {
      return cacheTimeToLive;
    }

    /**
     * Sets how long a result is reused.
     *
     * @param cacheTimeToLive zero or more
     */
    public void setCacheTimeToLive(Duration cacheTimeToLive) {
      this.cacheTimeToLive = cacheTimeToLive;
    }
  }
}
