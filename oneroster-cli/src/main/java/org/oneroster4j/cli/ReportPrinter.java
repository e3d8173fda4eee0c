package org.oneroster4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oneroster4j.export.Action;
import org.oneroster4j.export.ExportFailure;
import org.oneroster4j.export.ExportPlan;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.ItemKind;
import org.oneroster4j.export.SisWarning;
import org.oneroster4j.export.SkippedItem;

/** Renders export reports and dry-run plans as readable tables. */
final class ReportPrinter {
  /** The most SIS warnings printed; the report file keeps them all. */
  static final int MAX_SIS_WARNING_ROWS = 50;

  private static final List<ItemKind> KINDS =
      List.of(ItemKind.CATEGORY, ItemKind.LINE_ITEM, ItemKind.RESULT);

  private ReportPrinter() {}

  /** The counts per kind, then what was skipped and what failed. */
  static void print(ExportReport report, PrintWriter out, String indent) {
    print(report, out, indent, true);
  }

  /** The counts per kind, and (when {@code withSkipped}) the skipped items. */
  static void print(ExportReport report, PrintWriter out, String indent, boolean withSkipped) {
    Table counts = new Table("", "created", "updated", "unchanged", "deleted", "failed");
    for (ItemKind kind : KINDS) {
      ExportReport.Counts c = report.counts(kind);
      if (kind == ItemKind.CATEGORY && c.total() == 0) {
        continue; // only written when the vendor lets us create categories
      }
      counts.row(plural(kind), c.created(), c.updated(), c.unchanged(), c.deleted(), c.failed());
    }
    counts.print(out, indent);
    if (!withSkipped && !report.skipped().isEmpty()) {
      out.println(indent + report.skipped().size() + " invalid items skipped, as above.");
    }
    details(
        withSkipped ? report.skipped() : List.of(),
        report.failures(),
        report.warnings(),
        out,
        indent);
    sisWarnings(report.sisWarnings(), out, indent);
    if (report.stopCause() == ExportReport.StopCause.SIS_NOT_ANSWERING) {
      out.println(
          indent
              + "Stopped: writes in a row got no answer from the SIS (the failures above say why); "
              + report.notSent()
              + " writes not sent. Run the export again when it answers.");
    } else if (report.interrupted()) {
      out.println(
          indent + "Interrupted: " + report.notSent() + " writes not sent; run the export again.");
    }
  }

  /** What a dry run would do. */
  static void print(ExportPlan plan, PrintWriter out, String indent) {
    Table counts = new Table("", "create", "update", "unchanged", "delete");
    for (ItemKind kind : KINDS) {
      int create = plan.count(kind, Action.CREATE);
      int update = plan.count(kind, Action.UPDATE);
      int unchanged = plan.count(kind, Action.UNCHANGED);
      int delete = plan.count(kind, Action.DELETE);
      if (kind == ItemKind.CATEGORY && create + update + unchanged + delete == 0) {
        continue;
      }
      counts.row(plural(kind), create, update, unchanged, delete);
    }
    counts.print(out, indent);
    details(plan.skipped(), plan.failures(), plan.warnings(), out, indent);
  }

  private static void details(
      List<SkippedItem> skipped,
      List<ExportFailure> failures,
      List<String> warnings,
      PrintWriter out,
      String indent) {
    if (!skipped.isEmpty()) {
      out.println();
      out.println(indent + "Skipped as invalid (" + skipped.size() + "; nothing sent for these):");
      Table t = new Table("kind", "class", "assignment", "student", "reason");
      // The grades of an invalid assignment all share one reason: one row for them.
      Map<List<String>, List<SkippedItem>> groups = new LinkedHashMap<>();
      for (SkippedItem s : skipped) {
        List<String> key =
            s.kind() == ItemKind.RESULT
                ? Arrays.asList(s.kind().wire(), s.classSourcedId(), s.assignmentId(), s.reason())
                : Arrays.asList(
                    s.kind().wire(), s.classSourcedId(), s.assignmentId(), s.reason(), s.student());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
      for (List<SkippedItem> group : groups.values()) {
        SkippedItem s = group.get(0);
        String student = group.size() == 1 ? s.student() : group.size() + " students";
        t.row(s.kind().wire(), s.classSourcedId(), s.assignmentId(), student, s.reason());
      }
      t.print(out, indent + "  ");
    }
    if (!failures.isEmpty()) {
      out.println();
      out.println(indent + "Failed (" + failures.size() + "):");
      Table t = new Table("kind", "class", "assignment", "student", "http", "message");
      for (ExportFailure f : failures) {
        t.row(
            f.kind().wire(),
            f.classSourcedId(),
            f.assignmentId(),
            f.student(),
            f.httpStatus(),
            Advice.forCli(f.message()));
      }
      t.print(out, indent + "  ");
    }
    if (!warnings.isEmpty()) {
      out.println();
      out.println(indent + "Adjusted to fit the SIS (" + warnings.size() + "):");
      warnings.forEach(w -> out.println(indent + "  - " + Terminal.safe(w)));
    }
  }

  /** The SIS's warnings about writes it accepted: the first {@link #MAX_SIS_WARNING_ROWS}. */
  private static void sisWarnings(List<SisWarning> warnings, PrintWriter out, String indent) {
    if (warnings.isEmpty()) {
      return;
    }
    out.println();
    out.println(indent + "Accepted by the SIS with warnings (" + warnings.size() + "):");
    Table t = new Table("kind", "class", "assignment", "student", "code", "description");
    for (SisWarning w : warnings.subList(0, Math.min(warnings.size(), MAX_SIS_WARNING_ROWS))) {
      t.row(
          w.kind().wire(),
          w.classSourcedId(),
          w.assignmentId(),
          w.student(),
          w.info().codeMinor(),
          w.info().description());
    }
    t.print(out, indent + "  ");
    if (warnings.size() > MAX_SIS_WARNING_ROWS) {
      out.println(
          indent
              + "  ... and "
              + (warnings.size() - MAX_SIS_WARNING_ROWS)
              + " more; --report FILE writes them all.");
    }
  }

  private static String plural(ItemKind kind) {
    switch (kind) {
      case CATEGORY:
        return "categories";
      case LINE_ITEM:
        return "lineItems";
      case RESULT:
        return "results";
      default:
        return kind.wire();
    }
  }
}
