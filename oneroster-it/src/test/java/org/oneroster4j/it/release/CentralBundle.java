package org.oneroster4j.it.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Assembles the Maven Central upload bundle of a release build, offline: for every published
 * artifact (the parent pom, the BOM, and every artifact the BOM manages) its pom, jar, sources and
 * javadoc jars, their GPG signatures when signed, and an MD5 and SHA-1 checksum of each file, in
 * the Maven repository layout, zipped. It is what central-publishing-maven-plugin uploads on {@code
 * mvn -P release deploy}; the release profile builds it in {@code verify} so CentralBundleIT can
 * check it on every CI run. Nothing is missing silently: an artifact without its jars fails the
 * build.
 *
 * <p>Run by the release profile of oneroster-it: {@code CentralBundle <root dir> <version> <output
 * zip> <outputTimestamp> <unsigned>}; with {@code unsigned} false every file needs its signature
 * (signatures left in target/ by an earlier signed build are not taken into an unsigned bundle).
 */
public final class CentralBundle {
  static final String GROUP_PATH = "org/oneroster4j";
  static final String PARENT = "oneroster4j-parent";
  static final String BOM = "oneroster-bom";

  private CentralBundle() {}

  /**
   * Builds the bundle.
   *
   * @param args root directory, version, output zip, outputTimestamp (ISO-8601), unsigned
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      throw new IllegalArgumentException(
          "usage: CentralBundle <root dir> <version> <output zip> <outputTimestamp> <unsigned>");
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    String version = args[1];
    Path zip = Path.of(args[2]);
    Instant time = Instant.parse(args[3]);
    Map<String, byte[]> files = collect(root, version, !Boolean.parseBoolean(args[4]));
    write(files, zip, time);
    System.out.println(
        "Central bundle: "
            + zip
            + " ("
            + files.size()
            + " files, "
            + published(root).size()
            + " artifacts)");
  }

  /** The published artifactIds: the parent, the BOM, then what the BOM manages, in BOM order. */
  static List<String> published(Path root) {
    List<String> ids = new ArrayList<>(List.of(PARENT, BOM));
    Element project = read(root.resolve(BOM).resolve("pom.xml")).getDocumentElement();
    Element management = child(project, "dependencyManagement");
    NodeList dependencies = child(management, "dependencies").getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      ids.add(text((Element) dependencies.item(i), "artifactId"));
    }
    return ids;
  }

  /**
   * A published artifact's module directory: its artifactId below the root, the root for the
   * parent.
   */
  static Path moduleDir(Path root, String artifactId) {
    return artifactId.equals(PARENT) ? root : root.resolve(artifactId);
  }

  static boolean isPom(String artifactId) {
    return artifactId.equals(PARENT) || artifactId.equals(BOM);
  }

  private static Map<String, byte[]> collect(Path root, String version, boolean signed)
      throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String id : published(root)) {
      Path module = moduleDir(root, id);
      String dir = GROUP_PATH + "/" + id + "/" + version + "/";
      String base = id + "-" + version;
      Path target = module.resolve("target");
      add(files, dir + base + ".pom", Files.readAllBytes(module.resolve("pom.xml")));
      List<String> signedFiles = new ArrayList<>(List.of(base + ".pom"));
      if (!isPom(id)) {
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
          Path jar = target.resolve(base + suffix);
          if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                id + ": " + jar.getFileName() + " is missing; build with -P release");
          }
          add(files, dir + base + suffix, Files.readAllBytes(jar));
          signedFiles.add(base + suffix);
        }
      }
      if (signed) {
        // maven-gpg-plugin writes each signature next to its file in target.
        for (String name : signedFiles) {
          Path asc = target.resolve(name + ".asc");
          if (!Files.isRegularFile(asc)) {
            throw new IllegalStateException(id + ": " + asc.getFileName() + " is missing");
          }
          files.put(dir + name + ".asc", Files.readAllBytes(asc));
        }
      }
    }
    return files;
  }

  /** Adds a file and its .md5 and .sha1 checksums (hex, as Maven writes them). */
  private static void add(Map<String, byte[]> files, String name, byte[] content) {
    files.put(name, content);
    files.put(name + ".md5", hex("MD5", content));
    files.put(name + ".sha1", hex("SHA-1", content));
  }

  static byte[] hex(String algorithm, byte[] content) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance(algorithm).digest(content))
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Map<String, byte[]> files, Path zip, Instant time) throws IOException {
    Files.createDirectories(zip.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setLastModifiedTime(FileTime.from(time)); // reproducible, like the jars
        z.putNextEntry(entry);
        z.write(file.getValue());
        z.closeEntry();
      }
    }
  }

  static Document read(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(pom.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + pom, e);
    }
  }

  /** The first direct child element named {@code name}, or null. */
  static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** The trimmed text of the direct child {@code name}, or null. */
  static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().strip();
  }
}
