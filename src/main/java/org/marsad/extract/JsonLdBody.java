package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * The JSON-LD {@code articleBody} as a check on the extracted body: when the page's HTML shows only
 * a teaser of it (a paywall, a "read more" button, text loaded by script) or the container chosen
 * holds another text, the articleBody is the body.
 *
 * <p>Only when the articleBody is clearly more: it is often cut to a summary, so it replaces the
 * extracted body only when it has {@link #MIN_WORDS} words or more and the body holds less than
 * {@link #TEASER_SHARE} of its topic words.
 */
final class JsonLdBody {

  /** Shorter articleBody values are summaries, never a body. */
  static final int MIN_WORDS = 40;

  /** A body holding less of the articleBody's topic words than this is a teaser or another text. */
  static final double TEASER_SHARE = 0.5;

  private JsonLdBody() {}

  /**
   * The paragraphs to keep: the extracted ones, or the articleBody's when they are a teaser of it.
   *
   * @param articleBody JSON-LD's articleBody, plain text or HTML, may be null
   */
  static List<String> choose(List<String> paragraphs, String articleBody, ProblemList problems) {
    if (articleBody == null || DumpTokens.words(articleBody) < MIN_WORDS) {
      return paragraphs;
    }
    List<String> fromLd = paragraphs(articleBody);
    String ld = String.join("\n", fromLd);
    Set<String> ldWords = DumpTokens.topicWords(ld);
    double covered =
        DumpTokens.coverage(ldWords, DumpTokens.topicWords(String.join("\n", paragraphs)));
    if (covered >= TEASER_SHARE
        || DumpTokens.words(ld) <= DumpTokens.words(String.join(" ", paragraphs))) {
      return paragraphs;
    }
    problems.add(
        "body taken from JSON-LD articleBody: the page's text held "
            + Math.round(covered * 100)
            + "% of its words");
    return fromLd;
  }

  /** One paragraph per line of the text (HTML markup removed, block elements ending lines). */
  static List<String> paragraphs(String articleBody) {
    String text = articleBody;
    if (text.indexOf('<') >= 0) {
      var doc = Jsoup.parseBodyFragment(text);
      doc.select("p, div, br, li, h1, h2, h3, h4, h5, h6").after("\n");
      text = doc.wholeText();
    }
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String p = line.replaceAll("\\s+", " ").strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
