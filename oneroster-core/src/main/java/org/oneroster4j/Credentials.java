package org.oneroster4j;

import java.util.Objects;

/**
 * How the client authenticates: OAuth 2 client credentials (what most SISes use today) or OAuth
 * 1.0a two-legged request signing (OneRoster 1.1's original scheme). {@link #toString()} never
 * shows the secret.
 *
 * <pre>{@code
 * Credentials oauth2 = Credentials.clientCredentials("my-client-id", clientSecret);
 * Credentials oauth1 = Credentials.oauth1("my-key", secret, Credentials.SignatureMethod.HMAC_SHA1);
 * }</pre>
 */
public final class Credentials {

  /** The authentication scheme. */
  public enum Scheme {
    /** OAuth 2 client credentials grant; a bearer token on every call. */
    OAUTH2_CLIENT_CREDENTIALS,
    /** OAuth 1.0a two-legged (consumer key and secret) request signing, RFC 5849. */
    OAUTH1
  }

  /** OAuth 1.0a signature methods. */
  public enum SignatureMethod {
    /** {@code HMAC-SHA256}, the OneRoster 1.1 default. */
    HMAC_SHA256("HMAC-SHA256", "HmacSHA256"),
    /** {@code HMAC-SHA1}, accepted by many 1.1 providers. */
    HMAC_SHA1("HMAC-SHA1", "HmacSHA1");

    private final String wireName;
    private final String macAlgorithm;

    SignatureMethod(String wireName, String macAlgorithm) {
      this.wireName = wireName;
      this.macAlgorithm = macAlgorithm;
    }

    /** {@return the {@code oauth_signature_method} value, for example {@code HMAC-SHA256}} */
    public String wireName() {
      return wireName;
    }

    /** {@return the {@code javax.crypto.Mac} algorithm name, for example {@code HmacSHA256}} */
    public String macAlgorithm() {
      return macAlgorithm;
    }
  }

  private final Scheme scheme;
  private final String id;
  private final String secret;
  private final SignatureMethod signatureMethod;

  private Credentials(Scheme scheme, String id, String secret, SignatureMethod signatureMethod) {
    this.scheme = scheme;
    this.id = requireText(id, scheme == Scheme.OAUTH1 ? "consumer key" : "client id");
    this.secret =
        requireText(secret, scheme == Scheme.OAUTH1 ? "consumer secret" : "client secret");
    this.signatureMethod = signatureMethod;
  }

  /**
   * OAuth 2 client credentials: the client id and secret the SIS administrator issued.
   *
   * @param clientId the client id; not null or blank
   * @param clientSecret the client secret; not null or blank
   * @return credentials of the {@link Scheme#OAUTH2_CLIENT_CREDENTIALS} scheme
   * @throws IllegalArgumentException if either value is blank
   */
  public static Credentials clientCredentials(String clientId, String clientSecret) {
    return new Credentials(Scheme.OAUTH2_CLIENT_CREDENTIALS, clientId, clientSecret, null);
  }

  /**
   * OAuth 1.0a two-legged signing with HMAC-SHA256.
   *
   * @param consumerKey the consumer key the SIS issued; not null or blank
   * @param consumerSecret the consumer secret the SIS issued; not null or blank
   * @return credentials of the {@link Scheme#OAUTH1} scheme signing with {@link
   *     SignatureMethod#HMAC_SHA256}
   * @throws IllegalArgumentException if either value is blank
   */
  public static Credentials oauth1(String consumerKey, String consumerSecret) {
    return oauth1(consumerKey, consumerSecret, SignatureMethod.HMAC_SHA256);
  }

  /**
   * OAuth 1.0a two-legged signing with the given signature method.
   *
   * @param consumerKey the consumer key the SIS issued; not null or blank
   * @param consumerSecret the consumer secret the SIS issued; not null or blank
   * @param signatureMethod the signature method the SIS expects; not null
   * @return credentials of the {@link Scheme#OAUTH1} scheme signing with {@code signatureMethod}
   * @throws IllegalArgumentException if the key or the secret is blank
   */
  public static Credentials oauth1(
      String consumerKey, String consumerSecret, SignatureMethod signatureMethod) {
    return new Credentials(
        Scheme.OAUTH1,
        consumerKey,
        consumerSecret,
        Objects.requireNonNull(signatureMethod, "signatureMethod"));
  }

  /** {@return the authentication scheme} */
  public Scheme scheme() {
    return scheme;
  }

  /** {@return the OAuth 2 client id or the OAuth 1 consumer key (not secret)} */
  public String id() {
    return id;
  }

  /** {@return the client secret or consumer secret} Never log it. */
  public String secret() {
    return secret;
  }

  /** {@return the OAuth 1 signature method, or null for OAuth 2} */
  public SignatureMethod signatureMethod() {
    return signatureMethod;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Credentials c
        && c.scheme == scheme
        && c.id.equals(id)
        && c.secret.equals(secret)
        && c.signatureMethod == signatureMethod;
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, id, secret, signatureMethod);
  }

  /** Shows the scheme and id; the secret is redacted. */
  @Override
  public String toString() {
    return "Credentials["
        + scheme
        + (signatureMethod == null ? "" : " " + signatureMethod.wireName())
        + ", id="
        + id
        + ", secret=***]";
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "The " + name + " is blank; pass the value the SIS issued");
    }
    return value;
  }
}
