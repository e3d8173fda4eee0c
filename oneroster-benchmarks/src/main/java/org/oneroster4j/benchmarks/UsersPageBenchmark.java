package org.oneroster4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.oneroster4j.internal.json.CollectionReader;
import org.oneroster4j.internal.json.OneRosterJson;
import org.oneroster4j.model.User;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing one {@code /users} page of 10,000 users: the streaming reader the client pages with,
 * against reading the whole body into a Jackson tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class UsersPageBenchmark {
  private final OneRosterJson json = OneRosterJson.get();
  private byte[] page;

  /** Builds the page body once. */
  @Setup
  public void setUp() {
    page = Fixtures.usersPage(10_000);
  }

  /** Streams the page into {@link User} records, one at a time. */
  @Benchmark
  public int streamUsers(Blackhole bh) throws IOException {
    int n = 0;
    try (CollectionReader<User> reader =
        json.readCollection(new ByteArrayInputStream(page), User.class)) {
      while (reader.hasNext()) {
        bh.consume(reader.next());
        n++;
      }
    }
    return n;
  }

  /** Reads the whole page into a tree (for comparison). */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return json.mapper().readTree(page);
  }
}
