package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Reliability;

class BarChartSvgTest {
  @Test
  void barsStackBySeriesWithALegend() {
    Map<String, Integer> first = new LinkedHashMap<>();
    first.put("الجزيرة", 2);
    first.put("العربية", 1);
    String svg =
        BarChartSvg.render(
            "timeline",
            "المقالات",
            List.of(
                new BarChartSvg.Bar("05/02 09:00", first),
                new BarChartSvg.Bar("05/02 10:00", Map.of())),
            false);
    Document doc = Jsoup.parse(svg);
    assertThat(doc.select("svg.timeline")).hasSize(1);
    assertThat(doc.select("svg > rect[height]"))
        .hasSize(2 + 2); // two stacked parts, two legend keys
    assertThat(doc.select("text").eachText()).contains("الجزيرة", "العربية", "05/02 09:00");
    assertThat(doc.select("[style], script")).isEmpty();
  }

  @Test
  void theChartHasItsOwnSizeSoAFewBarsAreNotStretchedToThePageWidth() {
    String svg =
        BarChartSvg.render(
            "timeline", "المقالات", List.of(new BarChartSvg.Bar("09:00", Map.of("أ", 1))), false);
    org.jsoup.nodes.Element chart = Jsoup.parse(svg).selectFirst("svg");
    String[] viewBox = chart.attr("viewBox").split(" ");
    assertThat(chart.attr("width")).isEqualTo(viewBox[2]);
    assertThat(chart.attr("height")).isEqualTo(viewBox[3]);
  }

  @Test
  void hostileLabelsAreEscaped() {
    String hostile = "<script>alert(1)</script>\"' onload=alert(2)";
    String svg =
        BarChartSvg.render(
            "timeline\" onload=\"x",
            hostile,
            List.of(new BarChartSvg.Bar(hostile, Map.of(hostile, 3, "b", 1))),
            false);
    Document doc = Jsoup.parse(svg);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.getAllElements())
        .allSatisfy(
            e -> assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on")));
    assertThat(doc.select("svg > text").eachText()).contains(hostile);
    Reliability.record(
        "hostile-web",
        "BarChartSvgTest.hostileLabelsAreEscaped",
        "a chart whose class, title, bar label and source name carry <script>, quotes and onload=",
        "no script element and no on* attribute in the SVG; the label is shown as text",
        doc.getAllElements().size() + " elements parsed, 0 live");
  }
}
