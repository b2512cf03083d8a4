package org.marsad.ingest;

/**
 * Decides when a feed item's own text is too short to stand for the article, so that the pipeline
 * fetches the page at {@link FeedItem#link()} and extracts the full text, keeping the feed's title,
 * date and categories. Immutable and thread-safe.
 *
 * <p>Rule: the longer of content and summary, with tags removed and whitespace collapsed, is
 * shorter than {@code minChars}, and the item has a link to fetch.
 */
public final class FullTextPolicy {
  /** Teasers are usually one or two sentences; full articles are rarely under 400 characters. */
  public static final int DEFAULT_MIN_CHARS = 400;

  public static final FullTextPolicy DEFAULT = new FullTextPolicy(DEFAULT_MIN_CHARS);

  private final int minChars;

  /**
   * @throws IllegalArgumentException when {@code minChars} is negative
   */
  public FullTextPolicy(int minChars) {
    if (minChars < 0) {
      throw new IllegalArgumentException("minChars must not be negative: " + minChars);
    }
    this.minChars = minChars;
  }

  public boolean needsFullText(FeedItem item) {
    if (item.link() == null || item.link().isBlank()) {
      return false;
    }
    return Math.max(plainLength(item.content()), plainLength(item.summary())) < minChars;
  }

  private static int plainLength(String htmlOrText) {
    if (htmlOrText == null || htmlOrText.isBlank()) {
      return 0;
    }
    return PlainText.of(htmlOrText).length();
  }
}
