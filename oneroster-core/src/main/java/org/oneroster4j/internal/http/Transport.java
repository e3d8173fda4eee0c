package org.oneroster4j.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLException;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.RequestAttempt;
import org.oneroster4j.RequestGate;
import org.oneroster4j.RequestGateKey;
import org.oneroster4j.RequestListener;
import org.oneroster4j.RequestResult;
import org.oneroster4j.RetryListener;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.error.TransportException;
import org.oneroster4j.internal.retry.Backoff;
import org.oneroster4j.internal.retry.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link HttpCall}s on {@code java.net.http}: bounded concurrency, authentication per
 * attempt, retries with backoff, one credential refresh on 401, size-capped bodies, typed errors
 * and DEBUG logs of method, path, status and time (never headers, queries or bodies).
 *
 * <p>Every wait is bounded: each attempt by the request timeout (headers, and silence mid-body) and
 * by the attempt timeout (the whole answer), each call by the call timeout (every attempt and every
 * wait between them). Call time is measured on the injected clock, so retry tests stay exact.
 */
public final class Transport {
  /** The default most one attempt may take, headers and body. */
  public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofMinutes(3);

  /** The default most one call may take, every retry included. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger("org.oneroster4j.http");

  /** Explains a 401/403 for the vendor at hand; returns a sentence or empty. */
  @FunctionalInterface
  public interface AuthFailureExplainer {
    /** A hint for the user, if the vendor has one. */
    Optional<String> explain(int status, String method, String path);
  }

  /**
   * Who the transport talks to and who hears about it: the vendor and version for request events,
   * the gate that grants each attempt a permit and its key, and the listener.
   *
   * @param vendor the vendor id
   * @param version the OneRoster version
   * @param gateKey the SIS connection, as the gate knows it
   * @param gate grants a permit per attempt
   * @param concurrency the client's maxConcurrency, handed to the gate
   * @param listener told of every attempt
   */
  public record Context(
      String vendor,
      OneRosterVersion version,
      RequestGateKey gateKey,
      RequestGate gate,
      int concurrency,
      RequestListener listener) {
    /** Checks every part. */
    public Context {
      Objects.requireNonNull(vendor, "vendor");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(gateKey, "gateKey");
      Objects.requireNonNull(gate, "gate");
      Objects.requireNonNull(listener, "listener");
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1");
      }
    }

