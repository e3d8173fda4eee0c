package org.oneroster4j.internal.endpoint;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request URIs of one service base URL. A write's URI differs from the next one's only in the
 * id at its end, so the part before the first id ({@code https://sis/…/v1p1/results/}) is parsed
 * once per endpoint and the rest, one percent-encoded path segment and the literals after it, is
 * resolved against it: parsing the whole URI for every write was the largest part of the client's
 * own work per write after sending it. The result is the URI that parsing {@code base + path}
 * gives, component for component.
 */
public final class RequestUris {
  /** Marks an endpoint whose prefix cannot serve as a base for resolving (see {@link #prefix}). */
  private static final URI NONE = URI.create("none:none");

  private final String base;
  private final Map<Endpoint<?>, URI> prefixes = new ConcurrentHashMap<>();

  /**
   * @param base the service base URL, without a trailing {@code /}
   */
  public RequestUris(String base) {
    this.base = base;
  }

  /** The service base URL, without a trailing {@code /}. */
  public String base() {
    return base;
  }

  /**
   * The URI of {@code base + path + query}.
   *
   * @param endpoint the endpoint whose {@link Endpoint#path} built {@code path}
   * @param path the request path
   * @param query the encoded query ({@code ?limit=…}) or the empty string
   */
  public URI uri(Endpoint<?> endpoint, String path, String query) {
    String prefix = endpoint.prefix();
    if (!endpoint.parameters().isEmpty()
        && path.length() > prefix.length()
        && path.startsWith(prefix)) {
      URI resolved = prefixes.computeIfAbsent(endpoint, this::prefix);
      if (resolved != NONE) {
        // What follows the prefix starts with a percent-encoded id: no scheme (':' is encoded),
        // no authority ('/' is encoded), never a dot segment (refused), so resolving it appends it.
        return resolved.resolve(URI.create(path.substring(prefix.length()) + query));
      }
    }
    return URI.create(base + path + query);
  }

  /**
   * The parsed {@code base + endpoint.prefix()}, or {@link #NONE} when resolving against it would
   * not give what parsing the whole text gives: a prefix that does not end with {@code /} (the last
   * segment would be replaced), or a base with a query or fragment, or one that is not an absolute
   * hierarchical URI with a path.
   */
  private URI prefix(Endpoint<?> endpoint) {
    String prefix = endpoint.prefix();
    if (!prefix.endsWith("/")) {
      return NONE;
    }
    URI uri;
    try {
      uri = new URI(base + prefix);
    } catch (java.net.URISyntaxException e) {
      return NONE;
    }
    if (uri.isOpaque()
        || !uri.isAbsolute()
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawPath() == null
        || !uri.getRawPath().endsWith("/")
        || !uri.equals(uri.normalize())) {
      return NONE;
    }
    return uri;
  }
}
