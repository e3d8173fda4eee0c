package org.oneroster4j.spring;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.RequestGate;
import org.oneroster4j.RequestListener;
import org.oneroster4j.export.ExportListener;
import org.oneroster4j.export.GradeExportConnection;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Builds the clients and connections of {@link OneRosterProperties}, refusing at startup any
 * setting that cannot work with a message naming the property. A secret's value is never put into a
 * message.
 */
final class ConnectionFactory {
  static final String PREFIX = "oneroster.connections.";

  private final RequestGate gate;
  private final RequestListener requestListener;
  private final ExportListener exportListener;
  private final List<OneRosterClientCustomizer> customizers;

  ConnectionFactory(
      RequestGate gate,
      RequestListener requestListener,
      ExportListener exportListener,
      List<OneRosterClientCustomizer> customizers) {
    this.gate = gate;
    this.requestListener = requestListener;
    this.exportListener = exportListener;
    this.customizers = List.copyOf(customizers);
  }

  /** Every connection, or the first invalid property; clients built so far are closed then. */
  OneRosterConnections create(OneRosterProperties properties) {
    Map<String, GradeExportConnection> built = new LinkedHashMap<>();
    try {
      properties.getConnections().forEach((name, c) -> built.put(name, connection(name, c)));
    } catch (RuntimeException e) {
      new OneRosterConnections(built).close();
      throw e;
    }
    return new OneRosterConnections(built);
  }

  private GradeExportConnection connection(String name, OneRosterProperties.Connection c) {
    String p = PREFIX + name + ".";
    OneRosterClient client = client(name, p, c);
    try {
      if (c.getNamespace() == null || c.getNamespace().isBlank()) {
        throw invalid(p + "namespace", c.getNamespace(), "must not be blank");
      }
      return GradeExportConnection.builder()
          .client(client)
          .namespace(c.getNamespace())
          .gradeExportEnabled(c.isGradeExportEnabled())
          .exportListener(exportListener)
          .build();
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private OneRosterClient client(String name, String p, OneRosterProperties.Connection c) {
    OneRosterClient.Builder b = OneRosterClient.builder();
    b.url(url(p + "url", c.getUrl(), true));
    if (c.getTokenUrl() != null && !c.getTokenUrl().isBlank()) {
      b.tokenUrl(url(p + "token-url", c.getTokenUrl(), false));
    }
    String clientId = required(p + "client-id", c.getClientId());
    if (c.getClientSecret() == null || c.getClientSecret().isBlank()) {
      throw invalid(p + "client-secret", null, "is required: the OAuth client secret of the SIS");
    }
    String auth = c.getAuth() == null ? "oauth2" : c.getAuth().strip().toLowerCase(Locale.ROOT);
    switch (auth) {
      case "oauth2" -> b.credentials(Credentials.clientCredentials(clientId, c.getClientSecret()));
      case "oauth1" -> b.credentials(Credentials.oauth1(clientId, c.getClientSecret()));
      default -> throw invalid(p + "auth", c.getAuth(), "must be oauth2 or oauth1");
    }
    if (c.getVendor() != null && !c.getVendor().isBlank()) {
      b.vendor(c.getVendor().strip());
    }
    if (c.getOnerosterVersion() != null && !c.getOnerosterVersion().isBlank()) {
      b.version(version(p + "oneroster-version", c.getOnerosterVersion()));
    }
    boolean key = c.getVendorKey() != null && !c.getVendorKey().isBlank();
    boolean secret = c.getVendorSecret() != null && !c.getVendorSecret().isBlank();
    if (key != secret) {
      throw key
          ? invalid(p + "vendor-secret", null, "is required when vendor-key is set")
          : invalid(p + "vendor-key", null, "is required when vendor-secret is set");
    }
    if (key) {
      b.vendorCredentials(c.getVendorKey(), c.getVendorSecret());
    }
    if (c.getMaxConcurrency() != null) {
      if (c.getMaxConcurrency() < 1) {
        throw invalid(p + "max-concurrency", c.getMaxConcurrency(), "must be at least 1");
      }
      b.maxConcurrency(c.getMaxConcurrency());
    }
    Duration timeout = c.getRequestTimeout();
    if (timeout != null) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw invalid(p + "request-timeout", timeout, "must be positive");
      }
      b.requestTimeout(timeout);
    }
    c.getVendorOptions()
        .forEach(
            (option, value) -> {
              if (value == null) {
                throw invalid(p + "vendor-options." + option, null, "needs a value");
              }
              b.vendorOption(option, value);
            });
    if (gate != null) {
      b.requestGate(gate);
    }
    b.requestListener(requestListener);
    for (OneRosterClientCustomizer customizer : customizers) {
      customizer.customize(name, b);
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      // The builder names its own settings; the message says which connection and what to fix.
      throw invalid(
          PREFIX + name,
          null,
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
          e);
    }
  }

  private static String required(String property, String value) {
    if (value == null || value.isBlank()) {
      throw invalid(property, value, "is required");
    }
    return value.strip();
  }

  private static String url(String property, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw invalid(
            property, value, "is required: the SIS address as its administrator gives it");
      }
      return value;
    }
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
        throw invalid(property, value, "must be an http(s) URL with a host");
      }
    } catch (URISyntaxException e) {
      throw invalid(property, value, "is not a URL: " + e.getReason());
    }
    return value.strip();
  }

  private static OneRosterVersion version(String property, String value) {
    try {
      return OneRosterVersion.parse(value);
    } catch (RuntimeException e) {
      throw invalid(property, value, "must be 1.1 or 1.2");
    }
  }

  private static InvalidConfigurationPropertyValueException invalid(
      String property, Object value, String reason) {
    return new InvalidConfigurationPropertyValueException(property, value, reason);
  }

  private static InvalidConfigurationPropertyValueException invalid(
      String property, Object value, String reason, Throwable cause) {
    InvalidConfigurationPropertyValueException e = invalid(property, value, reason);
    e.addSuppressed(cause);
    return e;
  }
}
