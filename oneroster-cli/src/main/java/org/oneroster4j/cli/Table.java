package org.oneroster4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table: left-aligned text, right-aligned numbers, two spaces between columns. */
final class Table {
  private final List<String> headers;
  private final List<Object[]> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "expected " + headers.size() + " cells, got " + Arrays.toString(cells));
    }
    rows.add(cells.clone());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out, String indent) {
    int[] width = new int[headers.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = headers.get(c).length();
      for (Object[] row : rows) {
        width[c] = Math.max(width[c], text(row[c]).length());
      }
    }
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < width.length; c++) {
      int column = c;
      boolean numeric = !rows.isEmpty() && rows.stream().allMatch(r -> r[column] instanceof Number);
      cell(line, headers.get(c), width[c], numeric, c == width.length - 1);
    }
    out.println(line.toString().stripTrailing());
    for (Object[] row : rows) {
      line = new StringBuilder(indent);
      for (int c = 0; c < width.length; c++) {
        cell(line, text(row[c]), width[c], row[c] instanceof Number, c == width.length - 1);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static void cell(
      StringBuilder line, String text, int width, boolean right, boolean last) {
    String pad = " ".repeat(width - text.length());
    line.append(right ? pad + text : text + (last ? "" : pad));
    if (!last) {
      line.append("  ");
    }
  }

  /** A cell as printed: text from the SIS may hold control characters, never printed. */
  private static String text(Object cell) {
    return cell == null ? "-" : Terminal.safe(cell.toString());
  }
}
