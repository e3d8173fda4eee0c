package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.oneroster4j.spi.PartnerInfo;
import org.oneroster4j.spi.PartnershipStatus;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.SisVendors;

/**
 * All five vendor modules together (test dependencies of this module): each is found, each detects
 * its own URLs and no other's, and each installed module replaces its registry entry.
 */
class AllVendorsDiscoveryTest {

  @Test
  void installed_findsGenericAndAllFiveVendors() {
    assertThat(SisVendors.installed())
        .extracting(SisVendor::id)
        .containsExactly("generic", "aeries", "aspen", "infinitecampus", "sims", "skyward");
  }

  @Test
  void resolve_detectsEachVendorFromItsUrl_andOnlyThatVendor() {
    String[][] urls = {
      {
        "https://district.infinitecampus.org/campus/api/oneroster/v1p1/district/ims/oneroster/v1p1",
        "infinitecampus"
      },
      {"https://esdemo1.skyward.com", "skyward"},
      {"https://demo.aeries.net/aeries", "aeries"},
      {"https://districtapi.aeries.net/admin", "aeries"},
      {"https://ma-district.myfollett.com/aspen/ims/oneroster/v1p1", "aspen"},
      {"https://aspen.district.org/aspen/ims/oneroster/v1p1", "aspen"},
      {"https://oneroster.sims.co.uk", "sims"},
      {"https://sis.district.org/ims/oneroster/v1p1", "generic"},
    };
    for (String[] u : urls) {
      assertThat(SisVendors.resolve(null, null, u[0]).id()).as(u[0]).isEqualTo(u[1]);
      long detecting =
          SisVendors.installed().stream().filter(v -> v.detects(java.net.URI.create(u[0]))).count();
      assertThat(detecting).as(u[0]).isEqualTo(u[1].equals("generic") ? 0 : 1);
    }
  }

  @Test
  void partners_listsEveryKnownVendorInstalledAndAvailable() {
    assertThat(SisVendors.partners())
        .extracting(PartnerInfo::id, PartnerInfo::status, PartnerInfo::moduleInstalled)
        .containsExactly(
            tuple("aeries", PartnershipStatus.AVAILABLE, true),
            tuple("aspen", PartnershipStatus.AVAILABLE, true),
            tuple("infinitecampus", PartnershipStatus.AVAILABLE, true),
            tuple("sims", PartnershipStatus.AVAILABLE, true),
            tuple("skyward", PartnershipStatus.AVAILABLE, true));
    assertThat(SisVendors.partners())
        .allSatisfy(p -> assertThat(p.note()).startsWith("installed ("));
  }

  @Test
  void eachVendorComesFromItsOwnModule() {
    for (SisVendor v : SisVendors.installed()) {
      Module m = v.getClass().getModule();
      if (m.isNamed()) {
        String expected =
            v.id().equals("generic") ? "org.oneroster4j" : "org.oneroster4j." + v.id();
        assertThat(m.getName()).as(v.id()).isEqualTo(expected);
      }
    }
  }
}
