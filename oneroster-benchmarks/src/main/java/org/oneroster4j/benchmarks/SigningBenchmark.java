package org.oneroster4j.benchmarks;

import java.net.URI;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.oneroster4j.internal.auth.OAuth1Signer;
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

/** OAuth 1.0a HMAC-SHA256 signing of a paged, filtered GET and of a PUT: the per-request cost. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SigningBenchmark {
  private OAuth1Signer signer;
  private URI get;
  private URI put;

  /** Builds the signer and the request URIs. */
  @Setup
  public void setUp() {
    signer =
        new OAuth1Signer(
            "consumer-key-0123456789",
            "consumer-secret-abcdefghijklmnop",
            "HMAC-SHA256",
            "HmacSHA256",
            Clock.systemUTC(),
            new SplittableRandom(42));
    get =
        URI.create(
            "https://sis.example.org/ims/oneroster/v1p1/classes/class-17/results"
                + "?filter=status%3D%27active%27&limit=10000&offset=20000&sort=sourcedId");
    put =
        URI.create(
            "https://sis.example.org/ims/oneroster/v1p1/results/"
                + "c9f0f895-fb98-5b91-9f5c-1c6e1b2d3e44");
  }

  /** Signs a GET with four query parameters. */
  @Benchmark
  public String signGetWithQuery() {
    return signer.authorizationHeader("GET", get);
  }

  /** Signs a PUT of one result (the body is not signed). */
  @Benchmark
  public String signPut() {
    return signer.authorizationHeader("PUT", put);
  }
}
