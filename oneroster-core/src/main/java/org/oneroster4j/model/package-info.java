/** Immutable models of every OneRoster 1.1 entity, references and open vocabularies. */
package org.oneroster4j.model;
