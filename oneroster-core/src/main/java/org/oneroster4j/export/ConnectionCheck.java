package org.oneroster4j.export;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterScopes;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.ForbiddenException;
import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.error.TransportException;
import org.oneroster4j.export.Diagnosis.Problem;
import org.oneroster4j.export.Diagnosis.Step;
import org.oneroster4j.internal.auth.OAuth2TokenProvider;
import org.oneroster4j.internal.endpoint.SisIds;
import org.oneroster4j.internal.http.Transport;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.query.Page;
import org.oneroster4j.query.PagedIterable;
import org.oneroster4j.query.Query;

/**
 * Proves that a SIS connection works for grade export — the URL reaches a OneRoster API of the
 * client's version, the credentials are accepted, and the gradebook is readable — or names
 * precisely what is wrong, with the vendor's own advice where it has some ({@link
 * org.oneroster4j.spi.SisVendor#explainWrongPath}, {@link
 * org.oneroster4j.spi.SisVendor#explainTokenUrl}, {@link
 * org.oneroster4j.spi.SisVendor#explainAuthFailure}).
 *
 * <p>Steps: {@code GET /teachers?limit=1} (gets a token, proves URL, credentials and roster
 * access), then {@code GET /lineItems?limit=1} (proves gradebook access; falls back to a
 * class-scoped read when the SIS has no global lineItems list). Nothing is written.
 *
 * <pre>{@code
 * Diagnosis d = ConnectionCheck.of(sis).run();
 * if (!d.ok()) {
 *   System.err.println(d.problem() + ": " + d.message());
 * }
 * }</pre>
 */
public final class ConnectionCheck {
  private static final Query ONE = Query.builder().pageSize(1).build();

  private final OneRosterClient client;

  private ConnectionCheck(OneRosterClient client) {
    this.client = client;
  }

  /**
   * {@return a check of the connection {@code client} is configured for}
   *
   * @param client the SIS client
   */
  public static ConnectionCheck of(OneRosterClient client) {
    return new ConnectionCheck(Objects.requireNonNull(client, "client"));
  }

  /**
   * Runs the check; never throws for a connection problem, it returns the diagnosis.
   *
   * @return the diagnosis: ok, or the problem, its message and what to change
   */
  public Diagnosis run() {
    List<Step> steps = new ArrayList<>();
    String rosterRequest = "GET /teachers?limit=1";
    try {
      int n = firstPage(client.teachers(ONE));
      steps.add(new Step("roster", rosterRequest, true, n + " teacher(s) on the first page"));
    } catch (OneRosterException e) {
      steps.add(new Step("roster", rosterRequest, false, e.getMessage()));
      return diagnose(e, "roster", steps);
    }
    String gradebookRequest = "GET /lineItems?limit=1";
    try {
      int n;
      try {
        n = firstPage(client.lineItems(ONE));
      } catch (OneRosterServiceException e) {
        if (!isMissingEndpoint(e)) {
          throw e;
        }
        // Some SISs only serve lineItems per class.
        steps.add(new Step("gradebook", gradebookRequest, false, e.getMessage()));
        Iterator<SchoolClass> classes = client.classes(ONE).iterator();
        if (!classes.hasNext()) {
          throw e;
        }
        String id = SisIds.require(classes.next().sourcedId(), "class", "GET /classes?limit=1");
        gradebookRequest = "GET /classes/" + id + "/lineItems?limit=1";
        n = firstPage(client.lineItemsForClass(id, ONE));
      }
      steps.add(
          new Step("gradebook", gradebookRequest, true, n + " lineItem(s) on the first page"));
    } catch (OneRosterException e) {
      steps.add(new Step("gradebook", gradebookRequest, false, e.getMessage()));
      return diagnose(e, "gradebook", steps);
    }
    return new Diagnosis(
        Problem.NONE,
        "Connected to "
            + client.baseUrl()
            + ": credentials accepted, roster and gradebook"
            + " readable.",
        null,
        steps);
  }

  private static <T> int firstPage(PagedIterable<T> items) {
    Iterator<Page<T>> pages = items.byPage().iterator();
    return pages.hasNext() ? pages.next().items().size() : 0;
  }

  private static boolean isMissingEndpoint(OneRosterServiceException e) {
    int s = e.httpStatus();
    return (s == 404 || s == 405 || s == 501) && !looksLikeHtml(e.bodyExcerpt());
  }

