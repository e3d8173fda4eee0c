package org.oneroster4j.export;

import java.util.Objects;
import org.oneroster4j.OneRosterVersion;

/**
 * An export run as {@link ExportListener#started} sees it when it begins: the SIS vendor, the
 * OneRoster version, how many classes the gradebook holds and how many writes run at once. It holds
 * no id, name, email or score, so every part is safe in a log line or as a metric tag.
 */
public final class ExportStart {
  private final String vendor;
  private final OneRosterVersion version;
  private final int classes;
  private final int concurrency;

  ExportStart(String vendor, OneRosterVersion version, int classes, int concurrency) {
    this.vendor = Objects.requireNonNull(vendor, "vendor");
    this.version = Objects.requireNonNull(version, "version");
    this.classes = classes;
    this.concurrency = concurrency;
  }

  /** {@return the SIS vendor's id, for example {@code "skyward"}} */
  public String vendor() {
    return vendor;
  }

  /** {@return the OneRoster version the client speaks} */
  public OneRosterVersion version() {
    return version;
  }

  /** {@return how many classes the gradebook holds} */
  public int classes() {
    return classes;
  }

  /** {@return how many reads and writes the run sends at once} */
  public int concurrency() {
    return concurrency;
  }

  @Override
  public String toString() {
    return "export to "
        + vendor
        + " "
        + version
        + ": "
        + classes
        + " class(es), concurrency "
        + concurrency;
  }
}
