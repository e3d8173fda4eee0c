package org.oneroster4j.spring;

import java.util.Map;
import java.util.Set;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.GradeExportConnection;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a {@link OneRosterClient} bean and a {@link GradeExportConnection} bean per name under
 * {@code oneroster.connections}, each taken from the {@link OneRosterConnections} bean (which
 * builds, validates and closes them) and qualified by the connection's name.
 */
final class ConnectionBeansRegistrar
    implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {
  private Environment environment;
  private BeanFactory beanFactory;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    Set<String> names =
        Binder.get(environment)
            .bind(
                "oneroster.connections",
                Bindable.mapOf(String.class, OneRosterProperties.Connection.class))
            .orElse(Map.of())
            .keySet();
    BeanFactory factory = beanFactory;
    for (String name : names) {
      RootBeanDefinition client =
          new RootBeanDefinition(
              OneRosterClient.class,
              () -> factory.getBean(OneRosterConnections.class).client(name));
      register(registry, name + "OneRosterClient", name, client);
      RootBeanDefinition connection =
          new RootBeanDefinition(
              GradeExportConnection.class,
              () -> factory.getBean(OneRosterConnections.class).connection(name));
      register(registry, name + "GradeExportConnection", name, connection);
    }
  }

  private static void register(
      BeanDefinitionRegistry registry, String beanName, String name, RootBeanDefinition def) {
    def.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
    // OneRosterConnections closes the clients; the context must not close them a second time.
    def.setDestroyMethodName("");
    if (!registry.containsBeanDefinition(beanName)) {
      registry.registerBeanDefinition(beanName, def);
    }
  }
}
