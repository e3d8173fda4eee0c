package org.oneroster4j.cli;

import java.io.PrintWriter;
import org.oneroster4j.export.ExportFailure;
import org.oneroster4j.export.ExportPlan;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.ItemOutcome;

/**
 * Export progress on stderr: a redrawn bar on a terminal, otherwise one line per tenth of the
 * writes (logs and CI output stay readable). The engine calls a listener one call at a time.
 */
final class ProgressPrinter implements org.oneroster4j.export.ExportListener {
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean bar;
  private int total;
  private int done;
  private int failed;
  private int lastTenth;

  ProgressPrinter(PrintWriter err, boolean bar) {
    this.err = err;
    this.bar = bar;
  }

  @Override
  public void planned(ExportPlan plan) {
    total = plan.writeCount();
    err.println(
        "Planned "
            + total
            + " write"
            + (total == 1 ? "" : "s")
            + " ("
            + plan.skipped().size()
            + " invalid items skipped)");
    err.flush();
  }

  @Override
  public void itemDone(ItemOutcome outcome) {
    done++;
    if (total == 0) {
      return;
    }
    if (bar) {
      int filled = (int) ((long) done * BAR_WIDTH / total);
      err.print(
          "\r["
              + "#".repeat(filled)
              + " ".repeat(BAR_WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + (failed > 0 ? "  " + failed + " failed" : ""));
      err.flush();
    } else {
      int tenth = (int) ((long) done * 10 / total);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        err.println("  " + done + "/" + total + " writes (" + tenth * 10 + "%)" + failedSuffix());
        err.flush();
      }
    }
  }

  @Override
  public void itemFailed(ExportFailure failure) {
    failed++;
  }

  @Override
  public void finished(ExportReport report) {
    if (bar && total > 0) {
      err.println();
    }
    err.flush();
  }

  private String failedSuffix() {
    return failed > 0 ? ", " + failed + " failed" : "";
  }
}
