package org.oneroster4j.internal.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Objects;
import org.oneroster4j.internal.http.Authenticator;

/** Signs every attempt with OAuth 1.0a; a 401 is final (a new signature would not help). */
public final class OAuth1Authenticator implements Authenticator {
  private final OAuth1Signer signer;

  /** Creates an authenticator signing with {@code signer}. */
  public OAuth1Authenticator(OAuth1Signer signer) {
    this.signer = Objects.requireNonNull(signer, "signer");
  }

  @Override
  public Object apply(HttpRequest.Builder request, String method, URI uri) {
    request.setHeader("Authorization", signer.authorizationHeader(method, uri));
    return null;
  }

  @Override
  public boolean signsWithTime() {
    return true;
  }
}
