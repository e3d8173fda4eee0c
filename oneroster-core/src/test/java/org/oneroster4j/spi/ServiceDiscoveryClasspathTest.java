package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneroster4j.internal.vendor.GenericVendor;

/**
 * The plain {@link ServiceLoader} finds the generic vendor without {@link SisVendors}' fallback, in
 * both surefire executions: through {@code META-INF/services} in {@code classpath-test} (which sets
 * {@code oneroster4j.test.classpath}), through {@code provides} in the default one.
 */
@Tag("classpath")
class ServiceDiscoveryClasspathTest {

  @Test
  void serviceLoader_findsGenericVendor_onWhicheverPathTheTestsRun() {
    boolean classPathRun = Boolean.getBoolean("oneroster4j.test.classpath");
    assertThat(SisVendor.class.getModule().isNamed()).as("named module").isEqualTo(!classPathRun);
    assertThat(ServiceLoader.load(SisVendor.class, SisVendor.class.getClassLoader()).stream())
        .extracting(ServiceLoader.Provider::type)
        .containsExactly(GenericVendor.class);
    assertThat(SisVendors.installed()).extracting(SisVendor::id).containsExactly("generic");
  }
}
