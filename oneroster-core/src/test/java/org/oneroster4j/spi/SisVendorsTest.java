package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.internal.vendor.GenericVendor;

/** Resolution rules; core alone on the path, plus hand-made candidates. */
class SisVendorsTest {

  /** A vendor that detects URLs on one host suffix. */
  record FakeVendor(String id, String hostSuffix) implements SisVendor {
    @Override
    public String displayName() {
      return "Fake " + id;
    }

    @Override
    public PartnershipStatus status() {
      return PartnershipStatus.PILOT;
    }

    @Override
    public boolean detects(URI url) {
      return url.getHost().toLowerCase(Locale.ROOT).endsWith(hostSuffix);
    }

    @Override
    public VendorConnection connect(ConnectionRequest request) {
      return VendorConnection.of(URI.create(request.url()), null);
    }

    @Override
    public LineItemRules lineItemRules() {
      return LineItemRules.specification();
    }

    @Override
    public int defaultConcurrency() {
      return 1;
    }

    @Override
    public int defaultPageSize() {
      return 100;
    }
  }

  private static final FakeVendor ALPHA = new FakeVendor("alpha", ".alpha.example");
  private static final FakeVendor BETA = new FakeVendor("beta", ".example");

  @Test
  void installed_withCoreAlone_isOnlyGeneric() {
    assertThat(SisVendors.installed()).extracting(SisVendor::id).containsExactly("generic");
    assertThat(SisVendors.installed().get(0)).isInstanceOf(GenericVendor.class);
  }

  @Test
  void resolve_withNothingGiven_isGeneric() {
    assertThat(SisVendors.resolve(null, null, null).id()).isEqualTo("generic");
    assertThat(SisVendors.resolve(null, null, "https://sis.district.org").id())
        .isEqualTo("generic");
    assertThat(SisVendors.resolve(null, "  ", "not a url").id()).isEqualTo("generic");
  }

  @Test
  void resolve_explicitInstance_winsOverIdAndUrl() {
    assertThat(SisVendors.resolve(ALPHA, "generic", "https://x.beta.example")).isSameAs(ALPHA);
    assertThat(SisVendors.resolve(ALPHA, "nope", null, List.of(BETA))).isSameAs(ALPHA);
  }

  @Test
  void resolve_byId_ignoresCaseSpacesAndHyphens_andWinsOverDetection() {
    List<SisVendor> candidates = List.of(ALPHA, BETA);
    assertThat(SisVendors.resolve(null, "ALPHA", "https://x.beta.example", candidates))
        .isSameAs(ALPHA);
    assertThat(SisVendors.resolve(null, " Gen-eric ", null, candidates).id()).isEqualTo("generic");
    assertThat(SisVendors.resolve(null, "generic", null).id()).isEqualTo("generic");
  }

  @Test
  void resolve_byDetection_picksTheOneVendorThatDetects() {
    assertThat(SisVendors.resolve(null, null, "https://sis.beta.example", List.of(ALPHA, BETA)))
        .isSameAs(BETA);
    assertThat(SisVendors.resolve(null, null, "SIS.Beta.Example/oneroster", List.of(ALPHA, BETA)))
        .isSameAs(BETA);
  }

