package org.oneroster4j.it.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Checks the Central bundle the release profile builds (see {@link CentralBundle}), so a release
 * cannot rot between releases: every published artifact is there and nothing else, each with its
 * pom (complete metadata, no module path appended to url and scm), jar, sources and javadoc jars,
 * checksums that match, signatures unless signing was skipped, and reproducible jar entries. Runs
 * in {@code mvn -P release -Dgpg.skip verify} (CI), after the bundle is assembled.
 */
class CentralBundleIT {
  /**
   * Published artifacts without a module descriptor, and the Automatic-Module-Name their manifest
   * must give instead (see the module's pom for why).
   */
  private static final Map<String, String> AUTOMATIC_MODULES =
      Map.of(
          "oneroster-bucket4j", "org.oneroster4j.bucket4j",
          "oneroster-spring-boot-starter", "org.oneroster4j.spring");

  private static final Path ROOT = Path.of(System.getProperty("oneroster.root", "..")).normalize();
  private static final String VERSION = System.getProperty("oneroster.version");
  private static final boolean SIGNED = !Boolean.getBoolean("oneroster.gpg.skip");
  private static final Map<String, byte[]> FILES = new TreeMap<>();

  @BeforeAll
  static void readBundle() throws IOException {
    Path zip = Path.of(System.getProperty("oneroster.bundle", "target/central-bundle.zip"));
    assertThat(zip).as("the release profile builds the bundle").isRegularFile();
    assertThat(VERSION).isNotBlank();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : z.stream().toList()) {
        try (InputStream in = z.getInputStream(e)) {
          FILES.put(e.getName(), in.readAllBytes());
        }
      }
    }
  }

  private static String dir(String artifactId) {
    return CentralBundle.GROUP_PATH + "/" + artifactId + "/" + VERSION + "/";
  }

  private static List<String> published() {
    return CentralBundle.published(ROOT);
  }

  @Test
  void holdsEveryPublishedArtifact_andNothingElse() {
    assertThat(published())
        .containsExactly(
            "oneroster4j-parent",
            "oneroster-bom",
            "oneroster-core",
            "oneroster-infinitecampus",
            "oneroster-skyward",
            "oneroster-aeries",
            "oneroster-aspen",
            "oneroster-sims",
            "oneroster-testkit",
            "oneroster-bucket4j",
            "oneroster-micrometer",
            "oneroster-spring-boot-starter");
    TreeSet<String> artifacts = new TreeSet<>();
    for (String name : FILES.keySet()) {
      assertThat(name).startsWith(CentralBundle.GROUP_PATH + "/");
      artifacts.add(name.split("/")[2]);
      assertThat(name.split("/")[3]).as(name).isEqualTo(VERSION);
    }
    assertThat(artifacts).containsExactlyInAnyOrderElementsOf(published());
    assertThat(FILES.keySet())
        .noneMatch(n -> n.contains("maven-metadata"))
        .noneMatch(n -> n.contains("oneroster-cli") || n.contains("/examples/"))
        .noneMatch(n -> n.contains("oneroster-it") || n.contains("benchmarks"));
  }

  @Test
  void everyArtifactHasItsFiles_withChecksums_andSignaturesWhenSigned() {
    for (String id : published()) {
      String base = dir(id) + id + "-" + VERSION;
      List<String> expected = new ArrayList<>(List.of(base + ".pom"));
      if (!CentralBundle.isPom(id)) {
        expected.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
      }
      for (String file : expected) {
        assertThat(FILES).as(file).containsKey(file);
        assertThat(new String(FILES.get(file + ".md5"), StandardCharsets.US_ASCII))
            .as(file + ".md5")
            .isEqualTo(
                new String(CentralBundle.hex("MD5", FILES.get(file)), StandardCharsets.US_ASCII));
        assertThat(new String(FILES.get(file + ".sha1"), StandardCharsets.US_ASCII))
            .as(file + ".sha1")
            .isEqualTo(
                new String(CentralBundle.hex("SHA-1", FILES.get(file)), StandardCharsets.US_ASCII));
        if (SIGNED) {
          assertThat(FILES).as(file + ".asc").containsKey(file + ".asc");
          assertThat(new String(FILES.get(file + ".asc"), StandardCharsets.US_ASCII))
              .startsWith("-----BEGIN PGP SIGNATURE-----");
        }
      }
    }
  }

  @Test
  void everyPom_hasTheMetadataCentralRequires_withTheRepositorysUrlAndScm() throws Exception {
    Element parent = pom("oneroster4j-parent");
    assertThat(parent.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    Element parentScm = CentralBundle.child(parent, "scm");
    for (String attribute :
        List.of(
            "child.scm.connection.inherit.append.path",
            "child.scm.developerConnection.inherit.append.path",
            "child.scm.url.inherit.append.path")) {
      assertThat(parentScm.getAttribute(attribute)).as(attribute).isEqualTo("false");
    }
    for (String id : published()) {
      Element project = pom(id);
      assertThat(CentralBundle.text(project, "artifactId")).isEqualTo(id);
      assertThat(version(project)).as(id).isEqualTo(VERSION);
      assertThat(CentralBundle.text(project, "name")).as(id + " name").isNotBlank();
      assertThat(CentralBundle.text(project, "description")).as(id + " description").isNotBlank();
      if (!CentralBundle.isPom(id)) {
        assertThat(CentralBundle.child(project, "url")).as(id + " own url").isNull();
        assertThat(CentralBundle.child(project, "scm")).as(id + " own scm").isNull();
      }
      // Modules inherit url, licenses, developers and scm from the parent (unchanged, see the
      // attributes above); the BOM, which has no parent, carries its own.
      Element metadata = id.equals("oneroster-bom") ? project : parent;
      if (!id.equals("oneroster4j-parent") && !id.equals("oneroster-bom")) {
        assertThat(CentralBundle.text(CentralBundle.child(project, "parent"), "artifactId"))
            .isEqualTo("oneroster4j-parent");
      }
      assertThat(CentralBundle.text(metadata, "url"))
          .as(id + " url")
          .isEqualTo("https://github.com/oneroster4j/oneroster4j");
      Element licenses = CentralBundle.child(metadata, "licenses");
      assertThat(CentralBundle.text(CentralBundle.child(licenses, "license"), "name"))
          .isEqualTo("Apache-2.0");
      assertThat(CentralBundle.text(CentralBundle.child(licenses, "license"), "url")).isNotBlank();
      Element developer =
          CentralBundle.child(CentralBundle.child(metadata, "developers"), "developer");
      assertThat(CentralBundle.text(developer, "name")).as(id + " developer").isNotBlank();
      Element scm = CentralBundle.child(metadata, "scm");
      assertThat(CentralBundle.text(scm, "connection"))
          .isEqualTo("scm:git:https://github.com/oneroster4j/oneroster4j.git");
      assertThat(CentralBundle.text(scm, "developerConnection"))
          .isEqualTo("scm:git:git@github.com:oneroster4j/oneroster4j.git");
      assertThat(CentralBundle.text(scm, "url"))
          .isEqualTo("https://github.com/oneroster4j/oneroster4j");
    }
  }

  private static String version(Element project) {
    String own = CentralBundle.text(project, "version");
    return own != null
        ? own
        : CentralBundle.text(CentralBundle.child(project, "parent"), "version");
  }

  private static Element pom(String id) throws Exception {
    byte[] bytes = FILES.get(dir(id) + id + "-" + VERSION + ".pom");
    assertThat(bytes).as(id + " pom").isNotNull();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
  }

  /**
   * Published modules without a module-info, and the Automatic-Module-Name their manifest gives
   * instead (the starter: Spring Boot's own jars are automatic modules; see its pom).
   */
  @Test
  void jars_holdClassesSourcesAndJavadoc_withReproducibleTimestamps() throws IOException {
    Instant outputTimestamp = Instant.parse(System.getProperty("oneroster.outputTimestamp"));
    for (String id : published()) {
      if (CentralBundle.isPom(id)) {
        continue;
      }
      String base = dir(id) + id + "-" + VERSION;
      String automatic = AUTOMATIC_MODULES.get(id);
      if (automatic == null) {
        assertThat(entries(FILES.get(base + ".jar"), outputTimestamp))
            .as(id + " jar")
            .contains("module-info.class");
        assertThat(entries(FILES.get(base + "-sources.jar"), outputTimestamp))
            .as(id + " sources")
            .contains("module-info.java");
      } else {
        assertThat(entries(FILES.get(base + ".jar"), outputTimestamp))
            .as(id + " jar, an automatic module")
            .doesNotContain("module-info.class");
        try (JarInputStream jar =
            new JarInputStream(new ByteArrayInputStream(FILES.get(base + ".jar")))) {
          assertThat(jar.getManifest()).as(id + " manifest").isNotNull();
          assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
              .as(id + " Automatic-Module-Name")
              .isEqualTo(automatic);
        }
      }
      assertThat(entries(FILES.get(base + ".jar"), outputTimestamp))
          .as(id + " jar")
          .anyMatch(n -> n.endsWith(".class") && !n.equals("module-info.class"));
      assertThat(entries(FILES.get(base + "-sources.jar"), outputTimestamp))
          .as(id + " sources")
          .anyMatch(n -> n.endsWith(".java") && !n.equals("module-info.java"));
      assertThat(entries(FILES.get(base + "-javadoc.jar"), outputTimestamp))
          .as(id + " javadoc")
          .contains("index.html")
          .anyMatch(n -> n.endsWith(".html") && n.contains("/"));
    }
  }

  /**
   * The jar's entry names; every entry carries the build's outputTimestamp (within a day: zone).
   */
  private static List<String> entries(byte[] jar, Instant outputTimestamp) throws IOException {
    assertThat(jar).isNotNull();
    List<String> names = new ArrayList<>();
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getLastModifiedTime().toInstant())
            .as(e.getName() + " time")
            .isBetween(outputTimestamp.minusSeconds(86_400), outputTimestamp.plusSeconds(86_400));
      }
    }
    return names;
  }

  @Test
  void theVersion_isOneCentralAccepts_whenReleasing() {
    // CI builds the bundle of a -SNAPSHOT to check its content; Central takes release versions
    // only,
    // so the version must be a plain x.y.z once the -SNAPSHOT is dropped.
    assertThat(VERSION.replace("-SNAPSHOT", "")).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(Files.isRegularFile(ROOT.resolve("pom.xml"))).isTrue();
  }
}
