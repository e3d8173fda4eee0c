package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;

/**
 * A stateful fake OneRoster SIS (1.1 by default, or 1.2) on the JDK's HTTP server, listening on the
 * loopback interface.
 *
 * <p>It serves every OneRoster 1.1 read endpoint over a {@link Seed} (filter, sort, orderBy,
 * fields, limit/offset with {@code X-Total-Count} and {@code Link}), stores gradebook PUTs as sent
 * (201 on create, 200 on update; a score above the maximum and {@code exempt} are kept), deletes
 * for real (204, then gone from every read), checks OAuth 2 bearer tokens or OAuth 1.0a signatures,
 * imitates vendor flavours ({@code generic}, {@code infinitecampus}, {@code skyward}, {@code
 * aeries}, {@code aspen}, {@code sims}), plays scripted {@link #faults() faults} and records every
 * {@link #requests() request}. Thread-safe.
 *
 * <p>With {@link Builder#version(OneRosterVersion) version(V1_2)} it speaks OneRoster 1.2 instead
 * (flavours {@code generic} and {@code infinitecampus}): the rostering and gradebook services under
 * {@link #rootUrl()} ({@code …/ims/oneroster/rostering/v1p2}, {@code …/gradebook/v1p2}), 1.2 JSON
 * shapes ({@code roles[]}, refs with {@code href} and 1.2 types, string booleans), score scales,
 * the assessment profile ({@code /assessmentLineItems}, {@code /assessmentResults}, with the {@code
 * assessment.*} scopes), the 1.2 lineItem and result rules, one {@code imsx_StatusInfo} object per
 * error, and OAuth 2 only with the {@code v1p2} scope URIs. It passes Google Classroom's OneRoster
 * 1.2 conformance notebook with {@link #rootUrl()} as its {@code one_roster_url}.
 *
 * <pre>{@code
 * try (FakeSis sis = FakeSis.builder().vendor("skyward").build().start()) {
 *   String base = sis.baseUrl();      // http://127.0.0.1:<port>/api/ims/oneroster/v1p1
 *   String token = sis.tokenUrl();    // http://127.0.0.1:<port>/api/token
 *   ...
 *   assertThat(sis.gradebook().lineItems()).hasSize(3);
 * }
 * }</pre>
 */
public final class FakeSis implements AutoCloseable {

  /** How API requests authenticate. */
  public enum Auth {
    /** OAuth 2 client credentials: bearer tokens from {@link #tokenUrl()}. */
    OAUTH2,
    /** OAuth 1.0a two-legged signatures (HMAC-SHA256 or HMAC-SHA1) with the client id/secret. */
    OAUTH1
  }

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, each small
    // response then waits ~40 ms for the client's delayed ACK. Read once when the server classes
    // load, so set it before the first server is created (unless the user chose otherwise).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Builder settings;
  private final Flavour flavour;
  private final Seed seed;
  private final Authenticator authenticator;
  private final GradebookStore store = new GradebookStore();
  private final Faults faults = new Faults();
  private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();
  private HttpServer server;
  private FrontDoor front;
  private ExecutorService executor;
  private volatile String origin;

  private FakeSis(Builder b) {
    this.settings = b;
    this.flavour =
        Flavour.create(b.vendor, new Flavour.Settings(b.appName, b.vendorKey, b.vendorSecret));
    if (!flavour.supports(b.version)) {
      throw new IllegalStateException(
          "The fake SIS flavour '"
              + flavour.id()
              + "' speaks OneRoster 1.1 only; for "
              + b.version
              + " use vendor generic or infinitecampus");
    }
    if (b.version == OneRosterVersion.V1_2 && b.auth == Auth.OAUTH1) {
      throw new IllegalStateException(
          "OneRoster 1.2 allows OAuth 2 only; remove auth(OAUTH1) or use version(V1_1)");
    }
    this.seed = b.seed;
    Set<String> scopes = b.scopes != null ? b.scopes : Authenticator.knownScopes(b.version);
    this.authenticator =
        new Authenticator(
            b.auth,
            b.version,
            b.clientId,
            b.clientSecret,
            b.clock,
            b.tokenLifetime,
            b.oauth1Tolerance,
            scopes);
    loadGradebook();
  }

