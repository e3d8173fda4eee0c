package org.oneroster4j.export;

/** Sends one planned write to the SIS. Implementations are thread-safe. */
interface SisWriter {
  /**
   * Sends {@code item}'s PUT or DELETE (with the client's retries).
   *
   * @param item the write; for a result, {@code lineItemIdOverride} replaces its lineItem reference
   * @param lineItemIdOverride a provider-assigned lineItem sourcedId to reference instead, or null
   * @return the sourcedId the SIS echoed, or null
   * @throws RuntimeException what the client threw; the executor turns it into a failure
   */
  WriteReply write(PlannedItem item, String lineItemIdOverride);

  /** What the SIS answered to a successful write. */
  record WriteReply(int httpStatus, String sourcedId) {}
}
