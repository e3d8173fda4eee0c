package org.oneroster4j.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the SDK's advice for the command line. The SDK tells a Java caller which builder method
 * fixes a problem ({@code call tokenUrl("https://…/token")}); on the command line the same advice
 * must name the flag and the environment variable ({@code --token-url URL or ONEROSTER_TOKEN_URL}).
 */
final class Advice {
  private Advice() {}

  private record Rule(Pattern pattern, String replacement) {
    Rule(String regex, String replacement) {
      this(Pattern.compile(regex), replacement);
    }
  }

  private static final String TIMEOUT = "--timeout SECONDS (or ONEROSTER_TIMEOUT)";

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "(?:call |set it with |with |it with )?\\.?tokenUrl\\(\"[^\"]*\"\\)",
              "give --token-url URL (or set ONEROSTER_TOKEN_URL)"),
          new Rule("(?:call )?\\.?\\burl\\(\"[^\"]*\"\\)", "give --url URL (or set ONEROSTER_URL)"),
          new Rule(
              "(?:call )?credentials\\(Credentials\\.clientCredentials\\(clientId,\\s*"
                  + "clientSecret\\)\\)",
              "give --client-id and --client-secret (or set ONEROSTER_CLIENT_ID and"
                  + " ONEROSTER_CLIENT_SECRET) with --auth oauth2"),
          new Rule("Credentials\\.oauth1\\(key, secret\\)", "--auth oauth1"),
          new Rule(
              "(?:choose |build the client with )?version\\(OneRosterVersion\\.V1_(\\d)\\)",
              "give --oneroster 1.$1 (or set ONEROSTER_VERSION=1.$1)"),
          new Rule("(?:set |use )?\\.?vendor\\(\"([^\"…]+)\"\\)", "--vendor $1"),
          new Rule("(?:set )?\\.?vendor\\(\"…\"\\)", "--vendor ID"),
          new Rule("\\.?vendor\\(SisVendor\\)", "--vendor ID"),
          new Rule(
              "(?:with )?vendorCredentials\\(key, secret\\)",
              "with --vendor-key and --vendor-secret (or ONEROSTER_VENDOR_KEY and"
                  + " ONEROSTER_VENDOR_SECRET)"),
          new Rule(
              "(?:set )?vendorOption\\(\"([^\"]+)\", \"([^\"]*)\"\\)",
              "give --vendor-option $1=$2"),
          new Rule("\\bset option (\\w+)=", "give --vendor-option $1="),
          new Rule(", or call allowInsecureHttp\\(true\\) for a test server", ""),
          new Rule("raise requestTimeout\\(Duration\\)", "raise " + TIMEOUT),
          new Rule("raise attemptTimeout\\(Duration\\)", "raise " + TIMEOUT),
          new Rule("raise callTimeout\\(Duration\\)", "raise " + TIMEOUT),
          new Rule("\\((requestTimeout|attemptTimeout|callTimeout)\\)", "(--timeout)"),
          new Rule(
              "raise maxListItems\\(int\\)",
              "export fewer classes at once (the command line keeps at most "
                  + org.oneroster4j.OneRosterClient.DEFAULT_MAX_LIST_ITEMS
                  + " items of one list)"),
          new Rule("\\(maxListItems\\)", "(the command line's limit)"),
          new Rule(
              "\\(maxConcurrency\\(int\\), or GradeExporter\\.concurrency\\(int\\) for an"
                  + " export\\)",
              "(--concurrency N on export)"),
          new Rule("raise maxConcurrency\\(n\\)|maxConcurrency\\(n\\)", "--concurrency N"),
          new Rule(
              "; ask for smaller pages \\(Query\\.builder\\(\\)\\.pageSize\\(n\\)\\) or raise"
                  + " maxResponseBytes\\(long\\)",
              "; the command line reads at most 64 MiB of one answer: ask the SIS vendor why its"
                  + " answer is this large"));

  /** {@code message} with every builder call it advises replaced by the flag that does it. */
  static String forCli(String message) {
    if (message == null) {
      return null;
    }
    String out = message;
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(out);
      out = m.replaceAll(rule.replacement());
    }
    return out;
  }
}
