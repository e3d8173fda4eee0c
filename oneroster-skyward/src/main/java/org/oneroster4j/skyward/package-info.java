/**
 * Skyward (SMS 2.0 and Qmlativ OneRoster API): the {@code skyward} {@link
 * org.oneroster4j.spi.SisVendor}. Add this module to the class path or module path and {@code
 * OneRosterClient.builder().vendor("skyward")} (or a {@code *.skyward.com} URL) uses it.
 */
package org.oneroster4j.skyward;
