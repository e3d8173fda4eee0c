package org.oneroster4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The child JVM of the suite's roster step: reads every student either through the client's
 * streaming {@code PagedIterable} or by reading each whole page into a Jackson tree, then prints
 * {@code RESULT <users> <millis> <peakHeapMb>}.
 */
public final class RosterChild {
  private RosterChild() {}

  /**
   * Runs one roster read.
   *
   * @param args {@code stream|tree baseUrl tokenUrl clientId clientSecret pageSize}
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
    long users =
        mode.equals("stream")
            ? stream(baseUrl, tokenUrl, clientId, clientSecret, pageSize)
            : tree(baseUrl, tokenUrl, clientId, clientSecret, pageSize);
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
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String token = Suite.token(http, tokenUrl, clientId, clientSecret);
    ObjectMapper mapper = new ObjectMapper();
    long n = 0;
    for (int offset = 0; ; offset += pageSize) {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(baseUrl + "/students?limit=" + pageSize + "&offset=" + offset))
                  .timeout(Duration.ofMinutes(2))
                  .header("Authorization", "Bearer " + token)
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
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
}
