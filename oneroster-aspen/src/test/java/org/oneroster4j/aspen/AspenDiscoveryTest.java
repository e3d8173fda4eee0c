package org.oneroster4j.aspen;

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
class AspenDiscoveryTest {

  @Test
  void installed_findsAspen_andGeneric() {
    assertThat(SisVendors.installed())
        .extracting(SisVendor::id)
        .containsExactly("generic", "aspen");
    SisVendor vendor = SisVendors.installed().get(1);
    assertThat(vendor).isInstanceOf(AspenVendor.class);
    assertThat(vendor.getClass().getModule()).isSameAs(getClass().getModule());
  }

  @Test
  void moduleDescriptor_providesTheVendor_whenOnTheModulePath() {
    Module module = AspenVendor.class.getModule();
    if (module.isNamed()) {
      assertThat(module.getName()).isEqualTo("org.oneroster4j.aspen");
      assertThat(module.getDescriptor().provides())
          .anySatisfy(p -> assertThat(p.providers()).containsExactly(AspenVendor.class.getName()));
    }
  }

  @Test
  void resolve_byIdOrUrl_findsAspen() {
    assertThat(SisVendors.resolve(null, "aspen", null)).isInstanceOf(AspenVendor.class);
    assertThat(
            SisVendors.resolve(
                null, null, "https://ma-district.myfollett.com/aspen/ims/oneroster/v1p1"))
        .isInstanceOf(AspenVendor.class);
    assertThat(SisVendors.resolve(null, null, "https://sis.district.org").id())
        .isEqualTo("generic");
  }

  @Test
  void partners_installedModuleReplacesTheRegistryEntry() {
    PartnerInfo row =
        SisVendors.partners().stream()
            .filter(p -> p.id().equals("aspen"))
            .findFirst()
            .orElseThrow();
    assertThat(row.moduleInstalled()).isTrue();
    assertThat(row.status()).isEqualTo(new AspenVendor().status());
    assertThat(row.displayName()).isEqualTo(new AspenVendor().displayName());
    assertThat(row.note()).startsWith("installed (");
  }
}
