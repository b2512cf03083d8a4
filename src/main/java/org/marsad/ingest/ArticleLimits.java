package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.model.Article;
import org.marsad.text.Utf16;

/**
 * Caps on what one article may add to the store, the same for feeds, pages and JSON Lines imports:
 * a longer URL refuses the article (a cut URL would name another page), a longer title, summary or
 * body is cut at a character boundary and the cut is reported. Also repairs unpaired surrogates,
 * which have no stored form (see {@link Utf16}). Immutable and thread-safe.
 *
 * @param maxUrlChars longest article URL or feed guid (the sitemap protocol's 2,048 by default)
 * @param maxTitleChars longest title
 * @param maxSummaryChars longest summary or abstract
 * @param maxBodyChars longest body (and feed content, which becomes the body)
 */
public record ArticleLimits(
    int maxUrlChars, int maxTitleChars, int maxSummaryChars, int maxBodyChars) {

  /** The configuration keys, named in every message so that a user knows what to raise. */
  public static final String URL_KEY = "article.max-url-chars";

  public static final String TITLE_KEY = "article.max-title-chars";
  public static final String SUMMARY_KEY = "article.max-summary-chars";
  public static final String BODY_KEY = "article.max-body-chars";

  /** 2,048 URL characters; 1,000 title, 20,000 summary, 1,000,000 body characters. */
  public static final ArticleLimits DEFAULT = new ArticleLimits(2_048, 1_000, 20_000, 1_000_000);

  /**
   * @throws IllegalArgumentException naming the limit that is below 1
   */
  public ArticleLimits {
    requirePositive(URL_KEY, maxUrlChars);
    requirePositive(TITLE_KEY, maxTitleChars);
    requirePositive(SUMMARY_KEY, maxSummaryChars);
    requirePositive(BODY_KEY, maxBodyChars);
  }

  /**
   * One field cut to its limit.
   *
   * @param field the field's name: url, title, summary, body
   * @param length its length before the cut, in characters
   * @param limit the limit it was cut to (one character fewer is kept when the last would split a
   *     surrogate pair)
   * @param key the configuration key of the limit
   */
  public record Cut(String field, int length, int limit, String key) {
    @Override
    public String toString() {
      return field
          + " cut at "
          + count(limit)
          + " of "
          + count(length)
          + " characters ("
          + key
          + ")";
    }
  }

  /** An article within the limits, and what was cut to get there. */
  public record Fitted(Article article, List<Cut> cuts) {
    public Fitted {
      cuts = List.copyOf(cuts);
    }
  }

  /** Why an article with this URL (or guid) is refused, or null when it is within the limit. */
  public String urlRefusal(String url) {
    if (url == null || url.length() <= maxUrlChars) {
      return null;
    }
    return "URL of "
        + count(url.length())
        + " characters refused ("
        + URL_KEY
        + " = "
        + count(maxUrlChars)
        + ")";
  }

  /**
   * The article with its title, summary and body cut to the limits and unpaired surrogates replaced
   * in every text field. The URL is not checked here: see {@link #urlRefusal}.
   */
  public Fitted fit(Article article) {
    List<Cut> cuts = new ArrayList<>();
    Article fitted =
        new Article(
            article.id(),
            repaired(article.url()),
            repaired(article.guid()),
            article.sourceId(),
            repaired(article.source()),
            cut("title", article.title(), maxTitleChars, TITLE_KEY, cuts),
            cut("body", article.body(), maxBodyChars, BODY_KEY, cuts),
            cut("summary", article.summary(), maxSummaryChars, SUMMARY_KEY, cuts),
            article.published(),
            article.fetched(),
            repaired(article.author()),
            repaired(article.category()),
            article.tags().stream().map(Utf16::replaceUnpairedSurrogates).toList(),
            article.page());
    return new Fitted(fitted, cuts);
  }

  /** A feed item's title, summary and content cut to the limits (content against the body's). */
  FeedItem fit(FeedItem item, List<Cut> cuts) {
    return new FeedItem(
        item.guid(),
        item.link(),
        cut("title", item.title(), maxTitleChars, TITLE_KEY, cuts),
        cut("summary", item.summary(), maxSummaryChars, SUMMARY_KEY, cuts),
        cut("content", item.content(), maxBodyChars, BODY_KEY, cuts),
        item.published(),
        item.updated(),
        item.author(),
        item.categories());
  }

  private static String cut(String field, String value, int max, String key, List<Cut> cuts) {
    String text = repaired(value);
    if (text == null || text.length() <= max) {
      return text;
    }
    String kept = Utf16.prefix(text, max);
    cuts.add(new Cut(field, text.length(), max, key));
    return kept;
  }

  private static String repaired(String value) {
    return Utf16.replaceUnpairedSurrogates(value);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static void requirePositive(String key, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(key + " must be at least 1, not " + value);
    }
  }
}
