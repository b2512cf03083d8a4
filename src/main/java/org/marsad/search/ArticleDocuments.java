package org.marsad.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.marsad.dedup.DuplicateKeys;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;

/** Turns an {@link Article} into the Lucene document of the schema in {@link ArticleFields}. */
final class ArticleDocuments {

  private ArticleDocuments() {}

  /** The term that identifies an article's document, for replacing or deleting it. */
  static Term idTerm(long id) {
    return new Term(ArticleFields.ID, Long.toString(id));
  }

  /**
   * The document for a stored article and what the stages concluded. Null fields are left out.
   *
   * @throws IllegalArgumentException when the article has no store id yet
   */
  static Document toDocument(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    ArticleFields.requireStored(article);
    Document doc = new Document();
    doc.add(new StringField(ArticleFields.ID, Long.toString(article.id()), Field.Store.YES));
    if (article.url() != null) {
      doc.add(new StoredField(ArticleFields.URL, article.url()));
    }
    if (article.source() != null && !article.source().isBlank()) {
      doc.add(new StoredField(ArticleFields.SOURCE, article.source()));
      doc.add(new SortedDocValuesField(ArticleFields.SOURCE, new BytesRef(article.source())));
      doc.add(
          new StringField(
              ArticleFields.SOURCE_KEY, ArticleFields.sourceKey(article.source()), Field.Store.NO));
    }
    if (article.title() != null) {
      doc.add(new Field(ArticleFields.TITLE, article.title(), ArticleFields.TEXT_WITH_OFFSETS));
    }
    if (article.body() != null) {
      doc.add(new Field(ArticleFields.BODY, article.body(), ArticleFields.TEXT_WITH_OFFSETS));
    }
    if (article.published() != null) {
      long millis = article.published().toEpochMilli();
      doc.add(new LongPoint(ArticleFields.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(ArticleFields.PUBLISHED, millis));
      doc.add(new StoredField(ArticleFields.PUBLISHED, millis));
      doc.add(
          new SortedDocValuesField(
              ArticleFields.DAY, new BytesRef(ArticleFields.day(article.published()))));
    }
    long copiesKey = ArticleFields.copiesKey(article.id(), analyzed.analysis().duplicateGroup());
    doc.add(new LongPoint(ArticleFields.COPIES_KEY, copiesKey));
    doc.add(new NumericDocValuesField(ArticleFields.COPIES_KEY, copiesKey));
    addEnrichment(doc, analyzed.analysis().enrichment());
    for (String key : DuplicateKeys.filed(article.title(), article.body())) {
      doc.add(new StringField(ArticleFields.DUPLICATE_KEY, key, Field.Store.NO));
    }
    long story = analyzed.analysis().story();
    doc.add(new LongPoint(ArticleFields.STORY, story));
    doc.add(new NumericDocValuesField(ArticleFields.STORY, story));
    return doc;
  }

  private static void addEnrichment(Document doc, Enrichment enrichment) {
    Set<String> keys = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (ArticleEntity entity : enrichment.entities()) {
      if (names.add(entity.canonical())) {
        doc.add(
            new SortedSetDocValuesField(ArticleFields.ENTITY, new BytesRef(entity.canonical())));
      }
      keys.addAll(ArticleFields.entityKeys(entity));
    }
    keys.remove("");
    keys.forEach(k -> doc.add(new StringField(ArticleFields.ENTITY_KEY, k, Field.Store.NO)));
    Category category = enrichment.category();
    if (category != null) {
      doc.add(new SortedDocValuesField(ArticleFields.CATEGORY, new BytesRef(category.label())));
      doc.add(
          new StringField(
              ArticleFields.CATEGORY_KEY,
              ArticleFields.categoryKey(category.label()),
              Field.Store.NO));
    }
  }
}
