package org.oneroster4j.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Vendor modules are plug-ins like any third party's: they use only the public API and the SPI,
 * never core's internal packages or the export engine's internals.
 */
class VendorModulesArchitectureTest {
  private static final String[] VENDOR_PACKAGES = {
    "org.oneroster4j.infinitecampus",
    "org.oneroster4j.skyward",
    "org.oneroster4j.aeries",
    "org.oneroster4j.aspen",
    "org.oneroster4j.sims"
  };

  @Test
  void vendorModules_useOnlyThePublicApiAndTheSpi() {
    JavaClasses vendors =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(VENDOR_PACKAGES);
    noClasses()
        .that()
        .resideInAnyPackage(VENDOR_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.oneroster4j.internal..", "org.oneroster4j.export..")
        .because(
            "a vendor module is a plug-in: what it needs from core must be public API or part of"
                + " org.oneroster4j.spi (add a hook or a VendorUrls helper there)")
        .allowEmptyShould(false)
        .check(vendors);
  }
}
