package org.oneroster4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.internal.json.CollectionReader;
import org.oneroster4j.internal.json.OneRosterJson;
import org.oneroster4j.model.Result;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading one {@code /results} page of 10,000 results in either version's shape: the client's
 * reader, which binds each result from the parser's tokens ({@link #streamResults}), against
 * reading the whole body into a Jackson tree ({@link #readTree}) and against reading every token
 * and binding nothing ({@link #scanTokens}, the ceiling).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ResultsPageBenchmark {
  /** The OneRoster version whose result shape the page has (1.2 adds the result's class). */
  @Param({"V1_1", "V1_2"})
  public OneRosterVersion version;

  private OneRosterJson json;
  private byte[] page;

  /** Builds the page body once. */
  @Setup
  public void setUp() {
    json = OneRosterJson.of(version);
    page = Fixtures.resultsPage(10_000, version);
  }

  /** Binds the page into {@link Result} records, one at a time, as the client pages. */
  @Benchmark
  public int streamResults(Blackhole bh) throws IOException {
    int n = 0;
    try (CollectionReader<Result> reader =
        json.readCollection(new ByteArrayInputStream(page), Result.class)) {
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

  /** Reads every token of the page and binds nothing (the ceiling). */
  @Benchmark
  public long scanTokens() throws IOException {
    return PageScan.tokens(new ByteArrayInputStream(page));
  }
}
