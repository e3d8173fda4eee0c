/**
 * Aspen (Follett): the {@code aspen} {@link org.oneroster4j.spi.SisVendor}. Add this module to the
 * class path or module path and {@code OneRosterClient.builder().vendor("aspen")} (or a {@code
 * *.myfollett.com} URL) uses it.
 */
package org.oneroster4j.aspen;
