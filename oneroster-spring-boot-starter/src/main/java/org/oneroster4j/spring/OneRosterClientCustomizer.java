package org.oneroster4j.spring;

import org.oneroster4j.OneRosterClient;

/**
 * Changes the client builder of a configured connection before it is built, for anything the
 * properties do not cover (a retry policy, a page size, scopes). Every bean of this type is applied
 * to every connection, in {@link org.springframework.core.annotation.Order} order.
 *
 * <pre>{@code
 * @Bean
 * OneRosterClientCustomizer patientRetries() {
 *   return (name, builder) -> builder.retryPolicy(RetryPolicy.builder().maxAttempts(6).build());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface OneRosterClientCustomizer {

  /**
   * Customizes the builder of connection {@code name}.
   *
   * @param name the connection's name, as in {@code oneroster.connections.<name>}
   * @param builder the builder, already set from the properties
   */
  void customize(String name, OneRosterClient.Builder builder);
}
