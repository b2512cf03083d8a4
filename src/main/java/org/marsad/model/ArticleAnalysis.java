package org.marsad.model;

/**
 * What Marsad's own stages concluded about a stored article, kept apart from what its publisher
 * said (the {@link Article}), because it changes when other articles arrive.
 *
 * @param duplicateGroup the duplicate group the article belongs to: the id of the group's first
 *     member, its own id when no copy of it is known; 0 before the duplicates stage saw it
 * @param story the story it belongs to, or 0 before story clustering placed it
 * @param enrichment entities, keywords, tags and category; {@link Enrichment#NONE} before the
 *     enrichment stage saw it
 */
public record ArticleAnalysis(long duplicateGroup, long story, Enrichment enrichment) {

  /** Nothing concluded yet. */
  public static final ArticleAnalysis NONE = new ArticleAnalysis(0, 0);

  public ArticleAnalysis {
    enrichment = enrichment == null ? Enrichment.NONE : enrichment;
  }

  public ArticleAnalysis(long duplicateGroup, long story) {
    this(duplicateGroup, story, Enrichment.NONE);
  }

  public ArticleAnalysis withDuplicateGroup(long group) {
    return new ArticleAnalysis(group, story, enrichment);
  }

  public ArticleAnalysis withStory(long newStory) {
    return new ArticleAnalysis(duplicateGroup, newStory, enrichment);
  }

  public ArticleAnalysis withEnrichment(Enrichment newEnrichment) {
    return new ArticleAnalysis(duplicateGroup, story, newEnrichment);
  }
}
