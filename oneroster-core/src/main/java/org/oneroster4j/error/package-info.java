/**
 * The exceptions OneRoster4j throws; {@link org.oneroster4j.error.OneRosterException} is the root.
 */
package org.oneroster4j.error;
