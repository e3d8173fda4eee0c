package org.oneroster4j.internal.http;

import java.net.URI;
import java.net.http.HttpRequest;

/** Adds credentials to each request attempt. Implementations are thread-safe. */
public interface Authenticator {
  /** An authenticator that adds nothing (token endpoint calls carry their own header). */
  Authenticator NONE = (request, method, uri) -> null;

  /**
   * Adds credentials to one attempt of a request.
   *
   * @return a handle identifying the credential used (for example the token), handed back to {@link
   *     #refreshAfterUnauthorized(Object)}; may be null
   */
  Object apply(HttpRequest.Builder request, String method, URI uri);

  /**
   * Called when an attempt authenticated with {@code handle} got HTTP 401. Returns true when fresh
   * credentials were obtained and one more attempt may succeed.
   */
  default boolean refreshAfterUnauthorized(Object handle) {
    return false;
  }
}
