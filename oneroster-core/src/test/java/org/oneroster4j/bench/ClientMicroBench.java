package org.oneroster4j.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.internal.PercentEncoding;
import org.oneroster4j.internal.auth.OAuth1Signer;
import org.oneroster4j.internal.json.CollectionReader;
import org.oneroster4j.internal.json.OneRosterJson;
import org.oneroster4j.model.User;
import org.oneroster4j.query.Query;
import org.oneroster4j.testsupport.Json;
import org.oneroster4j.testsupport.TestServer;
import org.oneroster4j.testsupport.TestServer.Reply;

/**
 * A plain benchmark main (not a test, no timed assertions): prints operations per second for OAuth
 * 1.0a signing, for parsing a 10,000-item users page, and for paging 10,000 users through the
 * client over loopback HTTP. Run it from the core module after {@code mvn test-compile} with the
 * test class path, for example via {@code exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.oneroster4j.bench.ClientMicroBench}.
 */
public final class ClientMicroBench {
  private ClientMicroBench() {}

  /** Runs the benchmarks and prints one line each. */
  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;

    OAuth1Signer signer =
        new OAuth1Signer(
            "consumer-key",
            "consumer-secret",
            "HMAC-SHA256",
            "HmacSHA256",
            Clock.systemUTC(),
            new SecureRandom());
    URI uri =
        URI.create(
            "https://sis.example.org/ims/oneroster/v1p1/teachers?filter="
                + PercentEncoding.encode("email='kim.o''brien@example.org'")
                + "&limit=100&offset=0");
    long[] sink = {0};
    report(
        "OAuth1 HMAC-SHA256 sign (GET with filter)",
        run(seconds, () -> sink[0] += signer.authorizationHeader("GET", uri).length()),
        "ops/s");

    byte[] page = Json.users(0, 10_000).getBytes(StandardCharsets.UTF_8);
    OneRosterJson json = OneRosterJson.get();
    double pages =
        run(
            seconds,
            () -> {
              long n = 0;
              try (CollectionReader<User> r =
                  json.readCollection(new ByteArrayInputStream(page), User.class)) {
                while (r.hasNext()) {
                  r.next();
                  n++;
                }
              }
              return n;
            });
    report(
        "Parse 10,000-item users page (" + page.length / 1024 + " KiB)",
        pages,
        String.format(Locale.ROOT, "pages/s = %,.0f users/s", pages * 10_000));

    try (TestServer server = TestServer.start()) {
      byte[][] pagesOf1000 = new byte[10][];
      for (int i = 0; i < 10; i++) {
        pagesOf1000[i] = Json.users(i * 1000, i * 1000 + 1000).getBytes(StandardCharsets.UTF_8);
      }
      server.handler(
          r -> {
            int offset = Integer.parseInt(r.rawQuery().replaceAll(".*offset=(\\d+).*", "$1"));
            byte[] body = pagesOf1000[Math.min(offset / 1000, 9)];
            return new Reply(
                    200,
                    java.util.Map.of("Content-Type", java.util.List.of("application/json")),
                    body,
                    0)
                .header("X-Total-Count", "10000");
          });
      OneRosterClient sis =
          OneRosterClient.builder()
              .url(server.baseUrl())
              .credentials(Credentials.oauth1("key", "secret"))
              .build();
      Query q = Query.builder().pageSize(1000).build();
      double runs = run(seconds, () -> sis.users(q).stream().count());
      report(
          "Client: page 10,000 users over loopback (10 x 1,000, OAuth1)",
          runs,
          String.format(Locale.ROOT, "collections/s = %,.0f users/s", runs * 10_000));
    }
    if (sink[0] == 42) {
      System.out.println();
    }
  }

  private static double run(double seconds, LongSupplier op) {
    long warmEnd = System.nanoTime() + (long) (seconds * 0.5e9);
    while (System.nanoTime() < warmEnd) {
      op.getAsLong();
    }
    long ops = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    long now;
    do {
      op.getAsLong();
      ops++;
      now = System.nanoTime();
    } while (now < end);
    return ops / ((now - start) / 1e9);
  }

  private static void report(String what, double perSecond, String unit) {
    System.out.printf(Locale.ROOT, "%-62s %,14.1f %s%n", what, perSecond, unit);
  }
}
