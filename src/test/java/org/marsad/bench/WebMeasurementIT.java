package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Reliability;

/**
 * The {@code web} part of {@code marsad bench} on a small slice of the ANT sample: every route of
 * the mix is visited and reported with the {@code /health} baseline, and the API routes answer 200
 * under concurrent clients (pages may still 404 before the pages are merged: counted as errors, not
 * asserted). No speed is asserted.
 */
class WebMeasurementIT {
  static final int ARTICLES = 300;
  static final int CLIENTS = 8;
  static final double SECONDS = 3;

  @Test
  void everyRouteIsMeasuredAndTheApiAnswersUnderLoad() throws IOException {
    assumeTrue(
        java.nio.file.Files.isRegularFile(SearchLoadIT.CORPUS),
        "ANT sample not found at " + SearchLoadIT.CORPUS + ": skipped");
    List<BenchDoc> docs = BenchCorpus.read(SearchLoadIT.CORPUS);
    StringWriter log = new StringWriter();
    List<Figure> figures =
        new WebMeasurement(docs, ARTICLES, CLIENTS, SECONDS, new PrintWriter(log)).run();

    for (WebMeasurement.Route route : WebMeasurement.ROUTES) {
      assertThat(value(figures, route.name(), "req/s")).as(route.name()).isPositive();
      assertThat(figures)
          .filteredOn(f -> f.task().contains(route.name()))
          .allMatch(f -> f.baseline() != null, "every route figure has the /health baseline");
    }
    long apiErrors = 0;
    for (WebMeasurement.Route route : WebMeasurement.ROUTES) {
      if (route.name().contains("/api/") || route.name().equals(WebMeasurement.Route.BASELINE)) {
        apiErrors += (long) value(figures, route.name(), "errors");
      }
    }
    assertThat(apiErrors).as("API and /health errors; log:%n%s", log).isZero();
    double heapAfterGc = value(figures, "whole mix", "heap after GC MB");
    assertThat(heapAfterGc).isPositive();
    Reliability.record(
        "load",
        "WebMeasurementIT.everyRouteIsMeasuredAndTheApiAnswersUnderLoad",
        String.format(
            Locale.ROOT,
            "%d clients for %.0f s on a mix of %d routes over %d stored, staged, indexed articles",
            CLIENTS,
            SECONDS,
            WebMeasurement.ROUTES.size(),
            ARTICLES),
        "every API route and /health answers 200 under the load; every route reported with the"
            + " /health baseline",
        String.format(
            Locale.ROOT,
            "%.0f req/s, 0 API errors, %.0f errors+timeouts in the mix (pages 404 until merged),"
                + " heap after GC %.0f MB",
            value(figures, "whole mix", "req/s"),
            value(figures, "whole mix", "errors+timeouts"),
            heapAfterGc));
  }

  private static double value(List<Figure> figures, String taskPart, String metric) {
    return figures.stream()
        .filter(f -> f.task().contains(taskPart) && f.metric().equals(metric))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + taskPart + " " + metric))
        .marsad();
  }
}
