package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * A JSON-LD {@code articleBody} long enough to be a body, read once: its paragraphs, its word count
 * and its topic words. {@link JsonLdContainer} and {@link JsonLdBody} both compare the page against
 * it; reading it once spares parsing its markup and stemming its words twice per page.
 *
 * @param paragraphs one per line of the text, markup removed
 * @param words words of the paragraphs
 * @param topicWords topic words of the paragraphs ({@link DumpTokens#topicWords})
 */
record JsonLdArticleBody(List<String> paragraphs, int words, Set<String> topicWords) {

  /** Shorter articleBody values are summaries, never a body. */
  static final int MIN_WORDS = 40;

  /**
   * The articleBody read, or null when there is none or it is shorter than {@link #MIN_WORDS}
   * words.
   *
   * @param articleBody JSON-LD's articleBody, plain text or HTML, may be null
   */
  static JsonLdArticleBody read(String articleBody) {
    if (articleBody == null || DumpTokens.words(articleBody) < MIN_WORDS) {
      return null;
    }
    List<String> paragraphs = paragraphs(articleBody);
    String text = String.join("\n", paragraphs);
    return new JsonLdArticleBody(
        List.copyOf(paragraphs), DumpTokens.words(text), DumpTokens.topicWords(text));
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
