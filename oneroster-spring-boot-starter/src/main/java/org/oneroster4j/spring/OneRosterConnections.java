package org.oneroster4j.spring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.GradeExportConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured SIS connections by name: one {@link OneRosterClient} and one {@link
 * GradeExportConnection} for each {@code oneroster.connections.<name>}. Each client and connection
 * is also a bean of its own ({@code <name>OneRosterClient}, {@code <name>GradeExportConnection},
 * qualified by the name), so with exactly one connection both inject without a qualifier. Closing
 * it, as the application context does, closes every client.
 *
 * <pre>{@code
 * ExportReport report = connections.connection("district1").exporter().export(gradebook);
 * }</pre>
 */
public final class OneRosterConnections implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OneRosterConnections.class);

  private final Map<String, GradeExportConnection> connections;

  OneRosterConnections(Map<String, GradeExportConnection> connections) {
    this.connections = Collections.unmodifiableMap(new LinkedHashMap<>(connections));
  }

  /** {@return the names of the configured connections, in configuration order} */
  public Set<String> names() {
    return connections.keySet();
  }

  /**
   * The grade export connection named {@code name}: its client, namespace and teacher permission
   * switch.
   *
   * @param name the name, as in {@code oneroster.connections.<name>}
   * @return the connection
   * @throws IllegalArgumentException when no connection has that name
   */
  public GradeExportConnection connection(String name) {
    Objects.requireNonNull(name, "name");
    GradeExportConnection c = connections.get(name);
    if (c == null) {
      throw new IllegalArgumentException(
          "no OneRoster connection named '"
              + name
              + "'; configured: "
              + connections.keySet()
              + " (set oneroster.connections."
              + name
              + ".url and its credentials to add it)");
    }
    return c;
  }

  /**
   * The client of the connection named {@code name}.
   *
   * @param name the name, as in {@code oneroster.connections.<name>}
   * @return the client
   * @throws IllegalArgumentException when no connection has that name
   */
  public OneRosterClient client(String name) {
    return connection(name).client();
  }

  /** Closes every client; what was exported stays in the SIS. */
  @Override
  public void close() {
    for (Map.Entry<String, GradeExportConnection> e : connections.entrySet()) {
      GradeExportConnection c = e.getValue();
      if (c.isConnected()) {
        try {
          c.client().close();
        } catch (RuntimeException ex) {
          LOG.warn("closing the OneRoster client of connection '{}' failed", e.getKey(), ex);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "OneRosterConnections" + connections.keySet();
  }
}
