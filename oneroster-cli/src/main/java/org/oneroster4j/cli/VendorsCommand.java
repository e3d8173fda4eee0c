package org.oneroster4j.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.oneroster4j.spi.PartnerInfo;
import org.oneroster4j.spi.SisVendors;
import picocli.CommandLine.Command;

/** {@code oneroster vendors}: the SIS vendors OneRoster4j knows and their partnership status. */
@Command(
    name = "vendors",
    mixinStandardHelpOptions = true,
    description =
        "Lists SIS vendors, their partnership status and whether their module is installed.")
final class VendorsCommand implements Callable<Integer> {
  private final CliContext ctx;

  VendorsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Table table = new Table("id", "name", "status", "module", "note");
    for (PartnerInfo p : SisVendors.partners()) {
      table.row(
          p.id(),
          p.displayName(),
          p.status().name().toLowerCase(Locale.ROOT),
          p.moduleInstalled() ? "installed" : "not installed",
          p.note());
    }
    table.print(ctx.out(), "");
    return ExitCodes.OK;
  }
}
