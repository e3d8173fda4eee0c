/**
 * Runnable examples of OneRoster4j: {@link org.oneroster4j.examples.QuickStart}, {@link
 * org.oneroster4j.examples.LinkClasses}, {@link org.oneroster4j.examples.ExportGradebook} and
 * {@link org.oneroster4j.examples.TestWithFakeSis}. Each runs against an embedded fake SIS with no
 * setup, or against a real SIS when {@code ONEROSTER_URL} and credentials are set.
 */
package org.oneroster4j.examples;
