package org.marsad.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed or sitemap, normalized across formats. Text fields keep the source's text
 * (HTML where the format carries HTML); null means absent.
 *
 * @param guid the entry's own id (RSS guid, Atom id, JSON Feed id), or its link when it has none
 * @param link the article's absolute URL
 * @param title plain text
 * @param summary a description or teaser, HTML or text as the feed gave it
 * @param content the full content when the feed carries it ({@code content:encoded}, Atom content,
 *     {@code content_html}/{@code content_text}), else null
 * @param published when the article was first published
 * @param updated when it was last updated
 * @param author a display name
 * @param categories categories, tags or news-sitemap keywords, in the feed's order
 */
public record FeedItem(
    String guid,
    String link,
    String title,
    String summary,
    String content,
    Instant published,
    Instant updated,
    String author,
    List<String> categories) {

  public FeedItem {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /**
   * True when the feed gives only a short text, so the article page should be fetched and
   * extracted; see {@link FullTextPolicy#DEFAULT}.
   */
  public boolean needsFullText() {
    return FullTextPolicy.DEFAULT.needsFullText(this);
  }
}
