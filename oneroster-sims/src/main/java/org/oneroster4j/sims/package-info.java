/**
 * Capita SIMS: the {@code sims} {@link org.oneroster4j.spi.SisVendor}. Add this module to the class
 * path or module path and {@code OneRosterClient.builder().vendor("sims")} (or a {@code
 * *.sims.co.uk} URL) uses it.
 */
package org.oneroster4j.sims;
