package org.oneroster4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.oneroster4j.internal.json.OneRosterJson;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Serializing the PUT bodies of the export: {@code {"lineItem":{…}}} and {@code {"result":{…}}}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SerializationBenchmark {
  private final OneRosterJson json = OneRosterJson.get();
  private final LineItem lineItem = Fixtures.lineItem();
  private final Result result = Fixtures.result();

  /** One lineItem PUT body. */
  @Benchmark
  public byte[] writeLineItem() {
    return json.writeSingle(lineItem);
  }

  /** One result PUT body. */
  @Benchmark
  public byte[] writeResult() {
    return json.writeSingle(result);
  }
}
