package org.marsad.extract;

/**
 * Bounds that keep one hostile or broken page from costing more than a normal one. On by default;
 * every limit hit is recorded as a problem, never thrown.
 *
 * @param maxBytes bytes of a page read and parsed; the rest is cut
 * @param maxDepth element nesting beyond which a page is reported as suspicious (traversals are
 *     iterative, so depth never overflows the stack)
 * @param maxParagraphs paragraphs kept in a body
 * @param maxProblems problems kept per page
 */
public record ExtractionLimits(int maxBytes, int maxDepth, int maxParagraphs, int maxProblems) {

  /** 10 MB, 1,000 levels, 5,000 paragraphs, 20 problems. */
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(10 << 20, 1_000, 5_000, 20);

  public ExtractionLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxParagraphs <= 0 || maxProblems <= 0) {
      throw new IllegalArgumentException(
          "extraction limits must be positive: maxBytes="
              + maxBytes
              + ", maxDepth="
              + maxDepth
              + ", maxParagraphs="
              + maxParagraphs
              + ", maxProblems="
              + maxProblems);
    }
  }
}