  @Test
  void resolve_twoDetections_failsNamingBoth_andTheFix() {
    assertThatThrownBy(
            () -> SisVendors.resolve(null, null, "https://sis.alpha.example", List.of(ALPHA, BETA)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(ValidationException.Violation::field)
                  .containsExactly("vendor");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Invalid vendor selection (1 problem): vendor: 'https://sis.alpha.example'"
                          + " looks like more than one SIS: Fake alpha [alpha], Fake beta [beta];"
                          + " set the vendor explicitly, e.g. .vendor(\"alpha\") or"
                          + " .vendor(\"beta\")");
            });
  }

  @Test
  void resolve_unknownId_namesTheInstalledIds() {
    assertThatThrownBy(() -> SisVendors.resolve(null, "powerschool", null))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Invalid vendor selection (1 problem): vendor: unknown vendor \"powerschool\";"
                + " installed vendors: generic — set .vendor(\"…\") to one of those, or add the"
                + " vendor's module to your dependencies");
  }

  @Test
  void resolve_knownModuleNotInstalled_saysWhichArtifactToAdd() {
    assertThatThrownBy(() -> SisVendors.resolve(null, "skyward", null))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Invalid vendor selection (1 problem): vendor: vendor \"skyward\" (Skyward,"
                + " partnership status available) is not installed (installed: generic); add"
                + " oneroster-skyward to your dependencies");
    assertThatThrownBy(() -> SisVendors.resolve(null, "Infinite Campus", null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("add oneroster-infinitecampus to your dependencies");
  }

  @Test
  void resolve_formerPilotVendorWithoutModule_saysWhichArtifactToAdd() {
    assertThatThrownBy(() -> SisVendors.resolve(null, "aspen", null))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Invalid vendor selection (1 problem): vendor: vendor \"aspen\" (Aspen (Follett),"
                + " partnership status available) is not installed (installed: generic); add"
                + " oneroster-aspen to your dependencies");
    assertThatThrownBy(() -> SisVendors.resolve(null, "aeries", null))
        .hasMessageContaining("add oneroster-aeries to your dependencies");
    assertThatThrownBy(() -> SisVendors.resolve(null, "SIMS", null))
        .hasMessageContaining("add oneroster-sims to your dependencies");
  }

  @Test
  void resolve_urlOfAFormerPilotVendorWithoutItsModule_saysWhatToAdd() {
    assertThatThrownBy(() -> SisVendors.resolve(null, null, "https://demo.aeries.net/aeries"))
        .hasMessageContaining("is a server of Aeries, but the oneroster-aeries module");
    assertThatThrownBy(
            () -> SisVendors.resolve(null, null, "https://ma-x.myfollett.com/aspen/ims/oneroster"))
        .hasMessageContaining("add oneroster-aspen to your dependencies");
    assertThatThrownBy(() -> SisVendors.resolve(null, null, "https://oneroster.sims.co.uk"))
        .hasMessageContaining("add oneroster-sims to your dependencies");
  }

  @Test
  void resolve_urlOfAKnownVendorWithoutItsModule_saysWhatToAdd() {
    assertThatThrownBy(() -> SisVendors.resolve(null, null, "https://esdemo1.skyward.com"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Invalid vendor selection (1 problem): vendor: 'https://esdemo1.skyward.com' is a"
                + " server of Skyward, but the oneroster-skyward module is not installed"
                + " (installed: generic); add oneroster-skyward to your dependencies, or set"
                + " .vendor(\"generic\") to treat it as a plain OneRoster 1.1 server");
    assertThatThrownBy(() -> SisVendors.resolve(null, null, "district.INFINITECAMPUS.org/campus"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("add oneroster-infinitecampus to your dependencies");
    assertThat(SisVendors.resolve(null, "generic", "https://esdemo1.skyward.com").id())
        .isEqualTo("generic");
  }

  @Test
  void resolve_sameIdFromTwoPlugins_failsNamingTheClasses() {
    FakeVendor twin = new FakeVendor("alpha", ".other.example");
    List<SisVendor> candidates = List.of(ALPHA, new SisVendorsTestTwin(twin));
    assertThatThrownBy(() -> SisVendors.resolve(null, "alpha", null, candidates))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("vendor id \"alpha\" is provided by several plug-ins (")
        .hasMessageContaining(SisVendorsTestTwin.class.getName());
  }

  @Test
  void partners_listsKnownVendors_withModuleStatus() {
    assertThat(SisVendors.partners())
        .extracting(
            PartnerInfo::id,
            PartnerInfo::displayName,
            PartnerInfo::status,
            PartnerInfo::moduleInstalled)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "infinitecampus", "Infinite Campus", PartnershipStatus.AVAILABLE, false),
            org.assertj.core.groups.Tuple.tuple(
                "skyward", "Skyward", PartnershipStatus.AVAILABLE, false),
            org.assertj.core.groups.Tuple.tuple(
                "aspen", "Aspen (Follett)", PartnershipStatus.AVAILABLE, false),
            org.assertj.core.groups.Tuple.tuple(
                "aeries", "Aeries", PartnershipStatus.AVAILABLE, false),
            org.assertj.core.groups.Tuple.tuple(
                "sims", "Capita SIMS", PartnershipStatus.AVAILABLE, false));
    assertThat(SisVendors.partners().get(1).note())
        .isEqualTo("not installed: add oneroster-skyward to your dependencies");
  }

  @Test
  void partners_installedModuleReplacesItsEntry_andExtraVendorsFollow() {
    FakeVendor aeries = new FakeVendor("aeries", ".aeries.net");
    List<PartnerInfo> partners = SisVendors.partners(List.of(new GenericVendor(), aeries, ALPHA));
    assertThat(partners)
        .extracting(PartnerInfo::id)
        .containsExactly("infinitecampus", "skyward", "aspen", "aeries", "sims", "alpha");
    PartnerInfo row = partners.get(3);
    assertThat(row.displayName()).isEqualTo("Fake aeries");
    assertThat(row.moduleInstalled()).isTrue();
    assertThat(row.note()).startsWith("installed (");
  }
}
