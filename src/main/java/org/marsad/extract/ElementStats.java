package org.marsad.extract;

/** What the scorer measured for one element and its subtree. Mutable while measuring. */
final class ElementStats {
  /** Non-space characters of text in the subtree. */
  int chars;

  /** Of {@link #chars}, those inside links. */
  int linkChars;

  /** The element's own block: text not inside a nested block element. */
  int blockChars;

  int blockLinkChars;

  /** Sentence-ending marks in the own block. */
  int blockStops;

  /** Sum of block weights in the subtree: positive for prose, negative for link lists. */
  double score;

  /** Blocks in the subtree that read as prose. */
  int proseBlocks;

  boolean contentName;
  boolean boilerplateName;
  boolean containsArticleMarker;

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
