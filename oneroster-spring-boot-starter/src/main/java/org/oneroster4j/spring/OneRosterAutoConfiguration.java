package org.oneroster4j.spring;

import java.util.Locale;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RequestGate;
import org.oneroster4j.RequestListener;
import org.oneroster4j.export.ExportListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the {@code oneroster.connections.<name>} SIS connections: a {@link
 * OneRosterConnections} registry, and for each name a {@link OneRosterClient} bean and a {@link
 * org.oneroster4j.export.GradeExportConnection} bean. Every client gets the application's {@link
 * RequestGate} bean if it has one, every {@link RequestListener} bean, and is changed by every
 * {@link OneRosterClientCustomizer} bean; every connection tells every {@link ExportListener} bean
 * of its exports. With Actuator, the client and vendor secrets are masked in {@code /actuator/env}
 * and {@code /actuator/configprops} even where values are shown.
 */
@AutoConfiguration
@ConditionalOnClass(OneRosterClient.class)
@EnableConfigurationProperties(OneRosterProperties.class)
@Import(ConnectionBeansRegistrar.class)
public class OneRosterAutoConfiguration {

  /** Creates the auto-configuration. */
  public OneRosterAutoConfiguration() {}

  /**
   * The configured connections, validated: a setting that cannot work fails the startup with a
   * message naming its property.
   *
   * @param properties the {@code oneroster.*} properties
   * @param gate the application's request gate, if it has one
   * @param requestListeners every request listener bean
   * @param exportListeners every export listener bean
   * @param customizers every client customizer bean
   * @return the connections by name
   */
  @Bean
  public OneRosterConnections oneRosterConnections(
      OneRosterProperties properties,
      ObjectProvider<RequestGate> gate,
      ObjectProvider<RequestListener> requestListeners,
      ObjectProvider<ExportListener> exportListeners,
      ObjectProvider<OneRosterClientCustomizer> customizers) {
    RequestListener requestListener =
        RequestListener.of(requestListeners.orderedStream().toArray(RequestListener[]::new));
    ExportListener exportListener =
        ExportListener.of(exportListeners.orderedStream().toArray(ExportListener[]::new));
    return new ConnectionFactory(
            gate.getIfAvailable(),
            requestListeners.orderedStream().findAny().isPresent()
                ? requestListener
                : RequestListener.none(),
            exportListeners.orderedStream().findAny().isPresent()
                ? exportListener
                : ExportListener.none(),
            customizers.orderedStream().toList())
        .create(properties);
  }

  /** Masks the connections' secrets in Actuator's env and configprops endpoints. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SanitizingFunction.class)
  static class SecretsSanitizing {
    @Bean
    SanitizingFunction oneRosterSecretsSanitizingFunction() {
      return OneRosterAutoConfiguration::sanitize;
    }
  }

  /**
   * Masks {@code oneroster.*} client and vendor secrets whatever form the key has: {@code
   * client-secret}, {@code clientSecret}, or an environment variable's {@code _CLIENTSECRET}.
   */
  static SanitizableData sanitize(SanitizableData data) {
    String key =
        data.getKey().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
    boolean secret = key.endsWith("clientsecret") || key.endsWith("vendorsecret");
    return secret && key.contains("oneroster") ? data.withSanitizedValue() : data;
  }
}
