package org.marsad.pipeline;

import java.util.List;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.Enrichment;

/**
 * The enrichment stage: entities, keywords, tags, generic page tags and a category for every
 * article, by the {@link ArticleEnricher}. It runs before the stories stage, which reads the
 * entities.
 *
 * <p>The corpus statistics that keywords are weighed against count every article of the page first;
 * then the page's articles are enriched in parallel (enrichment only reads the statistics, and
 * recognizing entities is most of the pipeline's cost). Keywords therefore depend on the pages an
 * article arrived in, not only on their order; entities, tags and categories do not. On restart the
 * statistics are rebuilt from the recalled articles.
 */
final class EnrichStage implements ArticleStage {
  private final ArticleEnricher enricher;

  EnrichStage(ArticleEnricher enricher) {
    this.enricher = enricher;
  }

  @Override
  public List<AnalyzedArticle> process(List<AnalyzedArticle> page) {
    page.forEach(a -> enricher.observe(a.article().title(), a.article().body()));
    return page.parallelStream()
        .map(a -> a.with(a.analysis().withEnrichment(enrich(a.article()))))
        .toList();
  }

  @Override
  public void recall(List<AnalyzedArticle> seen) {
    seen.forEach(a -> enricher.observe(a.article().title(), a.article().body()));
  }

  /** The page's own tags are the article's tags as the page or feed printed them. */
  private Enrichment enrich(Article article) {
    List<String> pageTags = article.tags().isEmpty() ? article.page().pageTags() : article.tags();
    return enricher.enrich(article.title(), article.body(), pageTags);
  }
}
