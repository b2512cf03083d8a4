package org.marsad.extract;

import java.util.List;

/**
 * The JSON-LD {@code articleBody} as a check on the extracted body: when the page's HTML shows only
 * a teaser of it (a paywall, a "read more" button, text loaded by script) or the container chosen
 * holds another text, the articleBody is the body.
 *
 * <p>Only when the articleBody is clearly more: it is often cut to a summary, so it replaces the
 * extracted body only when it has {@link JsonLdArticleBody#MIN_WORDS} words or more and the body
 * holds less than {@link #TEASER_SHARE} of its topic words.
 */
final class JsonLdBody {

  /** A body holding less of the articleBody's topic words than this is a teaser or another text. */
  static final double TEASER_SHARE = 0.5;

  private JsonLdBody() {}

  /**
   * The paragraphs to keep: the extracted ones, or the articleBody's when they are a teaser of it.
   *
   * @param ld the page's JSON-LD articleBody as read, or null when it has none of body length
   */
  static List<String> choose(List<String> paragraphs, JsonLdArticleBody ld, ProblemList problems) {
    if (ld == null) {
      return paragraphs;
    }
    double covered =
        DumpTokens.coverage(ld.topicWords(), DumpTokens.topicWords(String.join("\n", paragraphs)));
    if (covered >= TEASER_SHARE || ld.words() <= DumpTokens.words(String.join(" ", paragraphs))) {
      return paragraphs;
    }
    problems.add(
        "body taken from JSON-LD articleBody: the page's text held "
            + Math.round(covered * 100)
            + "% of its words");
    return ld.paragraphs();
  }
}
