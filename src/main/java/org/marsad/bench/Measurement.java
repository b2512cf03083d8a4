package org.marsad.bench;

import java.io.IOException;
import java.util.List;

/** One part of the benchmark: runs, and returns its figures in the order they are printed. */
@FunctionalInterface
interface Measurement {
  List<Figure> run() throws IOException;
}
