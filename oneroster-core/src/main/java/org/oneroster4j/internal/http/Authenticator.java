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

  /**
   * Whether the credentials carry the time they were made (OAuth 1.0a's {@code oauth_timestamp}),
   * so that {@link #apply} must run again after a wait for the request gate's permit: a server
   * refuses a stale timestamp. Such an authenticator never sends a request of its own from {@code
   * apply}, so running it while the permit is held cannot wait for a second permit.
   */
  default boolean signsWithTime() {
    return false;
  }
}
