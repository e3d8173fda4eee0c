/**
 * Runnable examples of OneRoster4j: {@link org.oneroster4j.examples.QuickStart}, {@link
 * org.oneroster4j.examples.LinkClasses} and {@link org.oneroster4j.examples.ExportGradebook}. Each
 * runs against an embedded fake SIS with no setup, or against a real SIS when {@code ONEROSTER_URL}
 * and credentials are set. How to test with the testkit is the JUnit test {@code TestWithFakeSis}
 * in this module's tests. {@link org.oneroster4j.examples.SharedBudget} shows two workers sharing
 * one SIS's request budget through Hazelcast, always against an embedded fake SIS.
 */
package org.oneroster4j.examples;