  private Diagnosis diagnose(OneRosterException e, String step, List<Step> steps) {
    URI base = client.baseUrl();
    String host = Transport.hostOf(base);
    if (e instanceof TransportException) {
      Throwable cause = rootOf(e, SSLException.class);
      if (cause != null) {
        return new Diagnosis(
            Problem.TLS_FAILURE,
            "The secure connection (TLS) to "
                + host
                + " failed ("
                + cause.getClass().getSimpleName()
                + "): the server's certificate is not trusted or does not match the host name."
                + " Check that the URL uses the SIS's real host name; if the district uses a"
                + " private certificate authority, add it to this server's trust store.",
            null,
            steps);
      }
      if (rootOf(e, UnknownHostException.class) != null
          || rootOf(e, UnresolvedAddressException.class) != null) {
        return new Diagnosis(
            Problem.HOST_UNREACHABLE,
            "The host "
                + host
                + " does not exist (DNS lookup failed). Check the URL"
                + " for typos; it is the address the SIS administrator gave you.",
            null,
            steps);
      }
      if (rootOf(e, ConnectException.class) != null
          || rootOf(e, NoRouteToHostException.class) != null
          || rootOf(e, HttpConnectTimeoutException.class) != null) {
        return new Diagnosis(
            Problem.HOST_UNREACHABLE,
            "Nothing answers at "
                + host
                + " (connection refused or no route). Check"
                + " the URL and port, and that this server may reach the SIS (firewall, VPN,"
                + " allow-listed IP addresses).",
            null,
            steps);
      }
      if (rootOf(e, HttpTimeoutException.class) != null
          || rootOf(e, java.io.InterruptedIOException.class) != null) {
        return new Diagnosis(
            Problem.TIMEOUT,
            "The SIS at "
                + host
                + " accepted the connection but did not answer in time ("
                + e.getMessage()
                + "). It may be overloaded; try again later.",
            null,
            steps);
      }
      // It answered, then broke off: a reset, or a body cut short. The address is right.
      return new Diagnosis(
          Problem.SIS_ERROR,
          "The SIS at "
              + host
              + " accepted the connection but broke off its answer ("
              + e.getMessage()
              + "): the SIS or a proxy in front of it failed mid-answer, which is not a"
              + " misconfiguration. Try again later; if it lasts, contact the SIS vendor.",
          null,
          steps);
    }
    if (e instanceof OAuth2TokenProvider.UnusableTokenException) {
      return new Diagnosis(Problem.UNEXPECTED, e.getMessage(), null, steps);
    }
    if (e instanceof ProtocolException) {
      if (mentionsTokenUrl(e)) {
        return tokenUrlWrong(e, steps);
      }
      return notOneRoster(null, steps, e.getMessage());
    }
    if (e instanceof OneRosterServiceException s) {
      int status = s.httpStatus();
      if (status == 401) {
        if (isTokenEndpoint(s)) {
          return credentialsRejected(status, steps);
        }
        if (step.equals("gradebook")) {
          // The roster read worked, so the consumer credentials are good. The client appends the
          // vendor's explanation to the message; the one for "no vendor credentials configured"
          // identifies a missing vendor header.
          Optional<String> missing =
              client.vendor().explainAuthFailure(status, s.method(), s.path(), false);
          Optional<String> configured =
              client.vendor().explainAuthFailure(status, s.method(), s.path(), true);
          if (missing.isPresent()
              && !missing.equals(configured)
              && s.getMessage().contains(missing.get().trim())) {
            return new Diagnosis(Problem.VENDOR_HEADER_MISSING, missing.get(), status, steps);
          }
          if (configured.isPresent()) {
            return new Diagnosis(Problem.CREDENTIALS_REJECTED, configured.get(), status, steps);
          }
        }
        return credentialsRejected(status, steps);
      }
      if (status == 403 || s instanceof ForbiddenException || isScopeRefused(s)) {
        String what =
            step.equals("roster")
                ? "read the roster (teachers, classes, students)"
                : "read the gradebook (lineItems, results)";
        OneRosterVersion version = client.version();
        return new Diagnosis(
            Problem.PERMISSION_DENIED,
            "The credentials are valid but not allowed to "
                + what
                + " (HTTP "
                + status
                + ")."
                + " Ask the SIS administrator to grant this client the OneRoster "
                + version.label()
                + " scopes "
                + OneRosterScopes.GRADE_EXPORT.stream()
                    .map(name -> OneRosterScopes.uri(version, name))
                    .collect(Collectors.joining(", "))
                + "."
                + vendorExplanation(s).map(v -> " " + v).orElse(""),
            status,
            steps);
      }
      // A 5xx or 429 says the server is failing, whatever its page looks like: an HTML error
      // page from a proxy in front of a failing SIS is no reason to change the URL.
      if (status == 429 || status >= 500) {
        return new Diagnosis(
            Problem.SIS_ERROR,
            (isTokenEndpoint(s)
                    ? "The SIS's token endpoint answered HTTP "
                    : "The SIS answered HTTP ")
                + status
                + (s.description() == null ? "" : " (" + s.description() + ")")
                + " even after retries: it is down or overloaded,"
                + " not misconfigured. Try again later; if it lasts, contact the SIS vendor.",
            status,
            steps);
      }
      if (isTokenEndpoint(s)) {
        return new Diagnosis(
            Problem.TOKEN_URL_WRONG,
            s.getMessage()
                + client.vendor().explainTokenUrl(client.version()).map(h -> " " + h).orElse(""),
            status,
            steps);
      }
      if (status == 404 || status == 405 || looksLikeHtml(s.bodyExcerpt())) {
        return notOneRoster(
            status, steps, "HTTP " + status + " for " + s.method() + " " + s.path());
      }
      return new Diagnosis(
          Problem.UNEXPECTED,
          "The SIS answered HTTP "
              + status
              + " to "
              + s.method()
              + " "
              + s.path()
              + ": "
              + Failures.message(s),
          status,
          steps);
    }
    return new Diagnosis(Problem.UNEXPECTED, e.getMessage(), null, steps);
  }

