package org.oneroster4j.aeries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneroster4j.spi.PartnerInfo;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.SisVendors;

/**
 * Discovery of this module alone (with core): on the module path through {@code provides}, and on
 * the class path (the {@code classpath-test} execution) through {@code META-INF/services}.
 */
@Tag("classpath")
class AeriesDiscoveryTest {

  @Test
  void installed_findsAeries_andGeneric() {
    assertThat(SisVendors.installed())
        .extracting(SisVendor::id)
        .containsExactly("generic", "aeries");
    SisVendor vendor = SisVendors.installed().get(1);
    assertThat(vendor).isInstanceOf(AeriesVendor.class);
    assertThat(vendor.getClass().getModule()).isSameAs(getClass().getModule());
  }

  @Test
  void moduleDescriptor_providesTheVendor_whenOnTheModulePath() {
    Module module = AeriesVendor.class.getModule();
    if (module.isNamed()) {
      assertThat(module.getName()).isEqualTo("org.oneroster4j.aeries");
      assertThat(module.getDescriptor().provides())
          .anySatisfy(p -> assertThat(p.providers()).containsExactly(AeriesVendor.class.getName()));
    }
  }

  @Test
  void resolve_byIdOrUrl_findsAeries() {
    assertThat(SisVendors.resolve(null, "aeries", null)).isInstanceOf(AeriesVendor.class);
    assertThat(SisVendors.resolve(null, null, "https://demo.aeries.net/aeries"))
        .isInstanceOf(AeriesVendor.class);
    assertThat(SisVendors.resolve(null, null, "https://sis.district.org").id())
        .isEqualTo("generic");
  }

  @Test
  void partners_installedModuleReplacesTheRegistryEntry() {
    PartnerInfo row =
        SisVendors.partners().stream()
            .filter(p -> p.id().equals("aeries"))
            .findFirst()
            .orElseThrow();
    assertThat(row.moduleInstalled()).isTrue();
    assertThat(row.status()).isEqualTo(new AeriesVendor().status());
    assertThat(row.displayName()).isEqualTo(new AeriesVendor().displayName());
    assertThat(row.note()).startsWith("installed (");
  }
}
