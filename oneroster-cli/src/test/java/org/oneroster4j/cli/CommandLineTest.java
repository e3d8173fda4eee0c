package org.oneroster4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oneroster4j.spi.PartnerInfo;
import org.oneroster4j.spi.SisVendors;

class CommandLineTest {

  private static Set<String> commands() {
    StringWriter sink = new StringWriter();
    PrintWriter w = new PrintWriter(sink);
    return Main.commandLine(new CliContext(Map.of(), w, w, false)).getSubcommands().keySet();
  }

  @Test
  void everyCommand_hasHelp_exit0() {
    assertThat(commands()).contains("demo", "check", "classes", "export", "vendors");
    for (String command : commands()) {
      if (command.equals("help")) {
        continue;
      }
      Cli.Run run = Cli.run(command, "--help");
      assertThat(run.exitCode()).as(command + "\n" + run).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: oneroster " + command);
    }
  }

  @Test
  void topLevelHelp_listsCommandsEnvironmentAndExitCodes() {
    Cli.Run run = Cli.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("demo", "check", "classes", "export", "vendors")
        .contains("ONEROSTER_URL", "ONEROSTER_CLIENT_SECRET", "ONEROSTER_VENDOR_SECRET")
        .contains("Exit codes:", "3   the SIS rejected the credentials");
  }

  @Test
  void version_printsTheProjectVersion() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("oneroster ").doesNotContain("${").doesNotContain(" dev");
    assertThat(run.out().lines().findFirst().orElseThrow())
        .matches("oneroster \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void noCommand_printsUsageOnStderr_exit2() {
    Cli.Run run = Cli.run();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing command", "Usage: oneroster");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownCommandOrOption_exit2() {
    assertThat(Cli.run("exprot").exitCode()).isEqualTo(ExitCodes.USAGE);
    Cli.Run run = Cli.run("vendors", "--colour");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Unknown option: '--colour'", "oneroster vendors --help");
  }

  @Test
  void verbose_isAcceptedBeforeAndAfterTheCommand() {
    assertThat(Cli.run("-v", "vendors").exitCode()).isZero();
    assertThat(Cli.run("vendors", "--verbose").exitCode()).isZero();
  }

  @Test
  void vendors_listsEveryPartnerWithStatusAndModule_exit0() {
    Cli.Run run = Cli.run("vendors");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .contains("id", "name", "status", "module");
    assertThat(SisVendors.partners()).hasSizeGreaterThanOrEqualTo(3);
    for (PartnerInfo p : SisVendors.partners()) {
      assertThat(run.out())
          .containsPattern(
              Pattern.quote(p.id())
                  + " +"
                  + Pattern.quote(p.displayName())
                  + " +"
                  + p.status().name().toLowerCase(Locale.ROOT)
                  + " +installed");
    }
  }
}
