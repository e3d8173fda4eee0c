package org.oneroster4j.skyward;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneroster4j.spi.SisVendor;
import org.oneroster4j.spi.SisVendors;

/**
 * Builds fresh module layers from the compiled modules (core, Infinite Campus, Skyward, and core's
 * own dependencies), with only {@code org.oneroster4j} as root: vendor modules get in only through
 * service binding, so this proves the {@code provides} declarations independently of how the test
 * JVM was started.
 */
class ModuleLayerDiscoveryTest {

  @Test
  void coreAlone_offersOnlyGeneric_fromCoresOwnModule() throws Exception {
    ModuleLayer layer = layer();
    assertThat(installedIds(layer)).containsExactly("generic");
    assertThat(installedModules(layer)).containsExactly("org.oneroster4j");
  }

  @Test
  void coreAndInfiniteCampus_offerGenericAndInfiniteCampus() throws Exception {
    ModuleLayer layer = layer(infiniteCampus());
    assertThat(installedIds(layer)).containsExactly("generic", "infinitecampus");
    assertThat(installedModules(layer))
        .containsExactly("org.oneroster4j", "org.oneroster4j.infinitecampus");
  }

  @Test
  void bothVendorModules_areBoundAsServiceProviders_andDetectTheirUrls() throws Exception {
    ModuleLayer layer = layer(infiniteCampus(), SkywardVendor.class);
    assertThat(installedIds(layer)).containsExactly("generic", "infinitecampus", "skyward");
    assertThat(installedModules(layer))
        .containsExactly(
            "org.oneroster4j", "org.oneroster4j.infinitecampus", "org.oneroster4j.skyward");
    assertThat(layer.findModule("org.oneroster4j.skyward")).isPresent();
    assertThat(resolvedId(layer, "https://esdemo1.skyward.com")).isEqualTo("skyward");
    assertThat(
            resolvedId(
                layer,
                "https://d.infinitecampus.org/campus/api/oneroster/v1p1/d/ims/oneroster/v1p1"))
        .isEqualTo("infinitecampus");
    assertThat(resolvedId(layer, "https://sis.district.org")).isEqualTo("generic");
  }

  /** The Infinite Campus vendor class, found by id (this module does not read its module). */
  private static Class<?> infiniteCampus() {
    return SisVendors.resolve(null, "infinitecampus", null).getClass();
  }

  /** A layer with core, its dependencies and the given vendor modules; root: core only. */
  private static ModuleLayer layer(Class<?>... vendors) throws Exception {
    List<Path> paths = new ArrayList<>();
    paths.add(location(SisVendor.class));
    paths.add(location(Class.forName("com.fasterxml.jackson.databind.ObjectMapper")));
    paths.add(location(Class.forName("com.fasterxml.jackson.core.JsonParser")));
    paths.add(location(Class.forName("com.fasterxml.jackson.annotation.JsonProperty")));
    paths.add(location(Class.forName("org.slf4j.Logger")));
    for (Class<?> vendor : vendors) {
      paths.add(location(vendor));
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    Configuration config =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(finder, ModuleFinder.ofSystem(), Set.of("org.oneroster4j"));
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<?> installed(ModuleLayer layer) throws Exception {
    ClassLoader loader = layer.findLoader("org.oneroster4j");
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return (List<?>)
          loader.loadClass("org.oneroster4j.spi.SisVendors").getMethod("installed").invoke(null);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static List<String> installedIds(ModuleLayer layer) throws Exception {
    List<String> ids = new ArrayList<>();
    for (Object vendor : installed(layer)) {
      ids.add(id(layer, vendor));
    }
    return ids;
  }

  private static List<String> installedModules(ModuleLayer layer) throws Exception {
    List<String> names = new ArrayList<>();
    for (Object vendor : installed(layer)) {
      Module module = vendor.getClass().getModule();
      assertThat(module.getLayer()).isSameAs(layer);
      names.add(module.getName());
    }
    return names;
  }

  private static String id(ModuleLayer layer, Object vendor) throws Exception {
    Class<?> spi = layer.findLoader("org.oneroster4j").loadClass("org.oneroster4j.spi.SisVendor");
    return (String) spi.getMethod("id").invoke(vendor);
  }

  private static String resolvedId(ModuleLayer layer, String url) throws Exception {
    ClassLoader loader = layer.findLoader("org.oneroster4j");
    Class<?> spi = loader.loadClass("org.oneroster4j.spi.SisVendor");
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Object vendor =
          loader
              .loadClass("org.oneroster4j.spi.SisVendors")
              .getMethod("resolve", spi, String.class, String.class)
              .invoke(null, null, null, url);
      return id(layer, vendor);
    } catch (InvocationTargetException e) {
      throw new AssertionError("resolve failed in the layer", e.getCause());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
