/**
 * The exceptions OneRoster4j throws for what a SIS does and for input that fails validation; {@link
 * org.oneroster4j.error.OneRosterException} is the root.
 *
 * <p>Everything that comes from a SIS is a {@code OneRosterException}: an HTTP error ({@link
 * org.oneroster4j.error.OneRosterServiceException} and its subclasses), no answer ({@link
 * org.oneroster4j.error.TransportException}), an answer that is not OneRoster ({@link
 * org.oneroster4j.error.ProtocolException}). So is input that fails validation, such as a
 * connection setting the vendor refuses, an invalid entity or gradebook file ({@link
 * org.oneroster4j.error.ValidationException}, listing every problem).
 *
 * <p>Misuse of the API is not: a null argument is a {@link NullPointerException}, an argument out
 * of range an {@link IllegalArgumentException}, and a builder missing a required setting (a client
 * without URL or credentials) an {@link IllegalStateException}, each thrown at once, before any
 * request.
 */
package org.oneroster4j.error;
