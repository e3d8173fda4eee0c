package org.oneroster4j.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The export's ceiling: the export's PUTs, pre-built and pre-authorized, sent by a bare {@link
 * HttpClient} at the export's concurrency, phase by phase (categories, lineItems, results) as the
 * exporter orders them. Used in the suite's process and, for a cold start, in a child JVM ({@link
 * CeilingChild}).
 */
final class Ceiling {
  private Ceiling() {}

  /** One captured write: its path below the server root and its JSON body. */
  record Put(String path, byte[] body) {}

  /** HTTP/1.1 like the SDK on a loopback http URL (left to its default, the JDK asks for h2c). */
  static HttpClient http() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** The ready-to-send requests of {@code puts}, with a bearer token fetched beforehand. */
  static List<HttpRequest> requests(URI base, List<Put> puts, String token) {
    List<HttpRequest> requests = new ArrayList<>(puts.size());
    for (Put put : puts) {
      requests.add(
          HttpRequest.newBuilder(base.resolve(put.path()))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofByteArray(put.body()))
              .build());
    }
    return requests;
  }

  /**
   * Sends the requests phase by phase with {@code concurrency} workers; returns the 2xx count. A
   * request whose pooled connection the server had closed is sent again at once (counted in {@code
   * retries}), as the SDK's retry does.
   */
  static int send(
      HttpClient http, List<HttpRequest> requests, int concurrency, AtomicInteger retries)
      throws Exception {
    AtomicInteger ok = new AtomicInteger();
    int start = 0;
    while (start < requests.size()) {
      String phase = phaseOf(requests.get(start));
      int end = start;
      while (end < requests.size() && phaseOf(requests.get(end)).equals(phase)) {
        end++;
      }
      sendAll(http, requests.subList(start, end), concurrency, ok, retries);
      start = end;
    }
    return ok.get();
  }

  private static String phaseOf(HttpRequest r) {
    String p = r.uri().getPath();
    return p.substring(0, p.lastIndexOf('/'));
  }

  private static void sendAll(
      HttpClient http,
      List<HttpRequest> requests,
      int concurrency,
      AtomicInteger ok,
      AtomicInteger retries)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < concurrency; w++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < requests.size();
                      i = next.getAndIncrement()) {
                    HttpResponse<byte[]> response;
                    try {
                      response =
                          http.send(requests.get(i), HttpResponse.BodyHandlers.ofByteArray());
                    } catch (IOException e) {
                      retries.incrementAndGet();
                      response =
                          http.send(requests.get(i), HttpResponse.BodyHandlers.ofByteArray());
                    }
                    if (response.statusCode() / 100 == 2) {
                      ok.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : workers) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