    /**
     * A context of its own: a private in-process gate of {@code concurrency} and no listener.
     *
     * @param concurrency the most requests in flight
     * @return the context
     */
    public static Context standalone(int concurrency) {
      return new Context(
          "generic",
          OneRosterVersion.V1_1,
          RequestGateKey.of("generic", URI.create("http://localhost/"), ""),
          RequestGate.local(),
          concurrency,
          RequestListener.none());
    }
  }

  private volatile HttpClient client;
  private final Context context;
  private final boolean listening;
  private final String userAgent;
  private final Duration requestTimeout;
  private final Duration attemptTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final long maxResponseBytes;
  private final int maxErrorBodyBytes;
  private final AuthFailureExplainer explainer;

  /**
   * Creates a transport.
   *
   * @param client the HTTP client
   * @param maxConcurrency the most requests in flight at once
   * @param userAgent the User-Agent header
   * @param requestTimeout the default timeout of each attempt
   * @param retryPolicy the default retry policy
   * @param clock the clock for Retry-After dates and the total retry time
   * @param sleeper waits between retries
   * @param random jitter source
   * @param maxResponseBytes the largest successful body read
   * @param maxErrorBodyBytes how much of an error body is read
   * @param explainer the vendor's explanation of auth failures
   */
  public Transport(
      HttpClient client,
      int maxConcurrency,
      String userAgent,
      Duration requestTimeout,
      RetryPolicy retryPolicy,
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random,
      long maxResponseBytes,
      int maxErrorBodyBytes,
      AuthFailureExplainer explainer) {
    this(
        client,
        Context.standalone(maxConcurrency),
        userAgent,
        requestTimeout,
        DEFAULT_ATTEMPT_TIMEOUT,
        DEFAULT_CALL_TIMEOUT,
        retryPolicy,
        clock,
        sleeper,
        random,
        maxResponseBytes,
        maxErrorBodyBytes,
        explainer);
  }

  /**
   * Creates a transport with its context: gate, listener, vendor and version.
   *
   * @param client the HTTP client
   * @param context the gate, the listener, and what events name
   * @param userAgent the User-Agent header
   * @param requestTimeout the default wait for headers, and longest silence mid-body
   * @param attemptTimeout the default most one attempt may take
   * @param callTimeout the default most one call may take, retries and permit waits included
   * @param retryPolicy the default retry policy
   * @param clock the clock for Retry-After dates, the total retry time and the call timeout
   * @param sleeper waits between retries
   * @param random jitter source
   * @param maxResponseBytes the largest successful body read
   * @param maxErrorBodyBytes how much of an error body is read
   * @param explainer the vendor's explanation of auth failures
   */
  public Transport(
      HttpClient client,
      Context context,
      String userAgent,
      Duration requestTimeout,
      Duration attemptTimeout,
      Duration callTimeout,
      RetryPolicy retryPolicy,
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random,
      long maxResponseBytes,
      int maxErrorBodyBytes,
      AuthFailureExplainer explainer) {
    this.client = Objects.requireNonNull(client, "client");
    this.context = Objects.requireNonNull(context, "context");
    this.listening = context.listener() != RequestListener.none();
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.attemptTimeout = Objects.requireNonNull(attemptTimeout, "attemptTimeout");
    this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
    this.maxResponseBytes = maxResponseBytes;
    this.maxErrorBodyBytes = maxErrorBodyBytes;
    this.explainer = Objects.requireNonNull(explainer, "explainer");
  }

  /**
   * The HTTP client in use.
   *
   * @throws IllegalStateException once the transport was closed
   */
  public HttpClient httpClient() {
    HttpClient c = client;
    if (c == null) {
      throw closed();
    }
    return c;
  }

  /**
   * Stops using the HTTP client: later calls fail with {@link IllegalStateException}. The client
   * itself is closed by its owner; dropping the reference lets a JDK 17 client end its selector
   * thread once it is garbage.
   */
  public void close() {
    client = null;
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return client == null;
  }

  /** The simple name of {@code o}'s class, or the name after the package for one without. */
  private static String className(Object o) {
    String simple = o.getClass().getSimpleName();
    if (!simple.isEmpty()) {
      return simple;
    }
    String name = o.getClass().getName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static IllegalStateException closed() {
    return new IllegalStateException(
        "This OneRosterClient was closed; build a new one (OneRosterClient.builder()) to go on");
  }

  /**
   * Sends {@code call}, retrying as the policy allows, and hands a successful response to {@code
   * handler}. A DELETE that gets 404 after an earlier attempt also reaches the handler: the earlier
   * attempt already removed the object.
   */
  public <T> T execute(HttpCall call, ResponseHandler<T> handler) {
    RetryPolicy policy =
        call.options().retryPolicy() != null ? call.options().retryPolicy() : retryPolicy;
    Duration timeout =
        call.options().requestTimeout() != null ? call.options().requestTimeout() : requestTimeout;
    Duration perAttempt =
        call.options().attemptTimeout() != null ? call.options().attemptTimeout() : attemptTimeout;
    Duration perCall =
        call.options().callTimeout() != null ? call.options().callTimeout() : callTimeout;
    Instant start = clock.instant();
    boolean refreshed = false;
    int attempt = 0;
    while (true) {
      attempt++;
      if (client == null) {
        throw closed();
      }
      HttpRequest.Builder rb = HttpRequest.newBuilder(call.uri()).header("User-Agent", userAgent);
      rb.header("Accept", "application/json");
      if ("http".equalsIgnoreCase(call.uri().getScheme())) {
        // Plain http is only ever a loopback test server. Left to its default, the JDK client
        // asks it to upgrade to h2c on every request, which no SIS or test server does.
        rb.version(HttpClient.Version.HTTP_1_1);
      }
      // Vendor and per-call headers replace the client's defaults of the same name (an Accept or
      // User-Agent of the caller's is sent instead of ours, not beside it).
      for (Map.Entry<String, String> h : call.headers().entrySet()) {
        rb.setHeader(h.getKey(), h.getValue());
      }
      for (Map.Entry<String, String> h : call.options().headers().entrySet()) {
        rb.setHeader(h.getKey(), h.getValue());
      }
      if (call.body() != null) {
        rb.header("Content-Type", call.contentType());
        rb.method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
      } else {
        rb.method(call.method(), HttpRequest.BodyPublishers.noBody());
      }
      // Credentials are added before the wait for a permit (an OAuth 2 token request goes through
      // the gate itself and must not wait for a second permit while this attempt holds one),
      // except a signature with a timestamp, made after it: a permit may come minutes later, past
      // the server's tolerance for oauth_timestamp.
      boolean signAfterPermit = call.authenticator().signsWithTime();
      Object authHandle =
          signAfterPermit ? null : call.authenticator().apply(rb, call.method(), call.uri());

      long w0 = System.nanoTime();
      RequestGate.Permit permit =
          permit(call, attempt, perCall.minus(Duration.between(start, clock.instant())), w0);
      long t0 = System.nanoTime();
      // The attempt's bounds start after the permit: a long wait for it leaves the attempt only
      // what is left of the call, headers included.
      Limits limits =
          Limits.of(timeout, perAttempt, perCall, Duration.between(start, clock.instant()));
      HttpRequest request;
      try {
        rb.timeout(limits.headers);
        if (signAfterPermit) {
          authHandle = call.authenticator().apply(rb, call.method(), call.uri());
        }
        request = rb.build();
      } catch (RuntimeException | Error e) {
        permit.close();
        throw e;
      }
      // Without a listener no event is built: a write's overhead stays where the ceiling's is.
      RequestAttempt event = listening ? event(call, attempt, Duration.ofNanos(t0 - w0)) : null;
      RequestListener.Exchange exchange =
          listening ? started(event) : RequestListener.Exchange.NONE;
      Outcome<T> outcome;
      try {
        outcome = attempt(call, request, handler, attempt, t0, limits);
      } catch (RuntimeException | Error e) {
        finished(
            exchange,
            RequestResult.failed(
                RequestResult.Outcome.IO_ERROR,
                Duration.ofNanos(System.nanoTime() - t0),
                e.getClass().getSimpleName()));
        throw e;
      } finally {
        permit.close();
      }
      if (listening) {
        finished(exchange, outcome.result(Duration.ofNanos(System.nanoTime() - t0)));
      }
      if (outcome.done) {
        return outcome.value;
      }
      OneRosterException failure = outcome.failure;
      if (outcome.status == 401
          && !refreshed
          && call.authenticator().refreshAfterUnauthorized(authHandle)) {
        refreshed = true;
        attempt--; // the refresh-and-retry is not one of the policy's attempts
        LOG.debug(
            "{} {} got 401; retrying once with fresh credentials", call.method(), call.path());
        continue;
      }
      if (!outcome.retryable || attempt >= policy.maxAttempts()) {
        throw failure;
      }
      Duration delay;
      if (outcome.retryAfter != null) {
        delay = min(outcome.retryAfter, policy.maxRetryAfter());
      } else {
        delay = Backoff.fullJitter(attempt, policy.baseDelay(), policy.maxDelay(), random);
      }
      Duration elapsed = Duration.between(start, clock.instant());
      if (elapsed.plus(delay).compareTo(policy.maxTotalTime()) > 0) {
        LOG.debug(
            "{} {} not retried: the next wait would pass the total retry time of {}",
            call.method(),
            call.path(),
            policy.maxTotalTime());
        throw failure;
      }
      if (elapsed.plus(delay).compareTo(perCall) >= 0) {
        LOG.debug(
            "{} {} not retried: the next wait would pass the call timeout of {}",
            call.method(),
            call.path(),
            perCall);
        throw failure;
      }
      String cause =
          outcome.status > 0 ? "HTTP " + outcome.status : failure.getClass().getSimpleName();
      LOG.debug(
          "Retrying {} {} in {} ms (attempt {} of {}) after {}",
          call.method(),
          call.path(),
          delay.toMillis(),
          attempt + 1,
          policy.maxAttempts(),
          cause);
      RetryListener.Retry retry =
          new RetryListener.Retry(call.method(), call.path(), attempt + 1, delay, cause);
      tellRetryListener(call, retry);
      if (listening) {
        try {
          context.listener().retrying(event, retry);
        } catch (RuntimeException e) {
          LOG.warn("A request listener threw; ignored", e);
        }
      }
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure.addSuppressed(e);
        throw failure;
      }
    }
  }

  /**
   * Waits for the gate's permit, at most {@code left}: what is left of the call's time. Reports a
   * refusal as an attempt that ended {@link RequestResult.Outcome#GATE_REFUSED}.
   */
  private RequestGate.Permit permit(HttpCall call, int attempt, Duration left, long w0) {
    Duration wait = left.isNegative() ? Duration.ZERO : left;
    Optional<RequestGate.Permit> permit;
    try {
      permit = context.gate().acquire(context.gateKey(), context.concurrency(), wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(call.method() + " " + call.path() + " was interrupted", e);
    } catch (RuntimeException e) {
      refused(call, attempt, w0, e.getClass().getSimpleName());
      throw new TransportException(
          call.method()
              + " "
              + call.path()
              + ": the request gate ("
              + className(context.gate())
              + ") failed to grant a permit ("
              + e.getClass().getSimpleName()
              + "); nothing was sent. Check the gate's backend, or configure it to fall back to a"
              + " local limit",
          e);
    }
    if (permit == null || permit.isEmpty()) {
      refused(call, attempt, w0, "NoPermit");
      throw new TransportException(
          call.method()
              + " "
              + call.path()
              + ": no permit from the request gate within "
              + seconds(wait)
              + ", what was left of the call timeout; other requests to this SIS (from this"
              + " client, other clients or other workers sharing the gate) used its budget."
              + " Nothing was sent; try again later, lower the concurrency, or raise"
              + " callTimeout(Duration)",
          null);
    }
    return permit.get();
  }

  private void refused(HttpCall call, int attempt, long w0, String why) {
    Duration waited = Duration.ofNanos(System.nanoTime() - w0);
    finished(
        started(event(call, attempt, waited)),
        RequestResult.failed(RequestResult.Outcome.GATE_REFUSED, Duration.ZERO, why));
  }

  private RequestAttempt event(HttpCall call, int attempt, Duration permitWait) {
    RequestAttempt.Builder b =
        RequestAttempt.builder()
            .vendor(context.vendor())
            .version(context.version())
            .method(call.method())
            .endpoint(call.endpoint())
            .attempt(attempt)
            .permitWait(permitWait)
            .gateKey(context.gateKey());
    if (call.service() != null) {
      b.service(call.service());
    }
    return b.build();
  }

  private RequestListener.Exchange started(RequestAttempt event) {
    try {
      RequestListener.Exchange x = context.listener().attemptStarted(event);
      return x == null ? RequestListener.Exchange.NONE : x;
    } catch (RuntimeException e) {
      LOG.warn("A request listener threw; ignored", e);
      return RequestListener.Exchange.NONE;
    }
  }

  private static void finished(RequestListener.Exchange exchange, RequestResult result) {
    try {
      exchange.finished(result);
    } catch (RuntimeException e) {
      LOG.warn("A request listener threw; ignored", e);
    }
  }

  private static void tellRetryListener(HttpCall call, RetryListener.Retry retry) {
    RetryListener listener = call.options().retryListener();
    if (listener == null) {
      return;
    }
    try {
      listener.retrying(retry);
    } catch (RuntimeException e) {
      LOG.warn("A retry listener threw; ignored", e);
    }
  }

  /**
   * The bounds of one attempt: the wait for headers, the idle timeout of the body, and the deadline
   * of the whole attempt, which is the attempt timeout or what is left of the call's.
   */
  private static final class Limits {
    final Duration headers;
    final Duration idle;
    final Duration budget;
    final boolean callBound;
    final Duration callTimeout;
    final Duration attemptTimeout;
    final IdleTimeoutBody.Deadline deadline;

    private Limits(
        Duration headers,
        Duration idle,
        Duration budget,
        boolean callBound,
        Duration attemptTimeout,
        Duration callTimeout) {
      this.headers = headers;
      this.idle = idle;
      this.budget = budget;
      this.callBound = callBound;
      this.attemptTimeout = attemptTimeout;
      this.callTimeout = callTimeout;
      this.deadline = IdleTimeoutBody.Deadline.in(budget);
    }

    static Limits of(Duration request, Duration attempt, Duration call, Duration elapsed) {
      Duration left = call.minus(elapsed);
      if (left.compareTo(Duration.ofMillis(1)) < 0) {
        left = Duration.ofMillis(1);
      }
      boolean callBound = left.compareTo(attempt) < 0;
      Duration budget = callBound ? left : attempt;
      return new Limits(min(request, budget), request, budget, callBound, attempt, call);
    }

    /** Whether the header wait was cut short by the attempt's deadline. */
    boolean headersBoundByDeadline() {
      return headers.compareTo(idle) < 0;
    }
  }

  private <T> Outcome<T> attempt(
      HttpCall call,
      HttpRequest request,
      ResponseHandler<T> handler,
      int attempt,
      long t0,
      Limits limits) {
    HttpClient http = client;
    if (http == null) {
      throw closed();
    }
    HttpResponse<InputStream> response;
    try {
      // The request timeout covers the headers only; the body gets it as an idle timeout, and
      // the attempt's deadline as a bound on the whole answer.
      // Reads stream their large pages to the parser; the answer to a write, and a small page, is
      // read whole by the client's own threads, saving a hand-off per request.
      response =
          http.send(
              request,
              call.method().equals("GET")
                  ? IdleTimeoutBody.forRead(limits.idle, maxResponseBytes, limits.deadline)
                  : IdleTimeoutBody.buffered(limits.idle, maxResponseBytes, limits.deadline));
    } catch (IOException e) {
      logDone(call, "I/O error " + e.getClass().getSimpleName(), t0);
      return ioFailure(call, e, limits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(call.method() + " " + call.path() + " was interrupted", e);
    }
    int status = response.statusCode();
    if (LOG.isDebugEnabled()) {
      logDone(call, Integer.toString(status), t0);
    }
    boolean alreadyDeleted = status == 404 && attempt > 1 && call.method().equals("DELETE");
    try (InputStream raw = response.body()) {
      if ((status >= 200 && status < 300) || alreadyDeleted) {
        InputStream body =
            new LimitedInputStream(raw, maxResponseBytes, call.method() + " " + call.path());
        try {
          return Outcome.ok(handler.handle(status, response.headers(), body), status);
        } catch (IOException e) {
          return ioFailure(call, e, limits);
        }
      }
      byte[] buf = new byte[maxErrorBodyBytes];
      int n = readUpTo(raw, buf);
      Duration retryAfter =
          Backoff.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null), clock)
              .orElse(null);
      String hint = null;
      if (status == 401 || status == 403) {
        hint = explainer.explain(status, call.method(), call.path()).orElse(null);
      }
      OneRosterServiceException e =
          ErrorMapper.map(
              status,
              call.method(),
              call.path(),
              response.headers().firstValue("Content-Type").orElse(null),
              buf,
              n,
              retryAfter,
              hint);
      boolean retryable = status == 408 || status == 429 || (status >= 500 && status <= 599);
      return Outcome.failed(e, status, retryable, retryable ? retryAfter : null);
    } catch (IOException e) {
      return ioFailure(call, e, limits);
    }
  }

  private static int readUpTo(InputStream in, byte[] buf) throws IOException {
    int n = 0;
    while (n < buf.length) {
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  private void logDone(HttpCall call, String result, long t0) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} -> {} ({} ms)",
          call.method(),
          call.path(),
          result,
          (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /** An I/O failure: retried, unless it used up the call's time. */
  private static <T> Outcome<T> ioFailure(HttpCall call, IOException e, Limits limits) {
    boolean callOver = limits.callBound && deadlinePassed(e, limits);
    return Outcome.failed(transportError(call, e, limits), 0, !callOver, null);
  }

  private static boolean timedOut(IOException e) {
    if (e instanceof InterruptedIOException) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is the attempt's deadline passing (rather than the idle timeout). */
  private static boolean deadlinePassed(IOException e, Limits limits) {
    return timedOut(e)
        && !(e instanceof HttpConnectTimeoutException)
        && (limits.deadline.passed() || (limits.headersBoundByDeadline() && !isIdle(e)));
  }

  private static TransportException transportError(HttpCall call, IOException e, Limits limits) {
    URI u = call.uri();
    String where = hostAndPort(u);
    String what;
    boolean timedOut = timedOut(e);
    if (e instanceof HttpConnectTimeoutException) {
      what = "connecting to " + where + " timed out; check the URL and that the SIS is reachable";
    } else if (deadlinePassed(e, limits)) {
      what =
          limits.callBound
              ? "timed out: the call to "
                  + where
                  + " took longer than "
                  + seconds(limits.callTimeout)
                  + " (callTimeout), its attempts and retries included; try again later, or"
                  + " raise callTimeout(Duration) if the SIS is known to be this slow"
              : "timed out: the answer from "
                  + where
                  + " took longer than "
                  + seconds(limits.attemptTimeout)
                  + " (attemptTimeout), the most one attempt may take; the SIS sends too slowly."
                  + " Try again later, ask for smaller pages, or raise attemptTimeout(Duration)";
    } else if (timedOut) {
      what =
          "timed out waiting for "
              + where
              + " (nothing for "
              + seconds(limits.idle)
              + "); try again later, or raise requestTimeout(Duration) if the SIS is known to be"
              + " this slow";
    } else if (e instanceof ConnectException) {
      what = "could not connect to " + where + "; check the URL and that the SIS is reachable";
    } else if (e instanceof UnknownHostException) {
      what = "the host " + hostOf(u) + " is unknown; check the URL for typos";
    } else if (e instanceof SSLException) {
      what =
          "TLS with "
              + where
              + " failed ("
              + e.getClass().getSimpleName()
              + "); check the URL and the server's certificate";
    } else {
      what =
          "the connection to "
              + where
              + " broke off before the answer was complete ("
              + e.getClass().getSimpleName()
              + "): the SIS or a proxy in front of it failed mid-answer; try again later";
    }
    return new TransportException(call.method() + " " + call.path() + ": " + what, e);
  }

  /** Whether {@code e} is a body's idle timeout (see {@link IdleTimeoutBody}). */
  private static boolean isIdle(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.contains("no response data for")) {
        return true;
      }
    }
    return false;
  }

  /** {@code d} for a message: whole seconds, or milliseconds below a second. */
  static String seconds(Duration d) {
    return d.compareTo(Duration.ofSeconds(1)) < 0 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }

  /**
   * The host of {@code u} for a message, never {@code null}: {@code http://127.1} has no host in
   * {@link URI}'s terms, only an authority. User-info (which may hold credentials) is dropped.
   */
  public static String hostOf(URI u) {
    if (u.getHost() != null) {
      return u.getHost();
    }
    String authority = u.getRawAuthority();
    if (authority == null) {
      return "(no host)";
    }
    int at = authority.lastIndexOf('@');
    String hostPort = at < 0 ? authority : authority.substring(at + 1);
    int colon = hostPort.lastIndexOf(':');
    return colon > 0 && hostPort.indexOf(']') < colon ? hostPort.substring(0, colon) : hostPort;
  }

  /** Host and port of {@code u}, for a message. */
  public static String hostAndPort(URI u) {
    return hostOf(u) + (u.getPort() > 0 ? ":" + u.getPort() : "");
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static final class Outcome<T> {
    final boolean done;
    final T value;
    final OneRosterException failure;
    final int status;
    final boolean retryable;
    final Duration retryAfter;

    private Outcome(
        boolean done,
        T value,
        OneRosterException failure,
        int status,
        boolean retryable,
        Duration retryAfter) {
      this.done = done;
      this.value = value;
      this.failure = failure;
      this.status = status;
      this.retryable = retryable;
      this.retryAfter = retryAfter;
    }

    static <T> Outcome<T> ok(T value, int status) {
      return new Outcome<>(true, value, null, status, false, null);
    }

    /** The outcome as a request event shows it. */
    RequestResult result(Duration duration) {
      if (done) {
        return RequestResult.answered(status, RequestResult.Outcome.SUCCESS, duration);
      }
      if (status > 0) {
        return RequestResult.answered(status, RequestResult.Outcome.ofStatus(status), duration);
      }
      Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
      return RequestResult.failed(
          cause instanceof IOException io && timedOut(io)
              ? RequestResult.Outcome.TIMEOUT
              : RequestResult.Outcome.IO_ERROR,
          duration,
          cause.getClass().getSimpleName());
    }

    static <T> Outcome<T> failed(
        OneRosterException failure, int status, boolean retryable, Duration retryAfter) {
      return new Outcome<>(false, null, failure, status, retryable, retryAfter);
    }
  }
}
