package org.marsad.web;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * An article's stored text as the HTML of its paragraphs. The store keeps plain text, paragraphs
 * separated by blank lines; whatever markup a source slipped into it is hostile, so each paragraph
 * goes through jsoup's {@link Safelist#simpleText()} (b, em, i, strong, u survive; scripts, event
 * handlers, links and styles do not) and everything else is escaped.
 */
final class ArticleBody {
  private static final Safelist ALLOWED = Safelist.simpleText();

  private ArticleBody() {}

  /** The safe HTML of each non-blank paragraph of {@code body}, in order; none for null. */
  static List<String> paragraphs(String body) {
    List<String> paragraphs = new ArrayList<>();
    if (body == null) {
      return paragraphs;
    }
    for (String paragraph : body.split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(Jsoup.clean(paragraph.strip(), ALLOWED));
      }
    }
    return paragraphs;
  }
}
