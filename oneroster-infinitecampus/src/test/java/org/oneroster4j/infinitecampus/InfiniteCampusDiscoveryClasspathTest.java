package org.oneroster4j.infinitecampus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Discovery on the class path: found through {@code META-INF/services}. */
@Tag("classpath")
class InfiniteCampusDiscoveryClasspathTest extends InfiniteCampusDiscoveryContract {

  @Test
  void runsOnTheClassPath() {
    assertThat(InfiniteCampusVendor.class.getModule().isNamed()).isFalse();
  }
}
