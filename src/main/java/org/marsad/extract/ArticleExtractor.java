package org.marsad.extract;

import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;

/**
 * Turns one page into a clean article. Implementations never throw on bad input: what was odd or
 * lost goes into {@link ExtractedArticle#problems()}.
 */
public interface ArticleExtractor {
  ExtractedArticle extract(Page page);
}
