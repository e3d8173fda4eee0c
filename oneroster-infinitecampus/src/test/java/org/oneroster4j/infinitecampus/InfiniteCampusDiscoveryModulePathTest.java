package org.oneroster4j.infinitecampus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Discovery on the module path: found through {@code provides} in module-info. */
class InfiniteCampusDiscoveryModulePathTest extends InfiniteCampusDiscoveryContract {

  @Test
  void runsOnTheModulePath_andTheDescriptorProvidesTheVendor() {
    Module module = InfiniteCampusVendor.class.getModule();
    assertThat(module.getName()).isEqualTo("org.oneroster4j.infinitecampus");
    assertThat(module.getDescriptor().provides())
        .anySatisfy(
            p -> assertThat(p.providers()).containsExactly(InfiniteCampusVendor.class.getName()));
  }
}
