package org.marsad.dedup;

import org.marsad.dedup.DuplicateDetector.Entry;
import org.marsad.dedup.DuplicateMatch.Method;

/**
 * Decides whether two articles are copies, the verification step after LSH found them as
 * candidates:
 *
 * <ol>
 *   <li>Both bodies informative: identical token sequence (exact), shingle Jaccard of at least
 *       {@link DedupConfig#nearJaccard()}, containment of at least {@link
 *       DedupConfig#containment()} when the smaller body holds {@link DedupConfig#minSizeRatio()}
 *       of the larger's shingles, or Jaccard of at least {@link DedupConfig#supportedJaccard()}
 *       with headlines at least {@link DedupConfig#supportingTitle()} alike. Headlines never
 *       override two bodies that differ.
 *   <li>Otherwise headlines decide: {@link ShortText} similarity of at least {@link
 *       DedupConfig#titleOnly()}, both of {@value #MIN_TITLE_WORDS} words or more, published within
 *       {@link DedupConfig#titleDays()}.
 * </ol>
 */
final class PairMatcher {
  static final int MIN_TITLE_WORDS = 3;

  private final DedupConfig config;

  PairMatcher(DedupConfig config) {
    this.config = config;
  }

  record Result(double similarity, Method method) {}

  /** The match of {@code a} with {@code b}, or null when they are not copies. */
  Result match(Entry a, Entry b) {
    BodyFingerprint fa = a.fingerprint;
    BodyFingerprint fb = b.fingerprint;
    if (fa.informative() && fb.informative()) {
      if (fa.exactHash() == fb.exactHash()) {
        return new Result(1, Method.EXACT);
      }
      HashSet32.Overlap o = fa.overlap(fb);
      double jaccard = o.jaccard();
      if (jaccard >= config.nearJaccard()) {
        return new Result(jaccard, Method.NEAR);
      }
      double sizeRatio =
          (double) Math.min(o.sizeA(), o.sizeB()) / Math.max(1, Math.max(o.sizeA(), o.sizeB()));
      if (sizeRatio >= config.minSizeRatio() && o.containment() >= config.containment()) {
        return new Result(o.containment(), Method.NEAR);
      }
      if (jaccard >= config.supportedJaccard()
          && a.title.similarity(b.title) >= config.supportingTitle()) {
        return new Result(jaccard, Method.NEAR);
      }
      return null;
    }
    if (a.title.words() < MIN_TITLE_WORDS || b.title.words() < MIN_TITLE_WORDS) {
      return null;
    }
    if (java.time.Duration.between(a.time, b.time).abs().compareTo(config.titleDays()) > 0) {
      return null;
    }
    double title = a.title.similarity(b.title);
    return title >= config.titleOnly() ? new Result(title, Method.TITLE) : null;
  }
}
