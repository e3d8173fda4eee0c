package org.oneroster4j.skyward;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.SisVendors;

/** Both vendors on the module path: found through {@code provides}, bound as services. */
class CrossVendorDiscoveryModulePathTest extends CrossVendorDiscoveryContract {

  @Test
  void bothVendorsAreNamedModules() {
    assertThat(SisVendors.installed())
        .extracting(v -> v.getClass().getModule().getName())
        .containsExactly(
            "org.oneroster4j", "org.oneroster4j.infinitecampus", "org.oneroster4j.skyward");
    assertThat(SisVendors.installed()).extracting(SisVendor::id).hasSize(3);
  }
}