  private Diagnosis credentialsRejected(int status, List<Step> steps) {
    return new Diagnosis(
        Problem.CREDENTIALS_REJECTED,
        "The SIS rejected the client id and secret (HTTP "
            + status
            + "). Check that they were"
            + " copied exactly as the SIS administrator issued them; they may have expired or been"
            + " renewed (renewing invalidates the old secret).",
        status,
        steps);
  }

  /**
   * The vendor's explanation of an auth failure that the client already put in the exception's
   * message (with or without vendor credentials configured), if any.
   */
  private Optional<String> vendorExplanation(OneRosterServiceException s) {
    for (boolean configured : new boolean[] {false, true}) {
      Optional<String> explanation =
          client.vendor().explainAuthFailure(s.httpStatus(), s.method(), s.path(), configured);
      if (explanation.isPresent() && s.getMessage().contains(explanation.get().trim())) {
        return explanation;
      }
    }
    return Optional.empty();
  }

  private Diagnosis tokenUrlWrong(OneRosterException e, List<Step> steps) {
    String hint =
        client
            .vendor()
            .explainTokenUrl(client.version())
            .map(h -> " " + h)
            .orElse(
                " It is the SIS's OAuth 2 token endpoint, a separate setting from the OneRoster"
                    + " URL.");
    Integer status = e.getCause() instanceof OneRosterServiceException s ? s.httpStatus() : null;
    return new Diagnosis(
        Problem.TOKEN_URL_WRONG,
        "The token URL does not issue OAuth 2 tokens: " + e.getMessage() + "." + hint,
        status,
        steps);
  }

  private Diagnosis notOneRoster(Integer status, List<Step> steps, String what) {
    URI base = client.baseUrl();
    OneRosterVersion version = client.version();
    String advice =
        client
            .vendor()
            .explainWrongPath(base, version)
            .orElseGet(
                () ->
                    version == OneRosterVersion.V1_1
                        ? "The path is probably wrong: use the OneRoster base URL from the SIS's API"
                            + " settings, which ends with /ims/oneroster/v1p1."
                        : "The path is probably wrong: use the SIS's OneRoster "
                            + version.label()
                            + " address, the root ending with /ims/oneroster or its rostering"
                            + " base ending with /ims/oneroster/rostering/"
                            + version.pathSegment()
                            + ".");
    return new Diagnosis(
        Problem.NOT_ONEROSTER,
        "The server at "
            + base
            + " answers, but not like a OneRoster "
            + version.label()
            + " API ("
            + what
            + "). "
            + advice,
        status,
        steps);
  }

  private static boolean isTokenEndpoint(OneRosterServiceException e) {
    return mentionsTokenUrl(e);
  }

  private static boolean isScopeRefused(OneRosterServiceException e) {
    String m = e.getMessage();
    return m != null && m.contains("invalid_scope");
  }

  private static boolean mentionsTokenUrl(Throwable e) {
    String m = e.getMessage();
    return m != null
        && (m.contains("token URL") || m.contains("token endpoint") || m.contains("token url"));
  }

  private static boolean looksLikeHtml(String body) {
    if (body == null) {
      return false;
    }
    String b = body.stripLeading().toLowerCase(Locale.ROOT);
    return b.startsWith("<!doctype html") || b.startsWith("<html") || b.startsWith("<");
  }

  private static Throwable rootOf(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }
}
