package org.marsad.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The JSON-LD {@code articleBody} as a check on the chosen container: the page says in its markup
 * what its article is, so a container that holds little of that text is the wrong element when
 * another one holds most of it (an article of short lines beside a long "about us" block, or one
 * the scores split badly).
 *
 * <p>Only a full articleBody counts ({@link JsonLdArticleBody#MIN_WORDS} words or more); a
 * container holding {@link JsonLdBody#TEASER_SHARE} of its topic words or more is confirmed as it
 * is. Else the element whose words best match the articleBody's (both ways: holding most of it, and
 * little else) is taken, when it holds at least that share. When none does the container stays, and
 * {@link JsonLdBody} may still fill a teaser from the articleBody.
 */
final class JsonLdContainer {

  private JsonLdContainer() {}

  /**
   * {@code container}, or the element under {@code root} that holds the articleBody's text.
   *
   * @param ld the page's JSON-LD articleBody as read, or null when it has none of body length
   */
  static Element confirm(
      Element container,
      Element root,
      ContentScorer scorer,
      JsonLdArticleBody ld,
      ProblemList problems) {
    if (ld == null) {
      return container;
    }
    Set<String> ldWords = ld.topicWords();
    double held = DumpTokens.coverage(ldWords, DumpTokens.topicWords(container.text()));
    if (held >= JsonLdBody.TEASER_SHARE) {
      return container;
    }
    int minChars = nonSpace(String.join("\n", ld.paragraphs())) / 2;
    Element[] best = {null};
    double[] bestMatch = {0};
    double[] bestHeld = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            ElementStats s = scorer.stats(e);
            if (s == null || s.boilerplate || s.chars < minChars) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (HtmlTags.isBodyContainer(e.normalName())) {
              Set<String> words = DumpTokens.topicWords(e.text());
              double recall = DumpTokens.coverage(ldWords, words);
              double precision = DumpTokens.coverage(words, ldWords);
              double match =
                  recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
              if (match > bestMatch[0]) {
                bestMatch[0] = match;
                bestHeld[0] = recall;
                best[0] = e;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    if (best[0] == null || bestHeld[0] < JsonLdBody.TEASER_SHARE) {
      return container;
    }
    problems.add(
        "container chosen by the JSON-LD articleBody: the best-scored element held "
            + Math.round(held * 100)
            + "% of its words, the chosen one "
            + Math.round(bestHeld[0] * 100)
            + "%");
    return best[0];
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
