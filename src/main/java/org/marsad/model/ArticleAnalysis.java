package org.marsad.model;

/**
 * What Marsad's own stages concluded about a stored article, kept apart from what its publisher
 * said (the {@link Article}), because it changes when other articles arrive.
 *
 * @param duplicateGroup the duplicate group the article belongs to: the id of the group's first
 *     member, its own id when no copy of it is known; 0 before the duplicates stage saw it
 * @param story the story it belongs to, or 0 before story clustering placed it
 */
public record ArticleAnalysis(long duplicateGroup, long story) {

  /** Nothing concluded yet. */
  public static final ArticleAnalysis NONE = new ArticleAnalysis(0, 0);

  public ArticleAnalysis withDuplicateGroup(long group) {
    return new ArticleAnalysis(group, story);
  }

  public ArticleAnalysis withStory(long newStory) {
    return new ArticleAnalysis(duplicateGroup, newStory);
  }
}
