package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.Article;

/**
 * One related article: the best article of another story, and why it is related.
 *
 * @param article the stored article
 * @param story its story (the founding article's id), or its own id when not placed in one yet
 * @param similarity how related, in [0, 1] ({@code story.ArticleSimilarity})
 * @param reasons the names and phrases both articles share, best first, as the article spells them
 */
public record RelatedHit(Article article, long story, double similarity, List<String> reasons) {
  public RelatedHit {
    reasons = List.copyOf(reasons);
  }
}
