package org.oneroster4j.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates commands that take the run's {@link CliContext}; anything else the default way. */
final class ContextFactory implements CommandLine.IFactory {
  private final CliContext ctx;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  ContextFactory(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    Constructor<K> withContext;
    try {
      withContext = cls.getDeclaredConstructor(CliContext.class);
    } catch (NoSuchMethodException e) {
      return fallback.create(cls);
    }
    return withContext.newInstance(ctx);
  }
}
