package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendorUrlsLoopbackTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "localhost, true",
    "LOCALHOST, true",
    "127.0.0.1, true",
    "127.9.8.7, true",
    "[::1], true",
    "::1, true",
    "10.0.0.1, false",
    "128.0.0.1, false",
    "sis.district.org, false",
    "localhost.evil.example, false",
    "127.0.0.1.nip.io, false",
  })
  void isLoopback_acceptsOnlyLiteralLoopbackAddressesAndLocalhost(String host, boolean expected) {
    assertThat(VendorUrls.isLoopback(host)).isEqualTo(expected);
  }

  @Test
  void isLoopback_nullHost_isFalse() {
    assertThat(VendorUrls.isLoopback(null)).isFalse();
  }
}
