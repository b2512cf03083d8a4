package org.marsad.model;

/** A stored article together with what the stages concluded about it so far. */
public record AnalyzedArticle(Article article, ArticleAnalysis analysis) {

  public AnalyzedArticle {
    analysis = analysis == null ? ArticleAnalysis.NONE : analysis;
  }

  public long id() {
    return article.id();
  }

  public AnalyzedArticle with(ArticleAnalysis newAnalysis) {
    return new AnalyzedArticle(article, newAnalysis);
  }
}
