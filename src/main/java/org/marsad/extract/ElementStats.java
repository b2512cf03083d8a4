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

  /** Weight of the element's own block (0 for inline elements and headings). */
  double ownWeight;

  /** Characters of the subtree's blocks that read as prose. */
  int proseChars;

  /** Blocks in the subtree that read as prose. */
  int proseBlocks;

  /** Sum of block weights in the subtree, boilerplate counted against: the content score. */
  double score;

  boolean contentName;
  boolean commentsName;

  /** Named (class, id) or placed (nav, aside, footer, role) as page furniture. */
  boolean furnitureName;

  boolean containsArticleMarker;

  /** Characters of the link the subtree's text starts with (0 if it starts unlinked). */
  int leadingLinkChars;

  /** One of several sibling teasers (linked headline and a short excerpt) to other articles. */
  boolean teaser;

  /** Links to privacy, terms or rules pages in the own block. */
  int blockPolicyLinks;

  /** Characters of the subtree's blocks that link to privacy, terms or rules pages. */
  int policyChars;

  /** Class or id names the article's own body (entry-content, articleBody ...). */
  boolean bodyName;

  /** The subtree holds an image ({@code <img>} or {@code <picture>}). */
  boolean holdsImage;

  /** The decision: this subtree is boilerplate, never body text. */
  boolean boilerplate;

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
