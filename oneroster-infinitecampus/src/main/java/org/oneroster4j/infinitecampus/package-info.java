/**
 * Infinite Campus: the {@code infinitecampus} {@link org.oneroster4j.spi.SisVendor}. Add this
 * module to the class path or module path and {@code
 * OneRosterClient.builder().vendor("infinitecampus")} (or an Infinite Campus URL) uses it.
 */
package org.oneroster4j.infinitecampus;
