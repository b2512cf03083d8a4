package org.marsad.story.eval;

/** The few statistics the evaluations print. */
final class Statistics {
  private Statistics() {}

  /**
   * Pearson's correlation of {@code x} and {@code y}; NaN with fewer than two points or no spread.
   */
  static double pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 2 || y.length != n) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }
}
