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
  void resolve_idOfAVendorWhoseModuleIsMissing_isUnknown_namingTheInstalledIds() {
    // Core keeps no copy of the vendor modules' ids, names or hosts.
    assertThatThrownBy(() -> SisVendors.resolve(null, "skyward", null))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Invalid vendor selection (1 problem): vendor: unknown vendor \"skyward\";"
                + " installed vendors: generic — set .vendor(\"…\") to one of those, or add the"
                + " vendor's module to your dependencies");
  }

  @Test
  void resolve_urlNoInstalledVendorDetects_isGeneric() {
    assertThat(SisVendors.resolve(null, null, "https://esdemo1.skyward.com").id())
        .isEqualTo("generic");
    assertThat(SisVendors.resolve(null, null, "https://x.beta.example", List.of(ALPHA)).id())
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
  void partners_withCoreAlone_isEmpty_becauseEveryPartnerDescribesItself() {
    assertThat(SisVendors.partners()).isEmpty();
  }

  @Test
  void partners_areTheInstalledVendorsAsTheyDescribeThemselves_byId_withoutGeneric() {
    FakeVendor aeries = new FakeVendor("aeries", ".aeries.net");
    List<PartnerInfo> partners =
        SisVendors.partners(List.of(new GenericVendor(), BETA, aeries, ALPHA, ALPHA));
    assertThat(partners).extracting(PartnerInfo::id).containsExactly("aeries", "alpha", "beta");
    PartnerInfo row = partners.get(0);
    assertThat(row.displayName()).isEqualTo("Fake aeries");
    assertThat(row.status()).isEqualTo(PartnershipStatus.PILOT);
    assertThat(row.moduleInstalled()).isTrue();
    assertThat(row.note()).startsWith("installed (");
  }

  @Test
  void requireVersion_withoutAdvice_namesTheVersionsSpoken_andTheGenericVendor() {
    SisVendors.requireVersion(ALPHA, org.oneroster4j.OneRosterVersion.V1_1, "url");
    assertThatThrownBy(
            () ->
                SisVendors.requireVersion(ALPHA, org.oneroster4j.OneRosterVersion.V1_2, "version"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Invalid connection setting (1 problem): version: Fake alpha (vendor \"alpha\")"
                + " connects over OneRoster 1.1 only, not OneRoster 1.2. To try a OneRoster 1.2"
                + " endpoint anyway, use the generic vendor: vendor(\"generic\") (command line:"
                + " --vendor generic) with its OneRoster 1.2 address (the root ending in"
                + " /ims/oneroster, or the rostering base ending in /ims/oneroster/rostering/v1p2)"
                + " and its token URL.");
  }

  @Test
  void resolveVersion_followsTheDesignRule() {
    var v11 = org.oneroster4j.OneRosterVersion.V1_1;
    assertThat(SisVendors.resolveVersion(ALPHA, null, null)).isEqualTo(v11);
    assertThat(SisVendors.resolveVersion(ALPHA, null, "https://a.example/ims/oneroster/v1p1"))
        .isEqualTo(v11);
    assertThat(SisVendors.resolveVersion(ALPHA, null, "https://a.example/ims/oneroster"))
        .isEqualTo(v11);
    assertThatThrownBy(
            () ->
                SisVendors.resolveVersion(
                    ALPHA, null, "https://a.example/ims/oneroster/rostering/v1p2"))
        .hasMessageContaining(
            "url: Fake alpha (vendor \"alpha\") connects over OneRoster 1.1 only");
  }
}
