package org.marsad.solr;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.dedup.DuplicateKeys;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;
import org.marsad.search.ArticleFields;

/**
 * Turns an article into the Solr document of the search collection: the fields and derived keys of
 * {@link ArticleFields}, as {@code search.ArticleDocuments} makes the embedded index's document.
 */
final class SolrArticleDocuments {

  private SolrArticleDocuments() {}

  /**
   * The document for a stored article and what the stages concluded. Null fields are left out.
   *
   * @throws IllegalArgumentException when the article has no store id yet
   */
  static SolrInputDocument toDocument(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    ArticleFields.requireStored(article);
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ArticleFields.ID, Long.toString(article.id()));
    addIfPresent(doc, ArticleFields.URL, article.url());
    if (article.source() != null && !article.source().isBlank()) {
      doc.addField(ArticleFields.SOURCE, article.source());
      doc.addField(ArticleFields.SOURCE_KEY, ArticleFields.sourceKey(article.source()));
    }
    addIfPresent(doc, ArticleFields.TITLE, article.title());
    addIfPresent(doc, ArticleFields.BODY, article.body());
    if (article.published() != null) {
      doc.addField(ArticleFields.PUBLISHED, article.published().toEpochMilli());
      doc.addField(ArticleFields.DAY, ArticleFields.day(article.published()));
    }
    doc.addField(
        ArticleFields.COPIES_KEY,
        ArticleFields.copiesKey(article.id(), analyzed.analysis().duplicateGroup()));
    doc.addField(ArticleFields.STORY, analyzed.analysis().story());
    DuplicateKeys.filed(article.title(), article.body())
        .forEach(key -> doc.addField(ArticleFields.DUPLICATE_KEY, key));
    addEnrichment(doc, analyzed.analysis().enrichment());
    return doc;
  }

  private static void addIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null) {
      doc.addField(field, value);
    }
  }

  private static void addEnrichment(SolrInputDocument doc, Enrichment enrichment) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    for (ArticleEntity entity : enrichment.entities()) {
      names.add(entity.canonical());
      keys.addAll(ArticleFields.entityKeys(entity));
    }
    keys.remove("");
    names.forEach(name -> doc.addField(ArticleFields.ENTITY, name));
    keys.forEach(key -> doc.addField(ArticleFields.ENTITY_KEY, key));
    Category category = enrichment.category();
    if (category != null) {
      doc.addField(ArticleFields.CATEGORY, category.label());
      doc.addField(ArticleFields.CATEGORY_KEY, ArticleFields.categoryKey(category.label()));
    }
  }
}
