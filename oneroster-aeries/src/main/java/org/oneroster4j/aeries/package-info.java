/**
 * Aeries: the {@code aeries} {@link org.oneroster4j.spi.SisVendor}. Add this module to the class
 * path or module path and {@code OneRosterClient.builder().vendor("aeries")} (or a {@code
 * *.aeries.net} URL) uses it.
 */
package org.oneroster4j.aeries;
