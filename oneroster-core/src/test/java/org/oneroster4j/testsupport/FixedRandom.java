package org.oneroster4j.testsupport;

import java.util.random.RandomGenerator;

/** A random source whose {@code nextDouble()} is a fixed value, so jittered delays are exact. */
public final class FixedRandom implements RandomGenerator {
  private final double value;

  /** Every {@code nextDouble()} returns {@code value}. */
  public FixedRandom(double value) {
    this.value = value;
  }

  @Override
  public long nextLong() {
    return 42L;
  }

  @Override
  public double nextDouble() {
    return value;
  }
}
