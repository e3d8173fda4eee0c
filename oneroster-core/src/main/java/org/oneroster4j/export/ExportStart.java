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

  private ExportStart(Builder b) {
    this.vendor = Objects.requireNonNull(b.vendor, "vendor");
    this.version = Objects.requireNonNull(b.version, "version");
    if (b.classes < 0) {
      throw new IllegalArgumentException("classes must not be negative, got " + b.classes);
    }
    if (b.concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + b.concurrency);
    }
    this.classes = b.classes;
    this.concurrency = b.concurrency;
  }

  /**
   * A builder, for tests of a listener; the exporter makes the starts it reports. Vendor and
   * version are required; classes default to 0, concurrency to 1.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
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

  /** Builds an {@link ExportStart}. */
  public static final class Builder {
    private String vendor;
    private OneRosterVersion version;
    private int classes;
    private int concurrency = 1;

    private Builder() {}

    /**
     * Sets the vendor id.
     *
     * @param vendor the vendor id
     * @return this builder
     */
    public Builder vendor(String vendor) {
      this.vendor = Objects.requireNonNull(vendor, "vendor");
      return this;
    }

    /**
     * Sets the OneRoster version.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(OneRosterVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets the number of classes in the gradebook.
     *
     * @param classes zero or more
     * @return this builder
     */
    public Builder classes(int classes) {
      this.classes = classes;
      return this;
    }

    /**
     * Sets the run's concurrency.
     *
     * @param concurrency at least 1
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Builds the start.
     *
     * @return the start
     * @throws NullPointerException when the vendor or version is missing
     * @throws IllegalArgumentException when a count is out of range
     */
    public ExportStart build() {
      return new ExportStart(this);
    }
  }
}
