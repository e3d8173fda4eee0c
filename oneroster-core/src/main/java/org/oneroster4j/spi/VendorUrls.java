package org.oneroster4j.spi;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;

/**
 * Helpers for turning URLs that administrators type into normalised {@link URI}s, with error
 * messages that say what to type. For {@link SisVendor} implementations.
 *
 * <p>Normalisation lower-cases the scheme and host, strips trailing slashes and surrounding
 * whitespace, and keeps the path exactly as typed (OneRoster paths and Infinite Campus app names
 * are case-sensitive). Messages never echo a user name, password or query string that was typed,
 * because those may hold secrets.
 */
public final class VendorUrls {
  /** The OneRoster 1.1 base path every base URL ends with. */
  public static final String V1P1_PATH = "/ims/oneroster/v1p1";

  /** The root every OneRoster 1.2 service lives below. */
  public static final String ROOT_PATH = "/ims/oneroster";

  private static final Set<String> GRADEBOOK_COLLECTIONS =
      Set.of("categories", "lineitems", "results", "scorescales");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  private VendorUrls() {}

  /** Whether query strings are acceptable in a URL field. */
  public enum Query {
    /** A base URL: a query string is an error. */
    REJECTED,
    /** A token URL: a query string is kept (Infinite Campus' {@code ?appName=}). */
    ALLOWED
  }

