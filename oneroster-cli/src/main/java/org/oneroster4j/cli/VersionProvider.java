package org.oneroster4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the project version the jar was built from. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"oneroster " + version(), "OneRoster 1.1 grade export (OneRoster4j)"};
  }

  /** The version from the build (a filtered resource), else the jar manifest, else "dev". */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank() && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
    return fromManifest != null ? fromManifest : "dev";
  }
}
