package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.oneroster4j.internal.vendor.GenericVendor;

/**
 * On the module path, the plain {@link ServiceLoader} finds the generic vendor through {@code
 * provides} in module-info, without {@link SisVendors}' fallback.
 */
class ServiceDiscoveryTest {

  @Test
  void serviceLoader_findsGenericVendor_throughProvidesInModuleInfo() {
    Module core = SisVendor.class.getModule();
    assertThat(core.getName()).isEqualTo("org.oneroster4j");
    assertThat(core.getDescriptor().provides())
        .anySatisfy(
            p -> {
              assertThat(p.service()).isEqualTo(SisVendor.class.getName());
              assertThat(p.providers()).containsExactly(GenericVendor.class.getName());
            });
    assertThat(ServiceLoader.load(SisVendor.class, SisVendor.class.getClassLoader()).stream())
        .extracting(ServiceLoader.Provider::type)
        .containsExactly(GenericVendor.class);
  }
}
