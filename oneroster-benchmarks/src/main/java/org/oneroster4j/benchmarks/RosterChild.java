package org.oneroster4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.model.User;

/**
 * The child JVM of the suite's roster step: reads every student through the client's streaming
 * {@code PagedIterable} ({@code stream}), by reading each whole page into a Jackson tree ({@code
 * tree}), or, the ceiling, by a bare {@link HttpClient} whose pages Jackson's streaming parser
 * reads token by token, binding nothing ({@code ceiling}); then prints {@code RESULT <users>
 * <millis> <peakHeapMb>}. The three read the same pages, over HTTP/1.1 like the SDK.
 */
public final class RosterChild {
  private RosterChild() {}

  /**
   * Runs one roster read.
   *
   * @param args {@code stream|tree|ceiling baseUrl tokenUrl clientId clientSecret pageSize}
   * @throws Exception when the read fails (the parent reports it)
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String baseUrl = args[1];
    String tokenUrl = args[2];
    String clientId = args[3];
    String clientSecret = args[4];
    int pageSize = Integer.parseInt(args[5]);
    long t0 = System.nanoTime();
    long users;
    switch (mode) {
      case "stream":
        users = stream(baseUrl, tokenUrl, clientId, clientSecret, pageSize);
        break;
      case "tree":
        users = tree(baseUrl, tokenUrl, clientId, clientSecret, pageSize);
        break;
      case "ceiling":
        users = ceiling(baseUrl, tokenUrl, clientId, clientSecret, pageSize);
        break;
      default:
        throw new IllegalArgumentException("mode " + mode);
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("RESULT " + users + " " + millis + " " + (peak >> 20));
  }

  private static long stream(
      String baseUrl, String tokenUrl, String clientId, String clientSecret, int pageSize) {
    OneRosterClient client =
        OneRosterClient.builder()
            .url(baseUrl)
            .tokenUrl(tokenUrl)
            .credentials(Credentials.clientCredentials(clientId, clientSecret))
            .allowInsecureHttp(true)
            .pageSize(pageSize)
            .requestTimeout(Duration.ofMinutes(2))
            .build();
    long n = 0;
    for (User user : client.students()) {
      if (user.sourcedId() != null) {
        n++;
      }
    }
    return n;
  }

  private static long tree(
      String baseUrl, String tokenUrl, String clientId, String clientSecret, int pageSize)
      throws Exception {
    HttpClient http = http();
    String token = Suite.token(http, tokenUrl, clientId, clientSecret);
    ObjectMapper mapper = new ObjectMapper();
    long n = 0;
    for (int offset = 0; ; offset += pageSize) {
      HttpResponse<byte[]> response =
          http.send(
              page(baseUrl, token, pageSize, offset), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      JsonNode page = mapper.readTree(response.body()).path("users");
      int count = 0;
      for (JsonNode user : page) {
        if (user.hasNonNull("sourcedId")) {
          count++;
        }
      }
      n += count;
      if (page.size() < pageSize) {
        return n;
      }
    }
  }

  /**
   * The ceiling: each page's body streamed from a bare {@link HttpClient} into Jackson's streaming
   * parser, every token read and nothing bound; a page's users are the objects directly inside the
   * array under the root object.
   */
  private static long ceiling(
      String baseUrl, String tokenUrl, String clientId, String clientSecret, int pageSize)
      throws Exception {
    HttpClient http = http();
    String token = Suite.token(http, tokenUrl, clientId, clientSecret);
    JsonFactory factory = new JsonFactory();
    long n = 0;
    for (int offset = 0; ; offset += pageSize) {
      HttpResponse<InputStream> response =
          http.send(
              page(baseUrl, token, pageSize, offset), HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      int count = 0;
      try (JsonParser parser = factory.createParser(response.body())) {
        int depth = 0;
        for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
          if (t.isStructStart()) {
            if (depth == 2 && t == JsonToken.START_OBJECT) {
              count++;
            }
            depth++;
          } else if (t.isStructEnd()) {
            depth--;
          }
        }
      }
      n += count;
      if (count < pageSize) {
        return n;
      }
    }
  }

  /** HTTP/1.1 on a loopback http URL, like the SDK (left to its default, the JDK asks for h2c). */
  private static HttpClient http() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpRequest page(String baseUrl, String token, int pageSize, int offset) {
    return HttpRequest.newBuilder(
            URI.create(baseUrl + "/students?limit=" + pageSize + "&offset=" + offset))
        .timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .build();
  }
}
