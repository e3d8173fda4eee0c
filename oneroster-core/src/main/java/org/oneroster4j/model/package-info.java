/**
 * Immutable models of the OneRoster 1.1 and 1.2 entities (one model, the superset of both
 * versions), their references and open vocabularies.
 */
package org.oneroster4j.model;
