package org.oneroster4j.export;

/**
 * Whether an export run may still send writes; asked before each one. Closes when an LMS switches
 * grade export off or disconnects the SIS during the run.
 */
@FunctionalInterface
interface WriteGate {
  /** A gate that never closes: an exporter on a client of its own. */
  WriteGate OPEN = () -> true;

  /** True while writes may go out. */
  boolean isOpen();
}
