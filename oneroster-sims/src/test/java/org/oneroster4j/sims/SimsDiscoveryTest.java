package org.oneroster4j.sims;

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
class SimsDiscoveryTest {

  @Test
  void installed_findsSims_andGeneric() {
    assertThat(SisVendors.installed()).extracting(SisVendor::id).containsExactly("generic", "sims");
    SisVendor vendor = SisVendors.installed().get(1);
    assertThat(vendor).isInstanceOf(SimsVendor.class);
    assertThat(vendor.getClass().getModule()).isSameAs(getClass().getModule());
  }

  @Test
  void moduleDescriptor_providesTheVendor_whenOnTheModulePath() {
    Module module = SimsVendor.class.getModule();
    if (module.isNamed()) {
      assertThat(module.getName()).isEqualTo("org.oneroster4j.sims");
      assertThat(module.getDescriptor().provides())
          .anySatisfy(p -> assertThat(p.providers()).containsExactly(SimsVendor.class.getName()));
    }
  }

  @Test
  void resolve_byIdOrUrl_findsSims() {
    assertThat(SisVendors.resolve(null, "sims", null)).isInstanceOf(SimsVendor.class);
    assertThat(SisVendors.resolve(null, null, "https://oneroster.sims.co.uk"))
        .isInstanceOf(SimsVendor.class);
    assertThat(SisVendors.resolve(null, null, "https://sis.district.org").id())
        .isEqualTo("generic");
  }

  @Test
  void partners_installedModuleReplacesTheRegistryEntry() {
    PartnerInfo row =
        SisVendors.partners().stream().filter(p -> p.id().equals("sims")).findFirst().orElseThrow();
    assertThat(row.moduleInstalled()).isTrue();
    assertThat(row.status()).isEqualTo(new SimsVendor().status());
    assertThat(row.displayName()).isEqualTo(new SimsVendor().displayName());
    assertThat(row.note()).startsWith("installed (");
  }
}
