package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.marsad.story.StoryClusterer;
import org.marsad.story.StoryDoc;
import org.marsad.text.dates.ArabicDateParser;

/**
 * What story assignment costs per article, at the corpus's size and at {@code scale} articles: the
 * corpus streamed by publication date through a fresh {@link StoryClusterer}, repeated with every
 * copy's times shifted past the previous copy's last story, so that the large stream looks like
 * years of news (stories close as the clock moves) rather than every story being told 20 times at
 * once. One pass each after warm-up passes (clustering is stateful: a stream is added once). Rates
 * by the wall clock and by the thread's CPU time (a busy machine slows the first, not the second);
 * the ratio is the CPU cost per article at {@code scale} over that at the corpus's size.
 */
final class StoryMeasurement implements Measurement {
  static final String TASK = "stories";

  /** Passes over the corpus before measuring: the JIT's rate still climbs after the first. */
  static final int WARM_UP_PASSES = 3;

  private final List<StoryDoc> corpus;
  private final Duration copyShift;
  private final int scale;

  StoryMeasurement(List<BenchDoc> docs, int scale) {
    this.scale = scale;
    Function<String, Optional<Instant>> dates = new ArabicDateParser().instants(Clock.systemUTC());
    List<StoryDoc> stream = new ArrayList<>();
    Instant first = null;
    Instant last = null;
    for (BenchDoc d : docs) {
      Instant t = dates.apply(d.pubDateRaw()).orElse(null);
      if (t != null) {
        first = first == null || t.isBefore(first) ? t : first;
        last = last == null || t.isAfter(last) ? t : last;
      }
      stream.add(new StoryDoc(0, d.source(), d.title(), d.text(), t, null));
    }
    stream.sort(
        (a, b) ->
            a.published() == null || b.published() == null
                ? Boolean.compare(a.published() == null, b.published() == null)
                : a.published().compareTo(b.published()));
    this.corpus = stream;
    Duration span = first == null ? Duration.ZERO : Duration.between(first, last);
    this.copyShift = span.plus(Duration.ofDays(30));
  }

  /** Docs per second of one pass, by the wall clock and by this thread's CPU time. */
  private record Rate(double wall, double cpu) {}

  @Override
  public List<Figure> run() {
    for (int i = 0; i < WARM_UP_PASSES; i++) {
      pass(corpus.size());
    }
    Rate small = pass(corpus.size());
    Rate large = pass(Math.max(scale, corpus.size()));
    String smallName = String.format(Locale.ROOT, "%s: ANT %d", TASK, corpus.size());
    String largeName = String.format(Locale.ROOT, "%s: %d", TASK, Math.max(scale, corpus.size()));
    return List.of(
        Figure.of(smallName, "docs/s", small.wall()),
        Figure.of(smallName, "docs/CPU s", small.cpu()),
        Figure.of(largeName, "docs/s", large.wall()),
        Figure.of(largeName, "docs/CPU s", large.cpu()),
        Figure.of(
            TASK + ": cost per article, large / ANT", "ratio (CPU)", small.cpu() / large.cpu()));
  }

  /** Streams {@code size} articles through a fresh clusterer. */
  private Rate pass(int size) {
    StoryClusterer clusterer = new StoryClusterer();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < size; i++) {
      StoryDoc d = corpus.get(i % corpus.size());
      int copy = i / corpus.size();
      Instant t = d.published() == null ? null : d.published().plus(copyShift.multipliedBy(copy));
      clusterer.add(new StoryDoc(i + 1L, d.source(), d.title(), d.body(), t, null));
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    return new Rate(size / wall, size / cpu);
  }
}
