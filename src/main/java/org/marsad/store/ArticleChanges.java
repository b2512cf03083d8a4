package org.marsad.store;

import java.util.List;
import org.marsad.model.Article;

/**
 * A page of articles created or updated after a cursor, in the order they changed; what an index
 * reads to stay in step with the store (ids alone would miss updates to old articles).
 *
 * @param articles the changed articles, each in its current version, at most once per page
 * @param cursor the cursor to pass next time; unchanged when the page is empty
 */
public record ArticleChanges(List<Article> articles, long cursor) {
  public ArticleChanges {
    articles = List.copyOf(articles);
  }
}
