package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.dedup.DedupConfig;
import org.marsad.dedup.DedupDoc;
import org.marsad.dedup.DuplicateDetector;

/**
 * Duplicate detection: docs/s of whole passes through a fresh {@link DuplicateDetector} at the
 * corpus size and at {@code scale} articles, and the ratio of cost per article between the two (LSH
 * candidates should keep it near 1).
 *
 * <p>The large corpus repeats the corpus with its Arabic letters rotated by the copy number ({@link
 * #rotate}): a plain repeat would make every article an exact copy of 19 others, which measures
 * group bookkeeping, not detection. Rotated copies keep word lengths, shingle counts and the
 * corpus's own duplicates, but share no words with other copies. The window holds every article, so
 * the detector really keeps {@code scale} of them.
 */
final class DedupMeasurement implements Measurement {
  static final String TASK = "dedup";
  private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

  private final List<BenchDoc> docs;
  private final int scale;
  private final int rounds;
  private final double secondsPerRound;

  DedupMeasurement(List<BenchDoc> docs, int scale, int rounds, double secondsPerRound) {
    this.docs = docs;
    this.scale = scale;
    this.rounds = rounds;
    this.secondsPerRound = secondsPerRound;
  }

  @Override
  public List<Figure> run() {
    DedupConfig config = DedupConfig.defaults().withWindow(Duration.ofDays(36_500), 2 * scale);
    List<DedupDoc> small = corpus(docs.size());
    List<DedupDoc> large = corpus(scale);
    passes(small, config, secondsPerRound);
    Rate smallRate = passes(small, config, secondsPerRound * rounds);
    Rate largeRate = passes(large, config, 0);
    String smallTask = String.format(Locale.ROOT, "%s %d", TASK, small.size());
    String largeTask = String.format(Locale.ROOT, "%s %d", TASK, large.size());
    return List.of(
        Figure.of(smallTask, "docs/s", smallRate.wall()),
        Figure.of(smallTask, "docs/cpu-s", smallRate.cpu()),
        Figure.of(largeTask, "docs/s", largeRate.wall()),
        Figure.of(largeTask, "docs/cpu-s", largeRate.cpu()),
        Figure.of(TASK, "cost ratio", smallRate.cpu() / largeRate.cpu()));
  }

  /** Docs per wall-clock second, and per second of this thread's CPU time. */
  private record Rate(double wall, double cpu) {}

  /**
   * Whole passes (each through a new detector) for at least {@code seconds}. CPU time is reported
   * beside wall time because on a shared machine the wall clock measures the neighbours too; the
   * cost ratio uses CPU time.
   */
  private static Rate passes(List<DedupDoc> corpus, DedupConfig config, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long added = 0;
    long checksum = 0;
    do {
      DuplicateDetector detector = new DuplicateDetector(config);
      for (DedupDoc d : corpus) {
        checksum += detector.add(d).groupId().length();
      }
      added += corpus.size();
    } while (System.nanoTime() - start < seconds * 1e9);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    if (checksum == 0) {
      throw new IllegalStateException("no group ids");
    }
    return new Rate(added / elapsed, added / Math.max(cpu, 1e-9));
  }

  private List<DedupDoc> corpus(int size) {
    List<DedupDoc> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      BenchDoc d = docs.get(i % docs.size());
      int copy = i / docs.size();
      out.add(
          new DedupDoc(
              Integer.toString(i),
              d.source().isBlank() ? null : d.source(),
              rotate(d.title(), copy),
              rotate(d.text(), copy),
              null));
    }
    return out;
  }

  /** {@code text} with each of the 28 base Arabic letters moved {@code by} places along them. */
  static String rotate(String text, int by) {
    if (by % LETTERS.length() == 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int at = LETTERS.indexOf(chars[i]);
      if (at >= 0) {
        chars[i] = LETTERS.charAt((at + by) % LETTERS.length());
      }
    }
    return new String(chars);
  }
}
