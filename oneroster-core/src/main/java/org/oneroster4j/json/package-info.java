/**
 * The JSON binding of the model, public: {@link org.oneroster4j.json.EntityJson} writes and reads
 * one entity in a OneRoster version's wire shape, exactly as the client does.
 */
package org.oneroster4j.json;
