package org.oneroster4j.skyward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.spi.PartnerInfo;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.SisVendors;

/**
 * Both vendor modules present (Infinite Campus is a test dependency). The subclasses run it on the
 * module path ({@code provides}) and on the class path ({@code META-INF/services}). Infinite Campus
 * is only referred to by id: on the module path this module does not read it, it is bound as a
 * service.
 */
abstract class CrossVendorDiscoveryContract {
  private static final String IC_URL =
      "https://district.infinitecampus.org/campus/api/oneroster/v1p1/district/ims/oneroster/v1p1";

  @Test
  void installed_listsGenericThenBothVendors() {
    assertThat(SisVendors.installed())
        .extracting(SisVendor::id)
        .containsExactly("generic", "infinitecampus", "skyward");
  }

  @Test
  void skyward_isFoundThroughThisModulesRegistration() {
    SisVendor skyward = SisVendors.resolve(null, "skyward", null);
    assertThat(skyward).isInstanceOf(SkywardVendor.class);
    Module module = skyward.getClass().getModule();
    assertThat(module).isSameAs(getClass().getModule());
    if (module.isNamed()) {
      assertThat(module.getName()).isEqualTo("org.oneroster4j.skyward");
    }
  }

  @Test
  void resolve_detectsEachVendorFromItsUrl() {
    assertThat(SisVendors.resolve(null, null, "https://esdemo1.skyward.com"))
        .isInstanceOf(SkywardVendor.class);
    assertThat(SisVendors.resolve(null, null, "ESDEMO1.skyward.com/"))
        .isInstanceOf(SkywardVendor.class);
    // Self-hosted Skyward shares /api/ims/oneroster with PowerSchool: not guessed, generic.
    assertThat(
            SisVendors.resolve(null, null, "https://sky.district.org/api/ims/oneroster/v1p1").id())
        .isEqualTo("generic");
    assertThat(
            SisVendors.resolve(null, "skyward", "https://sky.district.org/api/ims/oneroster/v1p1"))
        .isInstanceOf(SkywardVendor.class);
    assertThat(SisVendors.resolve(null, null, IC_URL))
        .extracting(SisVendor::id)
        .isEqualTo("infinitecampus");
    assertThat(
            SisVendors.resolve(
                null,
                null,
                "https://campus.district.org/campus/oneroster/district/ims/oneroster/v1p1"))
        .extracting(SisVendor::id)
        .isEqualTo("infinitecampus");
    assertThat(SisVendors.resolve(null, null, "https://sis.district.org").id())
        .isEqualTo("generic");
  }

  @Test
  void resolve_urlBothVendorsDetect_failsNamingBoth() {
    assertThatThrownBy(
            () ->
                SisVendors.resolve(
                    null,
                    null,
                    "https://district.skyward.com/campus/api/oneroster/v1p1/d/ims/oneroster/v1p1"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Invalid vendor selection (1 problem): vendor:"
                + " 'https://district.skyward.com/campus/api/oneroster/v1p1/d/ims/oneroster/v1p1'"
                + " looks like more than one SIS: Infinite Campus [infinitecampus], Skyward"
                + " [skyward]; set the vendor explicitly, e.g. .vendor(\"infinitecampus\") or"
                + " .vendor(\"skyward\")");
  }

  @Test
  void resolve_idOrExplicitInstance_winsOverDetection() {
    assertThat(SisVendors.resolve(null, "infinitecampus", "https://esdemo1.skyward.com"))
        .extracting(SisVendor::id)
        .isEqualTo("infinitecampus");
    SkywardVendor mine = new SkywardVendor();
    assertThat(SisVendors.resolve(mine, "infinitecampus", IC_URL)).isSameAs(mine);
    assertThat(SisVendors.resolve(null, "generic", "https://esdemo1.skyward.com").id())
        .isEqualTo("generic");
  }

  @Test
  void resolve_unknownId_listsAllInstalledIds() {
    assertThatThrownBy(() -> SisVendors.resolve(null, "powerschool", null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("installed vendors: generic, infinitecampus, skyward");
  }

  @Test
  void partners_areTheTwoInstalledModules() {
    assertThat(SisVendors.partners())
        .extracting(PartnerInfo::id, PartnerInfo::moduleInstalled)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("infinitecampus", true),
            org.assertj.core.groups.Tuple.tuple("skyward", true));
  }
}
