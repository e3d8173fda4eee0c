package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneroster4j.internal.vendor.GenericVendor;

/**
 * On the class path, the plain {@link ServiceLoader} finds the generic vendor through {@code
 * META-INF/services}, without {@link SisVendors}' fallback.
 */
@Tag("classpath")
class ServiceDiscoveryClasspathTest {

  @Test
  void serviceLoader_findsGenericVendor_throughMetaInfServices() {
    assertThat(SisVendor.class.getModule().isNamed()).as("runs on the class path").isFalse();
    assertThat(ServiceLoader.load(SisVendor.class, SisVendor.class.getClassLoader()).stream())
        .extracting(ServiceLoader.Provider::type)
        .containsExactly(GenericVendor.class);
    assertThat(SisVendors.installed()).extracting(SisVendor::id).containsExactly("generic");
  }
}
