/**
 * Runnable examples of OneRoster4j: {@link org.oneroster4j.examples.QuickStart}, {@link
 * org.oneroster4j.examples.LinkClasses} and {@link org.oneroster4j.examples.ExportGradebook}. Each
 * runs against an embedded fake SIS with no setup, or against a real SIS when {@code ONEROSTER_URL}
 * and credentials are set. How to test with the testkit is the JUnit test {@code TestWithFakeSis}
 * in this module's tests.
 */
package org.oneroster4j.examples;
