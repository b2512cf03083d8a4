package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints figures as one aligned table, and writes them as JSON. */
final class FigureTable {
  private static final String ROW = "%-34s %-14s %12s %12s %11s%n";

  private FigureTable() {}

  static void print(PrintWriter out, List<Figure> figures) {
    out.printf(Locale.ROOT, ROW, "task", "metric", "marsad", "baseline", "x baseline");
    for (Figure f : figures) {
      out.printf(
          Locale.ROOT,
          ROW,
          f.task(),
          f.metric(),
          number(f.marsad()),
          f.baseline() == null ? "-" : number(f.baseline()),
          f.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", f.ratio()));
    }
  }

  /** Three significant digits at least, no exponent: 12345, 123, 12.3, 1.23, 0.123. */
  static String number(double value) {
    double abs = Math.abs(value);
    String pattern = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, value);
  }

  /** Writes {@code {"settings": {...}, "figures": [{task, metric, marsad, baseline, ratio}]}}. */
  static void writeJson(Path file, Map<String, Object> settings, List<Figure> figures)
      throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.set("settings", json.valueToTree(settings));
    ArrayNode rows = root.putArray("figures");
    for (Figure f : figures) {
      ObjectNode row = rows.addObject();
      row.put("task", f.task());
      row.put("metric", f.metric());
      row.put("marsad", f.marsad());
      if (f.baseline() == null) {
        row.putNull("baseline");
        row.putNull("ratio");
      } else {
        row.put("baseline", f.baseline());
        row.put("ratio", f.ratio());
      }
    }
    json.writeValue(file.toFile(), root);
  }
}
