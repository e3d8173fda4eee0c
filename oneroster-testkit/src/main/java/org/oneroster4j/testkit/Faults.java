package org.oneroster4j.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Scripted faults of a {@link FakeSis}. A fault is chosen before the request is handled — before
 * authentication and before anything is stored — so a faulted PUT changes nothing. Rules are tried
 * in the order they were added; the first that applies wins. Faults target OneRoster API requests
 * unless {@link Trigger#onTokenEndpoint()} is used.
 *
 * <pre>{@code
 * sis.faults().next(2).rateLimit(Duration.ofSeconds(1));       // two 429s with Retry-After: 1
 * sis.faults().matching("/results/").times(1).respond(503);      // one 503 on a results path
 * sis.faults().randomly(0.2, 42).dropConnection();               // 20% of requests, seeded
 * sis.faults().next(1).delay(Duration.ofMillis(300));            // slow, then handled normally
 * sis.faults().capPageSize(10);                                  // the server caps limit at 10
 * sis.faults().omitTotalCount();                                 // no X-Total-Count header
 * sis.faults().omitLinkHeader();                                 // no Link header
 * }</pre>
 */
public final class Faults {
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private volatile int pageSizeCap = Integer.MAX_VALUE;
  private volatile boolean omitTotalCount;
  private volatile boolean omitLinkHeader;

  Faults() {}

  /**
   * Faults the next {@code requests} requests.
   *
   * @param requests how many requests (at least 1)
   * @return the trigger, to finish with an action such as {@link Trigger#respond(int)}
   */
  public Trigger next(int requests) {
    if (requests < 1) {
      throw new IllegalArgumentException("requests must be at least 1");
    }
    return new Trigger().times(requests);
  }

  /**
   * Faults every request whose path contains a match of {@code pathRegex} (found anywhere in the
   * full request path, e.g. {@code "/lineItems/"}); limit it with {@link Trigger#times(int)}.
   *
   * @param pathRegex a {@link Pattern} regular expression
   * @return the trigger
   */
  public Trigger matching(String pathRegex) {
    return new Trigger().path(Pattern.compile(Objects.requireNonNull(pathRegex, "pathRegex")));
  }

  /**
   * Faults requests at random with probability {@code rate}, reproducibly from {@code seed}.
   *
   * @param rate probability in [0, 1]
   * @param seed random seed
   * @return the trigger
   */
  public Trigger randomly(double rate, long seed) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be between 0 and 1");
    }
    return new Trigger().random(rate, seed);
  }

  /**
   * Caps the page size: collection reads return at most {@code maxItems} items whatever {@code
   * limit} asks for (a lower builder {@link FakeSis.Builder#maxPageSize(int)} still applies).
   *
   * @param maxItems the cap (at least 1)
   */
  public void capPageSize(int maxItems) {
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems must be at least 1");
    }
    pageSizeCap = maxItems;
  }

  /**
   * Collection reads no longer send {@code X-Total-Count}, like a SIS that does not count. With
   * {@link #omitLinkHeader()} too, a client can only tell the last page by an empty one.
   */
  public void omitTotalCount() {
    omitTotalCount = true;
  }

  /** Collection reads no longer send a {@code Link} header (no {@code rel="next"}). */
  public void omitLinkHeader() {
    omitLinkHeader = true;
  }

  /** Removes every rule, the page-size cap and the omitted paging headers. */
  public void clear() {
    rules.clear();
    pageSizeCap = Integer.MAX_VALUE;
    omitTotalCount = false;
    omitLinkHeader = false;
  }

  /**
   * @return the number of rules that can still fire
   */
  public int pending() {
    return (int) rules.stream().filter(r -> r.remaining.get() != 0).count();
  }

  int pageSizeCap() {
    return pageSizeCap;
  }

  boolean omitsTotalCount() {
    return omitTotalCount;
  }

  boolean omitsLinkHeader() {
    return omitLinkHeader;
  }

  /** Which requests a fault applies to; finish it with one action, which installs the rule. */
  public final class Trigger {
    private int times = -1;
    private Pattern path;
    private String method;
    private double rate = 1;
    private Random random;
    private boolean token;

    private Trigger() {}

    /**
     * Limits the rule to {@code n} faulted requests.
     *
     * @param n at least 1
     * @return this trigger
     */
    public Trigger times(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("n must be at least 1");
      }
      times = n;
      return this;
    }

    /**
     * Only requests with this HTTP method.
     *
     * @param httpMethod e.g. {@code "PUT"}
     * @return this trigger
     */
    public Trigger method(String httpMethod) {
      method = Objects.requireNonNull(httpMethod, "httpMethod").toUpperCase(java.util.Locale.ROOT);
      return this;
    }

    /**
     * Targets token requests (OAuth 2 token endpoint) instead of OneRoster API requests.
     *
     * @return this trigger
     */
    public Trigger onTokenEndpoint() {
      token = true;
      return this;
    }

    private Trigger path(Pattern pattern) {
      path = pattern;
      return this;
    }

    private Trigger random(double probability, long seed) {
      rate = probability;
      random = new Random(seed);
      return this;
    }

    /**
     * Answers with {@code status} and an imsx status-info body (codeMinor {@code server_busy} for
     * 429, {@code internal_server_error} for 5xx).
     *
     * @param status an HTTP status, 400–599
     */
    public void respond(int status) {
      respond(status, null);
    }

    /**
     * Answers with {@code status}, a {@code Retry-After} header in whole seconds (rounded up) and
     * an imsx status-info body.
     *
     * @param status an HTTP status, 400–599
     * @param retryAfter the Retry-After delay, or null for none
     */
    public void respond(int status, Duration retryAfter) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("status must be 400-599");
      }
      install(new Action(Action.Kind.RESPOND, status, retryAfter, null));
    }

    /**
     * Answers 429 Too Many Requests with {@code Retry-After}.
     *
     * @param retryAfter the delay to announce
     */
    public void rateLimit(Duration retryAfter) {
      respond(429, Objects.requireNonNull(retryAfter, "retryAfter"));
    }

    /**
     * Waits {@code delay}, then handles the request normally.
     *
     * @param delay how long to wait
     */
    public void delay(Duration delay) {
      install(new Action(Action.Kind.DELAY, 0, Objects.requireNonNull(delay, "delay"), null));
    }

    /** Closes the connection without sending any response. */
    public void dropConnection() {
      install(new Action(Action.Kind.DROP, 0, null, null));
    }

    /**
     * Handles the request normally and adds a warning to a successful answer: an imsx status info
     * with codeMajor {@code success} and severity {@code warning}. OneRoster 1.1 answers carry it
     * in a {@code statusInfoSet} beside the echoed object; 1.2 answers (no body otherwise) carry it
     * as the body, with 200 instead of 204. Streamed collection pages and errors are unchanged, and
     * such a request still uses up one of the rule's {@link #times}.
     *
     * <pre>{@code
     * sis.faults().matching("/results/").method("PUT").times(1)
     *     .warn("rounded", "score rounded to 1 decimal");
     * }</pre>
     *
     * @param codeMinor the codeMinor, for example {@code rounded}
     * @param description the description
     */
    public void warn(String codeMinor, String description) {
      ApiError warning =
          new ApiError(
              200,
              Objects.requireNonNull(codeMinor, "codeMinor"),
              Objects.requireNonNull(description, "description"));
      install(new Action(Action.Kind.WARN, 0, null, warning));
    }

    private void install(Action action) {
      rules.add(new Rule(this, action));
    }
  }

  /** What a fault does; {@code warning} is the status info a WARN adds to a success. */
  record Action(Kind kind, int status, Duration duration, ApiError warning) {
    enum Kind {
      RESPOND,
      DELAY,
      DROP,
      WARN
    }
  }

  private static final class Rule {
    final Pattern path;
    final String method;
    final double rate;
    final Random random;
    final boolean token;
    final AtomicInteger remaining;
    final Action action;

    Rule(Trigger t, Action action) {
      this.path = t.path;
      this.method = t.method;
      this.rate = t.rate;
      this.random = t.random;
      this.token = t.token;
      this.remaining = new AtomicInteger(t.times);
      this.action = action;
    }

    boolean claim(String requestMethod, String requestPath, boolean tokenRequest) {
      if (token != tokenRequest
          || (method != null && !method.equals(requestMethod))
          || (path != null && !path.matcher(requestPath).find())) {
        return false;
      }
      if (random != null) {
        synchronized (random) {
          if (random.nextDouble() >= rate) {
            return false;
          }
        }
      }
      while (true) {
        int left = remaining.get();
        if (left == 0) {
          return false;
        }
        if (left < 0 || remaining.compareAndSet(left, left - 1)) {
          return true;
        }
      }
    }
  }

  /** The action for this request, or null. */
  Action match(String method, String path, boolean tokenRequest) {
    for (Rule rule : rules) {
      if (rule.claim(method, path, tokenRequest)) {
        if (rule.remaining.get() == 0) {
          rules.remove(rule);
        }
        return rule.action;
      }
    }
    return null;
  }
}
