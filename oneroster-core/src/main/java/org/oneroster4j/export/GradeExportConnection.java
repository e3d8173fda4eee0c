package org.oneroster4j.export;

import java.util.Objects;
import org.oneroster4j.OneRosterClient;

/**
 * One school's SIS connection as the LMS keeps it: the client, the LMS installation's namespace and
 * the teacher permission switch ("grade export enabled"). Grade export starts switched <b>on</b>,
 * as teacher permissions are on when a SIS connection is made; {@link #disableGradeExport()}
 * switches it off in one call. Class linking and grade export are refused with a {@link
 * GradeExportUnavailableException} while the switch is off or the SIS is disconnected, and the
 * switch is checked again before every write of a running export; {@link #check()} works
 * regardless, so an administrator can test the connection with export off.
 *
 * <pre>{@code
 * GradeExportConnection connection = GradeExportConnection.builder()
 *     .client(sis).namespace("my-lms").build();   // grade export on
 * Diagnosis diagnosis = connection.check();
 * List<SisClass> classes = connection.linker().linkableClasses("kim@district.org");
 * ExportReport report = connection.exporter().export(gradebook);
 * connection.disableGradeExport();   // teachers may no longer link or export
 * connection.disconnect();            // stops updates; what was exported stays in the SIS
 * connection.reconnect(sis);          // picks the same SIS items up again (stable ids)
 * }</pre>
 *
 * <p>Thread-safe. Switching export off or disconnecting during an export stops it from issuing
 * further writes.
 */
public final class GradeExportConnection {
  private final String namespace;
  private final ExportListener exportListener;
  private volatile OneRosterClient client;
  private volatile boolean gradeExportEnabled;

  private GradeExportConnection(Builder b) {
    this.client = b.client;
    this.namespace = b.namespace;
    this.gradeExportEnabled = b.gradeExportEnabled;
    this.exportListener = b.exportListener;
  }

  /**
   * Returns a builder; a client is required, grade export starts switched on.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The namespace of the LMS installation (see {@link StableIds}).
   *
   * @return the namespace
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The listener that hears every export run through this connection, besides the exporter's own
   * ({@link GradeExporter#listener}); {@link ExportListener#none()} unless set.
   *
   * @return the listener
   */
  public ExportListener exportListener() {
    return exportListener;
  }

  /**
   * Whether teachers may link classes and export grades (on unless switched off).
   *
   * @return the state of the switch
   */
  public boolean isGradeExportEnabled() {
    return gradeExportEnabled;
  }

  /** Switches grade export on (the teacher permission). */
  public void enableGradeExport() {
    gradeExportEnabled = true;
  }

  /** Switches grade export off: linking and export are refused; a running export stops writing. */
  public void disableGradeExport() {
    gradeExportEnabled = false;
  }

  /**
   * Whether a SIS client is connected.
   *
   * @return false after {@link #disconnect()} until {@link #reconnect}
   */
  public boolean isConnected() {
    return client != null;
  }

  /**
   * Disconnects the SIS: no further reads or writes through this connection, and a running export
   * stops writing. Nothing is deleted from the SIS; a later {@link #reconnect} with the same
   * namespace updates the same items instead of duplicating them.
   */
  public void disconnect() {
    client = null;
  }

  /**
   * Connects (again) to a SIS, for example with renewed credentials.
   *
   * @param client the SIS client
   */
  public void reconnect(OneRosterClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * The connected client.
   *
   * @return the client
   * @throws GradeExportUnavailableException when disconnected
   */
  public OneRosterClient client() {
    OneRosterClient c = client;
    if (c == null) {
      throw new GradeExportUnavailableException(
          GradeExportUnavailableException.Reason.DISCONNECTED,
          "the SIS is disconnected; reconnect it (administrator settings) before linking classes"
              + " or exporting grades");
    }
    return c;
  }

  /**
   * Checks URL, credentials and gradebook access; works while grade export is switched off.
   *
   * @return the diagnosis: ok, or the problem and what to change
   * @throws GradeExportUnavailableException when disconnected
   */
  public Diagnosis check() {
    return ConnectionCheck.of(client()).run();
  }

  /**
   * A class linker for teachers.
   *
   * @return a linker that re-checks the switch on every call
   * @throws GradeExportUnavailableException when grade export is off or the SIS disconnected
   */
  public ClassLinker linker() {
    requireEnabled("link classes");
    return ClassLinker.of(this);
  }

  /**
   * An exporter using this connection's client and namespace; it re-checks the switch on every run
   * and before every write.
   *
   * @return an exporter
   * @throws GradeExportUnavailableException when grade export is off or the SIS disconnected
   */
  public GradeExporter exporter() {
    requireEnabled("export grades");
    return GradeExporter.of(this);
  }

  boolean isExportAllowed() {
    return gradeExportEnabled && client != null;
  }

  void requireEnabled(String action) {
    client();
    if (!gradeExportEnabled) {
      throw new GradeExportUnavailableException(
          GradeExportUnavailableException.Reason.GRADE_EXPORT_DISABLED,
          "cannot "
              + action
              + ": grade export is switched off for this SIS connection; an"
              + " administrator must enable it (teacher permissions)");
    }
  }

  @Override
  public String toString() {
    return "GradeExportConnection[namespace="
        + namespace
        + ", connected="
        + isConnected()
        + ", gradeExportEnabled="
        + gradeExportEnabled
        + "]";
  }

  /** Builds a {@link GradeExportConnection}. */
  public static final class Builder {
    private OneRosterClient client;
    private String namespace = StableIds.DEFAULT_NAMESPACE;
    private boolean gradeExportEnabled = true;
    private ExportListener exportListener = ExportListener.none();

    private Builder() {}

    /**
     * A listener that hears every export run through the connection, whatever listener the run's
     * exporter has; for metrics and traces (module {@code oneroster-micrometer}). Default none.
     *
     * @param exportListener the listener
     * @return this builder
     */
    public Builder exportListener(ExportListener exportListener) {
      this.exportListener = Objects.requireNonNull(exportListener, "exportListener");
      return this;
    }

    /**
     * The SIS client (required).
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(OneRosterClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The LMS installation's namespace (default {@code "default"}); never change it later.
     *
     * @param namespace a non-blank namespace
     * @return this builder
     * @throws IllegalArgumentException if the namespace is blank
     */
    public Builder namespace(String namespace) {
      Objects.requireNonNull(namespace, "namespace");
      if (namespace.isBlank()) {
        throw new IllegalArgumentException("namespace must not be blank");
      }
      this.namespace = namespace;
      return this;
    }

    /**
     * Whether grade export starts switched on (default on); {@code false} for a connection an
     * administrator sets up before allowing teachers to export.
     *
     * @param gradeExportEnabled the initial state of the switch
     * @return this builder
     */
    public Builder gradeExportEnabled(boolean gradeExportEnabled) {
      this.gradeExportEnabled = gradeExportEnabled;
      return this;
    }

    /**
     * Builds the connection.
     *
     * @return the connection, grade export on unless {@code gradeExportEnabled(false)}
     * @throws IllegalStateException if no client was given
     */
    public GradeExportConnection build() {
      if (client == null) {
        throw new IllegalStateException(
            "a GradeExportConnection needs the SIS client; call client(OneRosterClient)");
      }
      return new GradeExportConnection(this);
    }
  }
}
