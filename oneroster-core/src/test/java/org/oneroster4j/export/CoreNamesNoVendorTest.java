package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The connection check, its diagnosis and the vendor registry name no vendor: vendor knowledge
 * lives in the vendor modules and reaches core through the SPI.
 */
class CoreNamesNoVendorTest {
  private static final List<String> VENDOR_WORDS =
      List.of("skyward", "infinite campus", "infinitecampus", "aeries", "aspen", "sims", "follett");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org/oneroster4j/export/ConnectionCheck.java",
        "org/oneroster4j/export/Diagnosis.java",
        "org/oneroster4j/spi/SisVendors.java",
        "org/oneroster4j/spi/PartnerInfo.java"
      })
  void source_namesNoVendor(String file) throws IOException {
    String text = Files.readString(Path.of("src/main/java").resolve(file)).toLowerCase(Locale.ROOT);
    for (String word : VENDOR_WORDS) {
      assertThat(text)
          .as(
              file
                  + " names the vendor '"
                  + word
                  + "': move that knowledge into the vendor module behind an SisVendor hook")
          .doesNotContainPattern("\\b" + word + "\\b");
    }
  }
}
