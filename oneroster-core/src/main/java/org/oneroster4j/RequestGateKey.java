package org.oneroster4j;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Names one SIS connection for a {@link RequestGate}: the vendor id, the SIS host (with its port
 * when it is not the scheme's default) and a hash of the client id, never the secret. Two clients
 * with the same key share one budget; the same SIS reached with another client id is another key.
 *
 * <p>{@link #value()} is a stable string, safe to use as a key in a shared store or a log: {@code
 * vendor|host|hash}, with the first 16 hex digits of the SHA-256 of the client id.
 */
public final class RequestGateKey {
  private final String vendor;
  private final String host;
  private final String clientIdHash;
  private final String value;

  private RequestGateKey(String vendor, String host, String clientIdHash) {
    this.vendor = vendor;
    this.host = host;
    this.clientIdHash = clientIdHash;
    this.value = vendor + "|" + host + "|" + clientIdHash;
  }

  /**
   * The key of a connection.
   *
   * @param vendor the vendor id, for example {@code "infinitecampus"}
   * @param baseUrl the SIS URL the client was built with
   * @param clientId the OAuth client id (or consumer key); hashed, never kept
   * @return the key
   */
  public static RequestGateKey of(String vendor, URI baseUrl, String clientId) {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(clientId, "clientId");
    String host = baseUrl.getHost() != null ? baseUrl.getHost() : baseUrl.getRawAuthority();
    host = host == null ? "" : host.toLowerCase(Locale.ROOT);
    int at = host.lastIndexOf('@');
    if (at >= 0) {
      host = host.substring(at + 1); // never user-info, which may hold credentials
    }
    if (baseUrl.getHost() != null && baseUrl.getPort() > 0 && !defaultPort(baseUrl)) {
      host = host + ":" + baseUrl.getPort();
    }
    return new RequestGateKey(vendor.toLowerCase(Locale.ROOT), host, hash(clientId));
  }

  private static boolean defaultPort(URI u) {
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("https") && u.getPort() == 443)
        || (scheme.equals("http") && u.getPort() == 80);
  }

  private static String hash(String clientId) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(clientId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** {@return the vendor id} */
  public String vendor() {
    return vendor;
  }

  /** {@return the SIS host, with the port when it is not the scheme's default} */
  public String host() {
    return host;
  }

  /** {@return the first 16 hex digits of the SHA-256 of the client id} */
  public String clientIdHash() {
    return clientIdHash;
  }

  /** {@return {@code vendor|host|hash}, stable across processes and versions} */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestGateKey k && k.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
