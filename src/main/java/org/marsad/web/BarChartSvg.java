package org.marsad.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Entities;

/**
 * A stacked bar chart drawn on the server as inline SVG: the story timeline (articles per hour, one
 * colour per source) and an entity's mentions per day. No script, no style attribute (the pages'
 * Content-Security-Policy allows neither): colours are SVG presentation attributes. Every label
 * comes from outside (source names) and is escaped.
 */
final class BarChartSvg {
  /** One bar: its label under the axis and its count per series (source), in stacking order. */
  record Bar(String label, Map<String, Integer> counts) {
    Bar {
      counts = new LinkedHashMap<>(counts);
    }

    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Colours of the series, in turn (distinguishable in colour-blind palettes). */
  private static final List<String> COLOURS =
      List.of(
          "#1b6ca8", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666");

  static final int MAX_BARS = 240;
  private static final int HEIGHT = 160;
  private static final int BAR = 14;
  private static final int GAP = 4;
  private static final int AXIS = 40;
  private static final int LEGEND_LINE = 18;

  private BarChartSvg() {}

  /**
   * The chart of {@code bars} (at most {@value #MAX_BARS}, the latest kept) with CSS class {@code
   * cssClass} and an accessible {@code title}.
   */
  static String render(String cssClass, String title, List<Bar> bars, boolean arabicDigits) {
    List<Bar> shown =
        bars.size() > MAX_BARS ? bars.subList(bars.size() - MAX_BARS, bars.size()) : bars;
    List<String> series = new ArrayList<>(new TreeSet<>(seriesOf(shown)));
    int max = Math.max(1, shown.stream().mapToInt(Bar::total).max().orElse(1));
    int width = Math.max(200, shown.size() * (BAR + GAP) + GAP);
    int legend = series.size() > 1 ? series.size() * LEGEND_LINE : 0;
    int height = HEIGHT + AXIS + legend;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
            escape(cssClass),
            width,
            height,
            width,
            height,
            escape(title),
            escape(title)));
    for (int i = 0; i < shown.size(); i++) {
      Bar bar = shown.get(i);
      // Bars run right to left like the page's text: the first (oldest) at the right.
      int x = width - GAP - (i + 1) * (BAR + GAP) + GAP;
      int y = HEIGHT;
      for (Map.Entry<String, Integer> part : bar.counts().entrySet()) {
        int h = Math.max(1, part.getValue() * (HEIGHT - 10) / max);
        y -= h;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>",
                x,
                y,
                BAR,
                h,
                colour(series, part.getKey()),
                escape(digits(bar.label() + " · " + part.getValue(), arabicDigits)),
                escape(part.getKey())));
      }
      if (shown.size() <= 24 || i % Math.max(1, shown.size() / 12) == 0) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"9\" text-anchor=\"end\" transform=\"rotate(-60 %d %d)\">%s</text>",
                x + BAR,
                HEIGHT + 12,
                x + BAR,
                HEIGHT + 12,
                escape(digits(bar.label(), arabicDigits))));
      }
    }
    for (int i = 0; i < series.size() && legend > 0; i++) {
      int y = HEIGHT + AXIS + i * LEGEND_LINE;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>",
              width - 14,
              y,
              colour(series, series.get(i)),
              width - 20,
              y + 11,
              escape(series.get(i))));
    }
    return svg.append("</svg>").toString();
  }

  private static List<String> seriesOf(List<Bar> bars) {
    List<String> series = new ArrayList<>();
    bars.forEach(bar -> series.addAll(bar.counts().keySet()));
    return series;
  }

  private static String colour(List<String> series, String name) {
    return COLOURS.get(Math.floorMod(series.indexOf(name), COLOURS.size()));
  }

  private static String digits(String text, boolean arabicDigits) {
    return arabicDigits ? Digits.arabicIndic(text) : text;
  }

  /**
   * Text and attribute values escaped (jsoup's: &amp; &lt; &gt; &quot; &apos;); the chart is inline
   * in an HTML page, which is what parses it.
   */
  static String escape(String text) {
    return text == null ? "" : Entities.escape(text);
  }
}
