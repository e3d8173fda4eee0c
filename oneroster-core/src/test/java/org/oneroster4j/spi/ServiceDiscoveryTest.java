package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneroster4j.internal.vendor.GenericVendor;

/**
 * Proves that the plain {@link ServiceLoader} finds the generic vendor, without {@link SisVendors}'
 * fallback: on the module path through {@code provides} in module-info, on the class path (the
 * {@code classpath-test} execution) through {@code META-INF/services}.
 */
@Tag("classpath")
class ServiceDiscoveryTest {

  @Test
  void serviceLoader_findsGenericVendor_onWhicheverPathTheTestsRun() {
    assertThat(ServiceLoader.load(SisVendor.class, SisVendor.class.getClassLoader()).stream())
        .extracting(ServiceLoader.Provider::type)
        .containsExactly(GenericVendor.class);
  }

  @Test
  void generic_livesInTheSameModuleAsTheSpi() {
    Module module = GenericVendor.class.getModule();
    assertThat(module).isSameAs(SisVendor.class.getModule());
    if (module.isNamed()) {
      assertThat(module.getName()).isEqualTo("org.oneroster4j");
      assertThat(module.getDescriptor().provides())
          .anySatisfy(
              p -> {
                assertThat(p.service()).isEqualTo(SisVendor.class.getName());
                assertThat(p.providers()).containsExactly(GenericVendor.class.getName());
              });
    }
  }
}
