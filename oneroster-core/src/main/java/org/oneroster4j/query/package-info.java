/** Filters, queries and lazily fetched pages of OneRoster collections. */
package org.oneroster4j.query;
