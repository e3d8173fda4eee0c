package org.oneroster4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneroster4j.export.StableIds;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

/**
 * Kills an exporting JVM mid-run ({@code destroyForcibly}), exports again, and checks that the fake
 * SIS then holds exactly the gradebook: every lineItem and result once, with the right score, and
 * nothing else.
 */
class CrashDrillTest {
  private static final String NAMESPACE = "crash-drill";
  private static final int CLASSES = 4;
  private static final int STUDENTS = 20;
  private static final int ASSIGNMENTS = 12;
  private static final int KILL_AFTER_WRITES = 250;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void exportKilledMidRun_thenRunAgain_leavesExactlyTheGradebook_withoutDuplicates(
      @TempDir Path dir) throws Exception {
    Seed seed = Seed.large(1, 1, CLASSES, STUDENTS);
    try (FakeSis sis = FakeSis.builder().seed(seed).maxRecordedRequests(100_000).build()) {
      sis.start();

      Process first = startExport(sis, dir.resolve("first.out"));
      long writesAtKill = awaitWrites(sis, first, dir.resolve("first.out"));
      first.destroyForcibly();
      assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
      long written = writes(sis);
      // The kill came mid-run: some but not all of the writes were made.
      assertThat(writesAtKill).as("writes when killed").isGreaterThanOrEqualTo(KILL_AFTER_WRITES);
      assertThat(written).as("writes before the kill").isLessThan(expectedWrites());

      Process second = startExport(sis, dir.resolve("second.out"));
      assertThat(second.waitFor(5, TimeUnit.MINUTES)).as("second run finished").isTrue();
      String output = Files.readString(dir.resolve("second.out"));
      assertThat(second.exitValue()).as(output).isZero();

      assertExactGradebook(sis, seed);

      // And a third run has nothing left to do.
      sis.clearRequests();
      Process third = startExport(sis, dir.resolve("third.out"));
      assertThat(third.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(third.exitValue()).as(Files.readString(dir.resolve("third.out"))).isZero();
      assertThat(writes(sis)).as("writes of a run after completion").isZero();
    }
  }

  private static long expectedWrites() {
    return (long) CLASSES * ASSIGNMENTS * (1 + STUDENTS);
  }

  private static Process startExport(FakeSis sis, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx128m",
            "-cp",
            System.getProperty("java.class.path"),
            ExportChild.class.getName(),
            sis.baseUrl(),
            sis.tokenUrl(),
            sis.clientId(),
            sis.clientSecret(),
            NAMESPACE,
            String.valueOf(CLASSES),
            String.valueOf(STUDENTS),
            String.valueOf(ASSIGNMENTS),
            "4")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static long awaitWrites(FakeSis sis, Process child, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      long w = writes(sis);
      if (w >= KILL_AFTER_WRITES) {
        return w;
      }
      if (!child.isAlive()) {
        throw new AssertionError(
            "the export child ended at " + w + " writes: " + Files.readString(log));
      }
      Thread.sleep(2);
    }
    throw new AssertionError("the export child never reached " + KILL_AFTER_WRITES + " writes");
  }

  private static long writes(FakeSis sis) {
    return sis.requests().stream().filter(CrashDrillTest::isWrite).count();
  }

  private static boolean isWrite(RecordedRequest r) {
    return r.method().equals("PUT") || r.method().equals("DELETE");
  }

  /** Reads the SIS state with plain HTTP (not the SDK) and compares it with the gradebook. */
  private static void assertExactGradebook(FakeSis sis, Seed seed) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String token = Suite.token(http, sis.tokenUrl(), sis.clientId(), sis.clientSecret());
    JsonNode lineItems =
        get(http, token, sis.baseUrl() + "/lineItems?limit=100000").get("lineItems");
    JsonNode results = get(http, token, sis.baseUrl() + "/results?limit=100000").get("results");

    StableIds ids = StableIds.forNamespace(NAMESPACE);
    Set<String> expectedLineItems = new HashSet<>();
    Map<String, Double> expectedScores = new HashMap<>();
    List<String> classIds = seed.classIdsOf(seed.teacherId());
    for (int c = 0; c < CLASSES; c++) {
      String classId = classIds.get(c);
      List<String> students = seed.studentIdsOf(classId);
      for (int a = 1; a <= ASSIGNMENTS; a++) {
        String lineItemId = ids.lineItemId(classId, Gradebooks.assignmentId(a));
        expectedLineItems.add(lineItemId);
        for (int s = 0; s < students.size(); s++) {
          expectedScores.put(ids.resultId(lineItemId, students.get(s)), Gradebooks.score(c, a, s));
        }
      }
    }

    assertThat(lineItems.size()).isEqualTo(expectedLineItems.size());
    Set<String> seenLineItems = new HashSet<>();
    for (JsonNode li : lineItems) {
      String id = li.get("sourcedId").asText();
      assertThat(seenLineItems.add(id)).as("duplicate lineItem %s", id).isTrue();
      assertThat(expectedLineItems).contains(id);
    }

    assertThat(results.size()).isEqualTo(expectedScores.size());
    Set<String> seenResults = new HashSet<>();
    for (JsonNode r : results) {
      String id = r.get("sourcedId").asText();
      assertThat(seenResults.add(id)).as("duplicate result %s", id).isTrue();
      assertThat(expectedScores).containsKey(id);
      assertThat(r.get("score").asDouble()).as("score of %s", id).isEqualTo(expectedScores.get(id));
      assertThat(expectedLineItems).contains(r.get("lineItem").get("sourcedId").asText());
    }
  }

  private static JsonNode get(HttpClient http, String token, String url) throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return MAPPER.readTree(response.body());
  }
}
