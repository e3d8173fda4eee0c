package org.oneroster4j.infinitecampus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oneroster4j.spi.PartnerInfo;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.SisVendors;

/**
 * Discovery of this module alone (with core). The subclasses run it on the module path ({@code
 * provides}) and on the class path ({@code META-INF/services}).
 */
abstract class InfiniteCampusDiscoveryContract {

  @Test
  void installed_findsInfiniteCampus_andGeneric() {
    assertThat(SisVendors.installed())
        .extracting(SisVendor::id)
        .containsExactly("generic", "infinitecampus");
    SisVendor ic = SisVendors.installed().get(1);
    assertThat(ic).isInstanceOf(InfiniteCampusVendor.class);
    // Found in the same module (or the same unnamed module) as this test, so by the mechanism of
    // the path the tests run on.
    assertThat(ic.getClass().getModule()).isSameAs(getClass().getModule());
  }

  @Test
  void resolve_byIdOrUrl_findsInfiniteCampus() {
    assertThat(SisVendors.resolve(null, "infinitecampus", null))
        .isInstanceOf(InfiniteCampusVendor.class);
    assertThat(
            SisVendors.resolve(
                null,
                null,
                "https://district.infinitecampus.org/campus/api/oneroster/v1p1/district/ims/oneroster/v1p1/"))
        .isInstanceOf(InfiniteCampusVendor.class);
    assertThat(SisVendors.resolve(null, null, "https://sis.district.org").id())
        .isEqualTo("generic");
  }

  @Test
  void partners_showInfiniteCampusInstalled() {
    PartnerInfo row =
        SisVendors.partners().stream()
            .filter(p -> p.id().equals("infinitecampus"))
            .findFirst()
            .orElseThrow();
    assertThat(row.moduleInstalled()).isTrue();
    assertThat(row.note()).startsWith("installed (");
  }
}
