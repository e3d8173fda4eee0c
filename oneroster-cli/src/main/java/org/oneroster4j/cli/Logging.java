package org.oneroster4j.cli;

/**
 * Configures the jar's slf4j-simple backend through its system properties: WARN by default, DEBUG
 * with {@code --verbose}, always on stderr so stdout stays clean for results and {@code --json}.
 * slf4j-simple reads them when the first logger is created, which no command does before its
 * options are parsed.
 */
final class Logging {
  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private Logging() {}

  /** Sets the defaults unless the user chose otherwise with {@code -D}. */
  static void defaults() {
    setIfAbsent("defaultLogLevel", "warn");
    setIfAbsent("logFile", "System.err");
    setIfAbsent("showThreadName", "false");
    setIfAbsent("showShortLogName", "true");
    setIfAbsent("levelInBrackets", "true");
  }

  /** DEBUG for everything (the {@code -v/--verbose} option). */
  static void verbose() {
    defaults();
    System.setProperty(PREFIX + "defaultLogLevel", "debug");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(PREFIX + key) == null) {
      System.setProperty(PREFIX + key, value);
    }
  }
}
