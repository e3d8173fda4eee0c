package org.oneroster4j.examples.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.oneroster4j.testkit.FakeSis;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the testkit's fake SIS on a free loopback port before any other bean, registers it as the
 * bean {@code embeddedSis} (closed with the context), and publishes its address and credentials as
 * {@code embedded-sis.*} properties, which {@code application.properties} feeds to {@code
 * oneroster.connections.demo.*}. Set {@code embedded-sis.enabled=false} and the connection's own
 * properties to use a real SIS instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "embedded-sis.enabled", matchIfMissing = true)
public class EmbeddedSisConfiguration {

  /** Created by Spring. */
  public EmbeddedSisConfiguration() {}

  /**
   * Runs before the beans are created, so the connection's properties hold the fake SIS's address
   * when the client is built.
   *
   * @param environment the application's environment
   * @return the post-processor that starts the fake SIS
   */
  @Bean
  public static BeanFactoryPostProcessor embeddedSisStarter(ConfigurableEnvironment environment) {
    return beanFactory -> {
      FakeSis sis = FakeSis.builder().build().start();
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("embedded-sis.url", sis.adminUrl());
      properties.put("embedded-sis.token-url", sis.tokenUrl());
      properties.put("embedded-sis.client-id", sis.clientId());
      properties.put("embedded-sis.client-secret", sis.clientSecret());
      properties.put("embedded-sis.vendor", sis.vendor());
      environment.getPropertySources().addFirst(new MapPropertySource("embeddedSis", properties));
      beanFactory.registerSingleton("embeddedSis", sis);
      if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
        registry.registerDisposableBean("embeddedSis", sis::close);
      }
    };
  }
}
