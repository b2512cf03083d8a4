package org.marsad.pipeline;

import java.util.Set;
import org.marsad.model.ArticleAnalysis;

/**
 * What may never be related to an article X: X itself, X's copies (its duplicate group), X's own
 * story, and the articles and stories X's page already embeds or links. Decided on the store's
 * conclusions (the index may lag behind a story merge). An article not yet placed in a story counts
 * as a story of its own.
 */
final class RelatedFilter {
  private final long articleId;
  private final long duplicateGroup;
  private final long story;
  private final Set<Long> pageArticles;
  private final Set<Long> pageStories;

  /**
   * @param analysis what the stages concluded about X ({@link ArticleAnalysis#NONE} when nothing)
   * @param pageArticles the stored articles X's page embeds or links
   * @param pageStories their stories
   */
  RelatedFilter(
      long articleId, ArticleAnalysis analysis, Set<Long> pageArticles, Set<Long> pageStories) {
    this.articleId = articleId;
    this.duplicateGroup = analysis.duplicateGroup();
    this.story = analysis.story();
    this.pageArticles = Set.copyOf(pageArticles);
    this.pageStories = Set.copyOf(pageStories);
  }

  /** Whether the article {@code id}, with these conclusions, may be shown as related to X. */
  boolean admits(long id, ArticleAnalysis analysis) {
    long candidateStory = storyKey(id, analysis);
    return id != articleId
        && !(duplicateGroup != 0 && analysis.duplicateGroup() == duplicateGroup)
        // X not analyzed yet, but the candidate's group was founded by X: a copy all the same.
        && analysis.duplicateGroup() != articleId
        && !(story != 0 && candidateStory == story)
        && !pageArticles.contains(id)
        && !pageStories.contains(candidateStory);
  }

  /** The story an article counts as: its own, or its id when it has none yet. */
  static long storyKey(long id, ArticleAnalysis analysis) {
    return analysis.story() != 0 ? analysis.story() : id;
  }
}
