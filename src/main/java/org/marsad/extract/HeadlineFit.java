package org.marsad.extract;

import java.util.List;
import java.util.Set;

/**
 * Decides whose paragraphs follow a read-also headline: that headline's own article, embedded in
 * the page, or the main article resuming after the box. Shared by the plain-text dump parser and
 * the HTML extractor, which find the headline and the paragraphs each in their own way.
 */
final class HeadlineFit {

  /** Share of the headline's topic words by which the paragraphs must beat the body. */
  static final double CLEAR_MARGIN = 0.5;

  private HeadlineFit() {}

  /**
   * True when the paragraphs are more about the headline than the main article is: the headline's
   * topic words are covered better by the paragraphs than by the body so far, and the main title's
   * words are not covered better by the paragraphs than the headline's.
   *
   * @param headline the headline right before the paragraphs
   * @param paragraphs the paragraphs after it
   * @param body the main article's paragraphs before the label
   * @param mainTitle the page's title, or null
   */
  static boolean moreAboutHeadline(
      String headline, List<String> paragraphs, List<String> body, String mainTitle) {
    Set<String> block = DumpTokens.topicWords(String.join("\n", paragraphs));
    Set<String> bodyWords = DumpTokens.topicWords(String.join("\n", body));
    Set<String> headlineWords = DumpTokens.topicWords(headline);
    double aboutBlock = DumpTokens.coverage(headlineWords, block);
    boolean headlineFitsBlock = aboutBlock > DumpTokens.coverage(headlineWords, bodyWords);
    boolean titleFitsBetter =
        mainTitle != null
            && DumpTokens.coverage(DumpTokens.topicWords(mainTitle), block) > aboutBlock;
    return headlineFitsBlock && !titleFitsBetter;
  }

  /**
   * True when the paragraphs are more about the headline (as {@link #moreAboutHeadline}) and cover
   * at least {@link #CLEAR_MARGIN} more of its topic words than the body does: strong enough to
   * outweigh an opening word that looks like a continuation, since "وافقت" and "واصل" are verbs
   * whose root starts with و, not و + verb.
   */
  static boolean clearlyAboutHeadline(
      String headline, List<String> paragraphs, List<String> body, String mainTitle) {
    Set<String> headlineWords = DumpTokens.topicWords(headline);
    double margin =
        DumpTokens.coverage(headlineWords, DumpTokens.topicWords(String.join("\n", paragraphs)))
            - DumpTokens.coverage(headlineWords, DumpTokens.topicWords(String.join("\n", body)));
    return margin >= CLEAR_MARGIN && moreAboutHeadline(headline, paragraphs, body, mainTitle);
  }
}
