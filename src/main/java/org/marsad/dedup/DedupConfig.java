package org.marsad.dedup;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.config.MarsadConfig;

/**
 * The duplicate detector's limits and thresholds, validated when built.
 *
 * @param window articles published (or added) longer ago than this before the newest one are
 *     forgotten, so memory is bounded; copies are searched only within the window
 * @param maxDocuments at most this many articles are kept; the oldest go first
 * @param minShingles a body with fewer distinct word 5-grams is not informative: only its headline
 *     can match it
 * @param maxShingles at most this many shingles (the smallest hashes) are kept per body
 * @param maxTokens at most this many words of a body are read
 * @param nearJaccard word-shingle Jaccard from which two informative bodies are copies
 * @param containment share of the smaller body's shingles found in the larger from which they are
 *     copies (a trimmed wire copy), when the smaller holds at least {@code minSizeRatio} of the
 *     larger's shingles
 * @param minSizeRatio see {@code containment}
 * @param supportedJaccard lower Jaccard accepted when the headlines agree ({@code supportingTitle})
 * @param supportingTitle headline similarity that supports a body match
 * @param titleOnly headline similarity that decides alone, when a body is too short
 * @param titleDays headlines decide alone only within this many days of each other
 * @param ungrouped sources whose articles are never grouped
 */
public record DedupConfig(
    Duration window,
    int maxDocuments,
    int minShingles,
    int maxShingles,
    int maxTokens,
    double nearJaccard,
    double containment,
    double minSizeRatio,
    double supportedJaccard,
    double supportingTitle,
    double titleOnly,
    Duration titleDays,
    Set<String> ungrouped) {

  static final int MIN_HASH_BINS = 64;
  static final int BAND_ROWS = 2;
  static final int TITLE_BAND_ROWS = 3;

  public DedupConfig {
    if (window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("dedup window must be positive, got " + window);
    }
    if (maxDocuments < 1 || minShingles < 1 || maxShingles < minShingles || maxTokens < 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "need maxDocuments >= 1, 1 <= minShingles <= maxShingles, maxTokens >= 1; got %d,"
                  + " %d, %d, %d",
              maxDocuments,
              minShingles,
              maxShingles,
              maxTokens));
    }
    for (double t :
        new double[] {
          nearJaccard, containment, minSizeRatio, supportedJaccard, supportingTitle, titleOnly
        }) {
      if (!(t > 0 && t <= 1)) {
        throw new IllegalArgumentException("dedup thresholds must be in (0, 1], got " + t);
      }
    }
    if (supportedJaccard > nearJaccard) {
      throw new IllegalArgumentException(
          "supportedJaccard " + supportedJaccard + " above nearJaccard " + nearJaccard);
    }
    if (titleDays == null || titleDays.isNegative()) {
      throw new IllegalArgumentException("titleDays must not be negative, got " + titleDays);
    }
    ungrouped = Set.copyOf(ungrouped);
  }

  /** The defaults, chosen on the ANT sample (see {@code marsad eval dedup}). */
  public static DedupConfig defaults() {
    return new DedupConfig(
        Duration.ofDays(30),
        200_000,
        15,
        500,
        20_000,
        0.5,
        0.9,
        0.4,
        0.4,
        0.6,
        0.7,
        Duration.ofDays(2),
        Set.of());
  }

  /**
   * The defaults with {@code dedup.window}, {@code dedup.max-articles} and {@code
   * dedup.ungrouped-sources} from {@code config}.
   *
   * @throws IllegalArgumentException naming the key when a value is out of range
   */
  public static DedupConfig from(MarsadConfig config) {
    Set<String> ungrouped = Set.copyOf(config.list("dedup.ungrouped-sources"));
    try {
      return defaults()
          .withWindow(config.duration("dedup.window"), config.integer("dedup.max-articles"))
          .withUngrouped(ungrouped);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "dedup.window or dedup.max-articles: " + e.getMessage(), e);
    }
  }

  /** These settings with grouping turned off for {@code sources}. */
  public DedupConfig withUngrouped(Set<String> sources) {
    return copy(window, maxDocuments, titleOnly, sources);
  }

  /** These settings with another threshold for headlines deciding alone. */
  public DedupConfig withTitleOnly(double titleOnly) {
    return copy(window, maxDocuments, titleOnly, ungrouped);
  }

  /** These settings with another window. */
  public DedupConfig withWindow(Duration window, int maxDocuments) {
    return copy(window, maxDocuments, titleOnly, ungrouped);
  }

  /**
   * These settings with the fields the {@code with} methods change replaced: the one place that
   * lists every argument, so a new field is added once. Validated like any other instance.
   */
  private DedupConfig copy(
      Duration window, int maxDocuments, double titleOnly, Set<String> ungrouped) {
    return new DedupConfig(
        window,
        maxDocuments,
        minShingles,
        maxShingles,
        maxTokens,
        nearJaccard,
        containment,
        minSizeRatio,
        supportedJaccard,
        supportingTitle,
        titleOnly,
        titleDays,
        ungrouped);
  }

  int minHashBins() {
    return MIN_HASH_BINS;
  }

  Predicate<String> isUngrouped() {
    return s -> s != null && ungrouped.contains(s);
  }
}
