package org.oneroster4j.skyward;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneroster4j.spi.SisVendors;

/** Both vendors on the class path: found through their {@code META-INF/services} files. */
@Tag("classpath")
class CrossVendorDiscoveryClasspathTest extends CrossVendorDiscoveryContract {

  @Test
  void bothVendorsComeFromTheClassPath() {
    assertThat(SisVendors.installed())
        .allSatisfy(v -> assertThat(v.getClass().getModule().isNamed()).isFalse());
  }
}
