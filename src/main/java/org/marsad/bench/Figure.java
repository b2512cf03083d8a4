package org.marsad.bench;

/**
 * One measured figure: Marsad's value and, where one exists, the stock-Lucene baseline's value for
 * the same task in the same run.
 *
 * @param task what was measured, e.g. {@code "search ANT 5036"}
 * @param metric the quantity and its unit, e.g. {@code "p50 ms"} or {@code "docs/s"}
 * @param marsad Marsad's value
 * @param baseline the baseline's value, or null when there is none
 */
record Figure(String task, String metric, double marsad, Double baseline) {

  static Figure of(String task, String metric, double marsad) {
    return new Figure(task, metric, marsad, null);
  }

  /** Marsad's value over the baseline's; null without a baseline. */
  Double ratio() {
    return baseline == null || baseline == 0 ? null : marsad / baseline;
  }
}
