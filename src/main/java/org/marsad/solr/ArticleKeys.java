package org.marsad.solr;

import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.model.Article;

/**
 * The key documents (in the meta collection) that make an article's URL and its (source, guid) pair
 * unique across processes: each names the id of the one article that owns it.
 */
final class ArticleKeys {
  private static final String ARTICLE = "article_l";

  private ArticleKeys() {}

  static String url(String url) {
    return SolrFields.keyId("url:", url);
  }

  static String guid(long sourceId, String guid) {
    return SolrFields.keyId("guid:" + sourceId + ":", guid);
  }

  /** The (source, guid) key of an article; null when it has no guid. */
  static String guidOf(Article article) {
    return article.guid() == null ? null : guid(article.sourceId(), article.guid());
  }

  /** A key document giving {@code keyId} to article {@code articleId}. */
  static SolrInputDocument doc(String keyId, long articleId) {
    SolrInputDocument doc = SolrFields.document("key", keyId);
    doc.setField(ARTICLE, articleId);
    return doc;
  }

  /** The article a stored key document names. */
  static long articleId(SolrDocument key) {
    return SolrFields.longValue(key, ARTICLE);
  }
}