  /**
   * Parses a URL an administrator typed and normalises it, or explains what is wrong.
   *
   * @param field the setting name used in the error, e.g. {@code "url"} or {@code "tokenUrl"}
   * @param typed what was typed; null or blank is an error
   * @param what what the field should hold, e.g. {@code "the OneRoster base URL"}
   * @param example an example of a correct value
   * @param query whether a query string is acceptable
   * @return the URI: scheme and host lower case, path as typed without trailing slashes, no
   *     fragment
   * @throws ValidationException with one violation for {@code field}, saying what to type
   */
  public static URI parse(String field, String typed, String what, String example, Query query) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(example, "example");
    Objects.requireNonNull(query, "query");
    String hint = "type " + what + ", e.g. " + example;
    if (typed == null || typed.isBlank()) {
      throw invalid(field, "is missing; " + hint);
    }
    String text = typed.strip();
    if (text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw invalid(field, "'" + echo(text) + "' contains spaces or control characters; " + hint);
    }
    var schemeMatch = SCHEME.matcher(text);
    if (!text.contains("://")) {
      if (schemeMatch.find() && !schemeMatch.group(1).contains(".")) {
        String scheme = schemeMatch.group(1).toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
          throw invalid(
              field,
              "'"
                  + echo(text)
                  + "' is not a complete URL: the scheme must be followed by '//'; "
                  + hint);
        }
        if (!text.substring(schemeMatch.end()).matches("\\d+(/.*)?")) {
          throw invalid(field, "'" + echo(text) + "' is not a web address; " + hint);
        }
      }
      if (text.startsWith("/") || text.contains("\\")) {
        throw invalid(field, "'" + echo(text) + "' is not a web address; " + hint);
      }
      throw invalid(
          field,
          "'"
              + echo(text)
              + "' has no scheme; type it with https:// in front: https://"
              + echo(text));
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw invalid(
          field,
          "'"
              + echo(text)
              + "' is not a valid URL ("
              + e.getReason()
              + " at index "
              + e.getIndex()
              + "); "
              + hint);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw invalid(
          field, "'" + echo(text) + "' starts with '" + scheme + "://', not https://; " + hint);
    }
    if (uri.getRawUserInfo() != null) {
      throw invalid(
          field,
          "'"
              + echo(text)
              + "' contains a user name or password before the host; remove it (credentials are"
              + " set separately) and "
              + hint);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw invalid(field, "'" + echo(text) + "' has no valid host name; " + hint);
    }
    if (uri.getRawFragment() != null) {
      throw invalid(
          field, "'" + echo(text) + "' has a fragment ('#…'); remove everything from '#' on");
    }
    if (uri.getRawQuery() != null && query == Query.REJECTED) {
      throw invalid(
          field,
          "'"
              + echo(text)
              + "' has a query string ('?…'), which "
              + what
              + " never has; remove everything from '?' on");
    }
    String authority =
        uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    String path = stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    String rebuilt =
        scheme
            + "://"
            + authority
            + path
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return URI.create(rebuilt);
  }

  /**
   * Parses a URL only to look at it (for {@link SisVendor#detects}): lenient, never throws, adds
   * {@code https://} when the scheme is missing.
   *
   * @param typed what was typed; null or blank is an error
   * @return the URI, or empty when {@code typed} cannot be a URL at all
   */
  public static Optional<URI> parseLeniently(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String text = typed.strip();
    if (!text.contains("://")) {
      text = "https://" + text;
    }
    try {
      URI uri = new URI(text);
      return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * Turns a parsed URL into a OneRoster 1.1 base URL: kept as it is when its path already ends with
   * {@code /ims/oneroster/v1p1} (in any case), completed when it ends with {@code /ims/oneroster},
   * otherwise {@code /ims/oneroster/v1p1} is appended. A URL that points at an endpoint inside the
   * API ({@code …/v1p1/orgs}) or at OneRoster 1.2 is refused with the URL to type instead.
   *
   * @param field the setting name for errors, e.g. {@code "url"}
   * @param uri a URL from {@link #parse}
   * @return the 1.1 base URL
   * @throws ValidationException when the URL cannot be a 1.1 base URL
   */
  public static URI toV1p1Base(String field, URI uri) {
    String path = stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(V1P1_PATH)) {
      return withPath(uri, path);
    }
    int inside = lower.indexOf(V1P1_PATH + "/");
    if (inside >= 0) {
      String base = path.substring(0, inside + V1P1_PATH.length());
      throw invalid(
          field,
          "'"
              + echo(uri.toString())
              + "' points at an endpoint inside the OneRoster API ("
              + path.substring(inside + V1P1_PATH.length())
              + "); type the base URL, which ends at "
              + V1P1_PATH
              + ": "
              + withPath(uri, base));
    }
    if (lower.contains("/ims/oneroster/") && lower.contains("v1p2")
        || lower.matches(".*/v1p2(/.*)?")) {
      throw invalid(
          field,
          "'"
              + echo(uri.toString())
              + "' is a OneRoster 1.2 URL, but the connection is OneRoster 1.1: type the SIS's"
              + " 1.1 base URL, which ends in "
              + V1P1_PATH
              + ", or choose OneRoster 1.2");
    }
    if (lower.endsWith("/ims/oneroster")) {
      return withPath(uri, path + "/v1p1");
    }
    return withPath(uri, path + V1P1_PATH);
  }

  /**
   * {@return the OneRoster version a typed URL names, if it names one: a path ending in (or
   * containing a segment) {@code v1p1} is 1.1; {@code v1p2}, or a path ending in {@code
   * /ims/oneroster}, is 1.2} Never throws; an unparseable URL names no version.
   *
   * @param typed what was typed; null or blank is an error
   */
  public static Optional<OneRosterVersion> detectVersion(String typed) {
    Optional<URI> uri = parseLeniently(typed);
    if (uri.isEmpty()) {
      return Optional.empty();
    }
    String path = uri.get().getRawPath() == null ? "" : uri.get().getRawPath();
    String lower = stripTrailingSlashes(path).toLowerCase(Locale.ROOT);
    if (lower.endsWith(V1P1_PATH) || lower.contains(V1P1_PATH + "/")) {
      return Optional.of(OneRosterVersion.V1_1);
    }
    if (lower.contains(ROOT_PATH + "/") && lower.matches(".*/v1p2(/.*)?")) {
      return Optional.of(OneRosterVersion.V1_2);
    }
    if (lower.endsWith(ROOT_PATH)) {
      return Optional.of(OneRosterVersion.V1_2);
    }
    return Optional.empty();
  }

  /**
   * Turns a parsed URL into a OneRoster 1.2 root (ending with {@code /ims/oneroster}). Accepted:
   * the root itself, a service base ({@code …/ims/oneroster/rostering/v1p2}, {@code
   * …/gradebook/v1p2}, {@code …/resources/v1p2}), or a host or prefix without {@code
   * /ims/oneroster}, to which it is appended. A URL inside a service (an endpoint) or a 1.1 URL is
   * refused with the URL to type instead.
   *
   * @param field the setting name for errors, e.g. {@code "url"}
   * @param uri a URL from {@link #parse}
   * @return the 1.2 root
   * @throws ValidationException when the URL cannot be a 1.2 root
   */
  public static URI toV1p2Root(String field, URI uri) {
    String path = stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(V1P1_PATH) || lower.contains(V1P1_PATH + "/")) {
      int at = lower.indexOf(V1P1_PATH);
      throw invalid(
          field,
          "'"
              + echo(uri.toString())
              + "' is a OneRoster 1.1 URL, but the connection is OneRoster 1.2: type the SIS's 1.2"
              + " address, "
              + withPath(uri, path.substring(0, at) + ROOT_PATH)
              + " or its rostering base …"
              + ROOT_PATH
              + "/rostering/v1p2, or choose OneRoster 1.1");
    }
    if (lower.endsWith(ROOT_PATH)) {
      return withPath(uri, path);
    }
    for (Service service : Service.values()) {
      String tail = ROOT_PATH + "/" + service.pathSegment() + "/v1p2";
      if (lower.endsWith(tail.toLowerCase(Locale.ROOT))) {
        return withPath(uri, path.substring(0, path.length() - tail.length() + ROOT_PATH.length()));
      }
      int inside = lower.indexOf(tail.toLowerCase(Locale.ROOT) + "/");
      if (inside >= 0) {
        String base = path.substring(0, inside + tail.length());
        throw invalid(
            field,
            "'"
                + echo(uri.toString())
                + "' points at an endpoint inside the OneRoster API ("
                + path.substring(inside + tail.length())
                + "); type the service's base URL, which ends at "
                + tail.substring(ROOT_PATH.length())
                + ": "
                + withPath(uri, base));
      }
    }
    int root = lower.indexOf(ROOT_PATH + "/");
    if (root >= 0) {
      throw invalid(
          field,
          "'"
              + echo(uri.toString())
              + "' is not a OneRoster 1.2 address: type the root ending in "
              + ROOT_PATH
              + " ("
              + withPath(uri, path.substring(0, root + ROOT_PATH.length()))
              + ") or a service base such as …"
              + ROOT_PATH
              + "/rostering/v1p2");
    }
    return withPath(uri, path + ROOT_PATH);
  }

  /**
   * Parses a typed service base URL for {@code service} in OneRoster 1.2: it must end in {@code
   * /<service>/v1p2}.
   *
   * @param field the setting name for errors
   * @param service the service
   * @param typed what was typed
   * @return the service base URL
   * @throws ValidationException when it does not parse or does not end in the service's segment
   */
  public static URI toV1p2ServiceUrl(String field, Service service, String typed) {
    String tail = "/" + service.pathSegment() + "/v1p2";
    URI uri =
        parse(
            field,
            typed,
            "the OneRoster 1.2 " + service.pathSegment() + " base URL",
            "https://sis.district.example/ims/oneroster" + tail,
            Query.REJECTED);
    String path = stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (!path.toLowerCase(Locale.ROOT).endsWith(tail)) {
      throw invalid(
          field,
          "'"
              + echo(typed)
              + "' is not a OneRoster 1.2 "
              + service.pathSegment()
              + " base URL: it must end in "
              + tail);
    }
    return withPath(uri, path);
  }

  /**
   * Removes every trailing {@code /} from a path.
   *
   * @param path a path
   * @return the path without trailing slashes
   */
  public static String stripTrailingSlashes(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }

  /**
   * {@return {@code uri} with its path replaced; query and fragment are dropped}
   *
   * @param uri a URL from {@link #parse}
   * @param rawPath the raw path
   */
  public static URI withPath(URI uri, String rawPath) {
    String authority = uri.getRawAuthority();
    return URI.create(uri.getScheme() + "://" + authority + rawPath);
  }

  /**
   * {@return whether a request path addresses the gradebook service: a {@code categories}, {@code
   * lineItems} or {@code results} collection anywhere in it, for example {@code /lineItems/abc},
   * {@code /classes/c1/results} or {@code /classes/c1/lineItems/l1/results}} Only collection
   * positions count, so a sourcedId that happens to read "results" does not.
   *
   * @param path a path relative to the base URL (a leading {@code /ims/oneroster/v1p1} and a query
   *     string are ignored)
   */
  public static boolean isGradebookPath(String path) {
    if (path == null) {
      return false;
    }
    String p = path;
    int cut = indexOfAny(p, '?', '#');
    if (cut >= 0) {
      p = p.substring(0, cut);
    }
    int base = p.toLowerCase(Locale.ROOT).indexOf(V1P1_PATH);
    if (base >= 0) {
      p = p.substring(base + V1P1_PATH.length());
    }
    List<String> segments = new ArrayList<>();
    for (String s : p.split("/")) {
      if (!s.isEmpty()) {
        segments.add(s);
      }
    }
    for (int i = 0; i < segments.size(); i += 2) {
      if (GRADEBOOK_COLLECTIONS.contains(segments.get(i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return what was typed, safe to put in a message: user names, passwords and query strings are
   * replaced, long input is shortened}
   *
   * @param typed what was typed; null or blank is an error
   */
  public static String echo(String typed) {
    if (typed == null) {
      return "";
    }
    String s = typed.strip();
    int start = s.indexOf("://");
    start = start < 0 ? 0 : start + 3;
    int end = s.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = s.indexOf(c, start);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    int at = s.lastIndexOf('@', end - 1);
    if (at >= start) {
      s = s.substring(0, start) + "…" + s.substring(at);
    }
    int q = indexOfAny(s, '?', '#');
    if (q >= 0) {
      s = s.substring(0, q) + (s.charAt(q) == '?' ? "?…" : "#…");
    }
    StringBuilder safe = new StringBuilder();
    s.codePoints()
        .limit(200)
        .forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return s.codePointCount(0, s.length()) > 200 ? safe + "…" : safe.toString();
  }

  /**
   * {@return a {@link ValidationException} about a connection setting with one violation}
   *
   * @param field the field
   * @param message what happened and what to do about it
   */
  public static ValidationException invalid(String field, String message) {
    return new ValidationException("connection setting", List.of(new Violation(field, message)));
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  /**
   * Returns whether {@code host} names this machine: {@code localhost} or a literal loopback
   * address ({@code 127.0.0.0/8}, {@code ::1}, with or without brackets). Names other than {@code
   * localhost} are never resolved to decide, so the answer cannot depend on DNS.
   *
   * @param host a URI host, may be null
   * @return true for a loopback host
   */
  public static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