  /**
   * A builder with the defaults: vendor {@code generic}, {@link Seed#small()}, an ephemeral port,
   * client id {@code test-client}, secret {@code test-secret}, OAuth 2, no page-size cap.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a generic fake SIS with the small seed.
   *
   * @return the started server
   */
  public static FakeSis startGeneric() {
    return builder().build().start();
  }

  /**
   * Starts listening (on 127.0.0.1). Calling it again does nothing.
   *
   * @return this server
   * @throws UncheckedIOException if the port cannot be bound
   */
  public synchronized FakeSis start() {
    if (server != null) {
      return this;
    }
    try {
      // The JDK server listens on a private loopback port; the front door on the public one
      // (see FrontDoor: malformed request targets get the SIS's error JSON, not a JDK page).
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on a loopback port", e);
    }
    AtomicInteger threads = new AtomicInteger();
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-sis-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", new SisHandler(this));
    server.start();
    try {
      front = new FrontDoor(settings.port, server.getAddress());
    } catch (IOException e) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
      throw new UncheckedIOException("Cannot listen on port " + settings.port, e);
    }
    origin = "http://127.0.0.1:" + front.port();
    return this;
  }

  /** Stops the server immediately; in-flight requests are abandoned. */
  @Override
  public synchronized void close() {
    if (server != null) {
      front.close();
      server.stop(0);
      executor.shutdownNow();
      server = null;
      front = null;
    }
  }

  // ---- addresses and credentials ---------------------------------------------------------

  /**
   * @return the listening port
   * @throws IllegalStateException if not started
   */
  public int port() {
    return java.net.URI.create(origin()).getPort();
  }

  /**
   * The OneRoster version this server speaks ({@link OneRosterVersion#V1_1} unless the builder
   * chose another).
   *
   * @return the version
   */
  public OneRosterVersion version() {
    return settings.version;
  }

  /**
   * The base URL a client is given (no trailing slash). OneRoster 1.1: the one base, e.g. {@code
   * http://127.0.0.1:5123/ims/oneroster/v1p1}. OneRoster 1.2: the {@link #rootUrl() root} ending in
   * {@code /ims/oneroster} (what Google's 1.2 notebook calls {@code one_roster_url}); the services
   * live below it, see {@link #serviceUrl(Service)}.
   *
   * @return the base URL
   * @throws IllegalStateException if not started
   */
  public String baseUrl() {
    return settings.version == OneRosterVersion.V1_1 ? origin() + flavour.basePath() : rootUrl();
  }

  /**
   * The root ending in {@code /ims/oneroster}, e.g. {@code http://127.0.0.1:5123/ims/oneroster}
   * (generic) or {@code …/campus/api/oneroster/v1p2/<appName>/ims/oneroster} (Infinite Campus 1.2).
   * In 1.1 it is the base without its {@code /v1p1}.
   *
   * @return the root URL
   * @throws IllegalStateException if not started
   */
  public String rootUrl() {
    return origin() + flavour.rootPath(settings.version);
  }

  /**
   * The base URL of one service. OneRoster 1.2: {@code <root>/rostering/v1p2}, {@code
   * <root>/gradebook/v1p2} or {@code <root>/resources/v1p2}. OneRoster 1.1: {@link #baseUrl()} for
   * every service.
   *
   * @param service the service
   * @return its base URL, without a trailing slash
   * @throws IllegalStateException if not started
   */
  public String serviceUrl(Service service) {
    Objects.requireNonNull(service, "service");
    if (settings.version == OneRosterVersion.V1_1) {
      return baseUrl();
    }
    return rootUrl() + "/" + service.pathSegment() + "/" + settings.version.pathSegment();
  }

  /**
   * What an administrator types for this flavour: the base URL (generic, Infinite Campus; the root
   * in 1.2) or the Skyward Application URL {@code http://127.0.0.1:<port>}.
   *
   * @return the admin URL
   */
  public String adminUrl() {
    return settings.version == OneRosterVersion.V1_1 ? flavour.adminUrl(origin()) : rootUrl();
  }

  /**
   * The OAuth 2 token URL, e.g. {@code …/oauth/token}, {@code …/api/token} (Skyward) or {@code
   * …/campus/oauth2/token?appName=…} (Infinite Campus).
   *
   * @return the token URL
   */
  public String tokenUrl() {
    String query = flavour.tokenQuery();
    return origin() + flavour.tokenPath() + (query == null ? "" : "?" + query);
  }

  /**
   * @return the OAuth client id (or OAuth 1.0a consumer key)
   */
  public String clientId() {
    return settings.clientId;
  }

  /**
   * @return the OAuth client secret (or OAuth 1.0a consumer secret)
   */
  public String clientSecret() {
    return settings.clientSecret;
  }

  /**
   * The vendor key for {@code x-vendor-authorization} (checked by the Infinite Campus flavour).
   *
   * @return the vendor key
   */
  public String vendorKey() {
    return settings.vendorKey;
  }

  /**
   * @return the vendor secret for {@code x-vendor-authorization}
   */
  public String vendorSecret() {
    return settings.vendorSecret;
  }

  /**
   * The vendor options a client needs for this flavour, e.g. {@code organisationId} for {@code
   * sims}; empty for most flavours.
   *
   * @return option names and values, for {@code OneRosterClient.builder().vendorOption(…)}
   */
  public java.util.Map<String, String> vendorOptions() {
    return flavour.vendorOptions();
  }

  /**
   * A client builder connected to this server the way the flavour's administrator connects: vendor
   * {@link #vendor()}, the {@link #adminUrl() URL they type}, the {@link #tokenUrl() token URL}
   * (OAuth 2), this server's credentials (OAuth 2 client credentials or OAuth 1.0a), its version,
   * the vendor credentials for Infinite Campus and the flavour's {@link #vendorOptions() vendor
   * options}. Change anything before {@code build()}, e.g. {@code .retryPolicy(…)}. A flavour other
   * than {@code generic} needs its vendor module (e.g. {@code oneroster-skyward}) installed.
   *
   * @return a new builder; {@code build()} makes a client of this server
   */
  public OneRosterClient.Builder clientBuilder() {
    OneRosterClient.Builder b =
        OneRosterClient.builder().vendor(flavour.id()).url(adminUrl()).version(settings.version);
    if (settings.auth == Auth.OAUTH1) {
      b.credentials(Credentials.oauth1(settings.clientId, settings.clientSecret));
    } else {
      b.tokenUrl(tokenUrl())
          .credentials(Credentials.clientCredentials(settings.clientId, settings.clientSecret));
    }
    if (flavour.id().equals("infinitecampus")) {
      b.vendorCredentials(settings.vendorKey, settings.vendorSecret);
    }
    flavour.vendorOptions().forEach(b::vendorOption);
    return b;
  }

  /**
   * A new client of this server; the same as {@code clientBuilder().build()}.
   *
   * @return a client connected to this server
   */
  public OneRosterClient client() {
    return clientBuilder().build();
  }

  /**
   * @return the vendor flavour id, e.g. {@code "generic"}
   */
  public String vendor() {
    return flavour.id();
  }

  /**
   * @return how API requests authenticate
   */
  public Auth auth() {
    return settings.auth;
  }

  /**
   * @return the email of the seed's first teacher
   */
  public String teacherEmail() {
    return seed.teacherEmail();
  }

  /**
   * @return the seed served
   */
  public Seed seed() {
    return seed;
  }

  // ---- state -----------------------------------------------------------------------------

  /**
   * @return the scripted faults of this server
   */
  public Faults faults() {
    return faults;
  }

  /**
   * The gradebook as it is now (live view), as OneRoster4j model types.
   *
   * @return the gradebook
   */
  public GradebookState gradebook() {
    return new GradebookState(this);
  }

  /**
   * The requests received so far, oldest first (at most the builder's {@code maxRecordedRequests},
   * the oldest dropped first).
   *
   * @return a copy of the recorded requests
   */
  public List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Forgets the recorded requests. */
  public void clearRequests() {
    synchronized (requests) {
      requests.clear();
    }
  }

  /**
   * Restores the seed's gradebook (flavour or seed categories, no other writes), clears faults and
   * recorded requests. Issued tokens stay valid.
   */
  public void reset() {
    loadGradebook();
    faults.clear();
    clearRequests();
  }

  private void loadGradebook() {
    store.clear();
    List<ObjectNode> categories = seed.roster().categories();
    if (categories == null) {
      categories =
          settings.version == OneRosterVersion.V1_1
              ? flavour.defaultCategories()
              : V12.defaultCategories(seed.roster());
    }
    for (ObjectNode c : categories) {
      store.putCategory(Nodes.id(c), c.deepCopy());
    }
    if (settings.version == OneRosterVersion.V1_2) {
      for (ObjectNode scale : V12.defaultScoreScales(seed.roster())) {
        store.scoreScales.put(Nodes.id(scale), scale);
      }
    }
    for (ObjectNode li : seed.roster().lineItems()) {
      store.putLineItem(Nodes.id(li), li.deepCopy());
    }
    for (ObjectNode r : seed.roster().results()) {
      store.putResult(Nodes.id(r), r.deepCopy());
    }
  }

  @Override
  public String toString() {
    return "FakeSis["
        + flavour.id()
        + ", "
        + settings.version
        + ", "
        + (origin == null ? "not started" : origin)
        + "]";
  }

  // ---- package-private wiring ------------------------------------------------------------

  /** {@code http://127.0.0.1:<port>}. */
  String origin() {
    String url = origin;
    if (url == null) {
      throw new IllegalStateException("FakeSis is not started; call start() first");
    }
    return url;
  }

  Flavour flavour() {
    return flavour;
  }

  Roster roster() {
    return seed.roster();
  }

  GradebookStore store() {
    return store;
  }

  Authenticator authenticator() {
    return authenticator;
  }

  Clock clock() {
    return settings.clock;
  }

  int maxPageSize() {
    return settings.maxPageSize;
  }

  void record(Call call, int status) {
    boolean token = call.rawPath.equals(flavour.tokenPath());
    RecordedRequest r =
        new RecordedRequest(
            call.method,
            call.rawPath,
            call.rawQuery,
            SisHandler.recordedHeaders(call.exchange),
            SisHandler.recordedBody(call, token),
            status,
            call.receivedAt);
    synchronized (requests) {
      requests.addLast(r);
      while (requests.size() > settings.maxRecordedRequests) {
        requests.removeFirst();
      }
    }
  }

  /** Builds a {@link FakeSis}; every setting has a default. */
  public static final class Builder {
    private String vendor = "generic";
    private Seed seed = Seed.small();
    private int port;
    private String clientId = "test-client";
    private String clientSecret = "test-secret";
    private Auth auth = Auth.OAUTH2;
    private int maxPageSize = Integer.MAX_VALUE;
    private Clock clock = Clock.systemUTC();
    private Duration tokenLifetime = Duration.ofHours(1);
    private Duration oauth1Tolerance = Duration.ofMinutes(10);
    private Set<String> scopes;
    private OneRosterVersion version = OneRosterVersion.V1_1;
    private String appName = "oneroster4j";
    private String vendorKey = "test-vendor-key";
    private String vendorSecret = "test-vendor-secret";
    private int maxRecordedRequests = 10_000;

    private Builder() {}

    /**
     * The vendor flavour: {@code generic} (default), {@code infinitecampus}, {@code skyward},
     * {@code aeries}, {@code aspen} or {@code sims}.
     *
     * @param vendor the flavour id
     * @return this builder
     */
    public Builder vendor(String vendor) {
      this.vendor = Objects.requireNonNull(vendor, "vendor");
      return this;
    }

    /**
     * The OneRoster version to speak (default {@link OneRosterVersion#V1_1}). {@link
     * OneRosterVersion#V1_2} is available for the {@code generic} and {@code infinitecampus}
     * flavours with OAuth 2; {@link #build()} refuses other combinations.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(OneRosterVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * @param seed the roster to serve (default {@link Seed#small()})
     * @return this builder
     */
    public Builder seed(Seed seed) {
      this.seed = Objects.requireNonNull(seed, "seed");
      return this;
    }

    /**
     * @param port the port on 127.0.0.1; 0 (default) picks a free one
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535");
      }
      this.port = port;
      return this;
    }

    /**
     * @param clientId the accepted client id / consumer key (default {@code test-client})
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * @param clientSecret the accepted client secret (default {@code test-secret})
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * @param auth how API requests authenticate (default {@link Auth#OAUTH2})
     * @return this builder
     */
    public Builder auth(Auth auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /**
     * Caps {@code limit}: collection pages hold at most this many items (default: no cap, so {@code
     * limit=10000} is honoured).
     *
     * @param maxPageSize at least 1
     * @return this builder
     */
    public Builder maxPageSize(int maxPageSize) {
      if (maxPageSize < 1) {
        throw new IllegalArgumentException("maxPageSize must be at least 1");
      }
      this.maxPageSize = maxPageSize;
      return this;
    }

    /**
     * The clock for token expiry, OAuth 1.0a timestamps and {@code dateLastModified} of writes.
     *
     * @param clock the clock (default system UTC)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param tokenLifetime lifetime of issued OAuth 2 tokens (default 1 hour)
     * @return this builder
     */
    public Builder tokenLifetime(Duration tokenLifetime) {
      if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
        throw new IllegalArgumentException("tokenLifetime must be positive");
      }
      this.tokenLifetime = tokenLifetime;
      return this;
    }

    /**
     * @param tolerance allowed OAuth 1.0a clock skew either way (default 10 minutes)
     * @return this builder
     */
    public Builder oauth1Tolerance(Duration tolerance) {
      this.oauth1Tolerance = Objects.requireNonNull(tolerance, "tolerance");
      return this;
    }

    /**
     * The scopes the client may be granted, as short names such as {@code gradebook.readonly}
     * (default: every scope the version defines for the endpoints served). A token request asking
     * for another scope gets {@code 400 invalid_scope}; a request needing a scope its token lacks
     * gets 403.
     *
     * @param scopes short scope names (without the {@code https://purl.imsglobal.org/…} prefix)
     * @return this builder
     */
    public Builder scopes(Set<String> scopes) {
      for (String s : scopes) {
        if (!Authenticator.ALL_SCOPES.contains(s)) {
          throw new IllegalArgumentException(
              "Unknown scope '" + s + "'; known: " + Authenticator.ALL_SCOPES);
        }
      }
      this.scopes = Set.copyOf(scopes);
      return this;
    }

    /**
     * @param appName the Infinite Campus application name in the URLs (default {@code oneroster4j})
     * @return this builder
     */
    public Builder appName(String appName) {
      if (!appName.matches("[A-Za-z0-9_-]+")) {
        throw new IllegalArgumentException("appName must be letters, digits, '-' or '_'");
      }
      this.appName = appName;
      return this;
    }

    /**
     * @param vendorKey key for {@code x-vendor-authorization} (Infinite Campus)
     * @param vendorSecret secret for {@code x-vendor-authorization}
     * @return this builder
     */
    public Builder vendorCredentials(String vendorKey, String vendorSecret) {
      this.vendorKey = Objects.requireNonNull(vendorKey, "vendorKey");
      this.vendorSecret = Objects.requireNonNull(vendorSecret, "vendorSecret");
      return this;
    }

    /**
     * @param max how many requests {@link #requests()} keeps (default 10,000; oldest dropped)
     * @return this builder
     */
    public Builder maxRecordedRequests(int max) {
      if (max < 0) {
        throw new IllegalArgumentException("max must be at least 0");
      }
      this.maxRecordedRequests = max;
      return this;
    }

    /**
     * @return a new, not yet started server
     * @throws IllegalArgumentException for an unknown vendor flavour
     * @throws IllegalStateException for {@link OneRosterVersion#V1_2} with a flavour other than
     *     {@code generic} or {@code infinitecampus}, or with OAuth 1.0a
     */
    public FakeSis build() {
      return new FakeSis(this);
    }
  }
}
