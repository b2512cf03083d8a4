package org.marsad.solr;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.model.Article;
import org.marsad.model.Link;
import org.marsad.model.PageParts;
import org.marsad.model.RelatedArticle;

/**
 * An {@link Article} as a document of the articles collection and back. Texts are stored-only
 * ({@code *_x}): this collection is the store, searching is the search index's collection, and a
 * stored-only field takes a value of any length (an indexed one refuses a term over 32 KB). The id
 * is the article's number; {@code change_l} is its place in the change cursor.
 */
final class ArticleDocs {
  static final String TYPE = "article";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<RelatedArticle>> RELATED = new TypeReference<>() {};
  private static final TypeReference<List<Link>> LINKS = new TypeReference<>() {};

  private ArticleDocs() {}

  static String id(long articleId) {
    return Long.toString(articleId);
  }

  /**
   * A new article as first stored under {@code id}: no body is an empty one, fetched now if unset.
   */
  static Article created(long id, Article incoming, Instant now) {
    return new Article(
        id,
        incoming.url(),
        incoming.guid(),
        incoming.sourceId(),
        incoming.source(),
        incoming.title(),
        incoming.body() == null ? "" : incoming.body(),
        incoming.summary(),
        incoming.published(),
        incoming.fetched() != null ? incoming.fetched() : now,
        incoming.author(),
        incoming.category(),
        incoming.tags(),
        incoming.page());
  }

  /** The title and body an update replaced, as revision {@code revisionId} (meta collection). */
  static SolrInputDocument revision(long revisionId, Article before, Instant replaced) {
    SolrInputDocument doc = SolrFields.document("revision", "revision:" + revisionId);
    doc.setField("rid_l", revisionId);
    doc.setField("article_l", before.id());
    SolrFields.setInstant(doc, "replaced_l", replaced);
    SolrFields.set(doc, "title_x", before.title());
    SolrFields.set(doc, "body_x", before.body());
    return doc;
  }

  static SolrInputDocument write(Article a, long changeSeq) {
    SolrInputDocument doc = SolrFields.document(TYPE, id(a.id()));
    doc.setField("aid_l", a.id());
    doc.setField("url_x", a.url());
    SolrFields.set(doc, "guid_x", a.guid());
    doc.setField("source_l", a.sourceId());
    SolrFields.set(doc, "source_x", a.source());
    SolrFields.set(doc, "title_x", a.title());
    doc.setField("body_x", a.body() == null ? "" : a.body());
    SolrFields.set(doc, "summary_x", a.summary());
    SolrFields.setInstant(doc, "published_l", a.published());
    SolrFields.setInstant(doc, "fetched_l", a.fetched());
    SolrFields.set(doc, "author_x", a.author());
    SolrFields.set(doc, "category_x", a.category());
    SolrFields.setJson(doc, "tags_x", a.tags());
    SolrFields.set(doc, "language_x", a.page().language());
    SolrFields.setJson(doc, "page_tags_x", a.page().pageTags());
    SolrFields.setJson(doc, "related_x", a.page().related());
    SolrFields.setJson(doc, "links_x", a.page().links());
    doc.setField("change_l", changeSeq);
    return doc;
  }

  static Article read(SolrDocument doc) {
    return new Article(
        SolrFields.longValue(doc, "aid_l"),
        SolrFields.string(doc, "url_x"),
        SolrFields.string(doc, "guid_x"),
        SolrFields.longValue(doc, "source_l"),
        SolrFields.string(doc, "source_x"),
        SolrFields.string(doc, "title_x"),
        SolrFields.string(doc, "body_x"),
        SolrFields.string(doc, "summary_x"),
        SolrFields.instant(doc, "published_l"),
        SolrFields.instant(doc, "fetched_l"),
        SolrFields.string(doc, "author_x"),
        SolrFields.string(doc, "category_x"),
        SolrFields.json(doc, "tags_x", STRINGS),
        new PageParts(
            SolrFields.string(doc, "language_x"),
            SolrFields.json(doc, "page_tags_x", STRINGS),
            SolrFields.json(doc, "related_x", RELATED),
            SolrFields.json(doc, "links_x", LINKS)));
  }
}
