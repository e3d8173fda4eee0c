/**
 * The OneRoster client: {@code OneRosterClient}, {@code Credentials} and {@code RequestOptions}.
 */
package org.oneroster4j;
