package org.marsad.solr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.model.Article;
import org.marsad.store.ArticleMerge;
import org.marsad.store.UpsertResult;

/**
 * One {@code upsertAll} batch in a few requests instead of about ten per article: the batch's keys
 * read at once, then the articles they name; new articles' ids and the change numbers reserved in
 * blocks; the new URL keys claimed in one request, the articles written in one, the new guid keys
 * and the revisions in one. The decisions are the per-article path's ({@link SolrStore}), made on
 * what the look-ups read; every write holds only if what was read still holds ({@code _version_}),
 * each on its own ({@link SolrDocs#putEach}).
 *
 * <p>What the batched part leaves to the per-article path, run after it in batch order: an article
 * whose URL, (source, guid) or stored article an earlier one of the batch shares (so it sees that
 * one's write, as in the embedded store), one that would move its article's URL or re-key a guid,
 * one whose key names an article not written yet, and one whose write met another process's.
 *
 * <p>Change numbers are reserved only for the writes about to be made (after the URL claims), so
 * the change cursor has a gap only where a write lost a race.
 */
final class SolrArticleBatch {

  /** The per-article path: stores one article, retrying races. */
  interface OneByOne {
    UpsertResult store(Article article, Instant now);
  }

  private final SolrDocs meta;
  private final SolrDocs articles;
  private final SolrCounters counters;
  private final ChangeNumbers changes;
  private final OneByOne oneByOne;

  SolrArticleBatch(
      SolrDocs meta,
      SolrDocs articles,
      SolrCounters counters,
      ChangeNumbers changes,
      OneByOne oneByOne) {
    this.meta = meta;
    this.articles = articles;
    this.counters = counters;
    this.changes = changes;
    this.oneByOne = oneByOne;
  }

  /** An update decided on the stored version {@code version} of {@code before}. */
  private record Update(int index, Article before, Article after, long version) {}

  /** Stores the batch; the results in its order. Commits nothing. */
  List<UpsertResult> store(List<Article> batch, Instant now) {
    Set<String> keyIds = new LinkedHashSet<>();
    for (Article a : batch) {
      keyIds.add(ArticleKeys.url(a.url()));
      if (a.guid() != null) {
        keyIds.add(ArticleKeys.guidOf(a));
      }
    }
    Map<String, SolrDocument> keys = meta.getAll(keyIds);
    Set<String> named = new LinkedHashSet<>();
    keys.values().forEach(k -> named.add(ArticleDocs.id(ArticleKeys.articleId(k))));
    Map<String, SolrDocument> stored = articles.getAll(named);

    UpsertResult[] results = new UpsertResult[batch.size()];
    SortedSet<Integer> oneByOneLater = new TreeSet<>();
    List<Integer> fresh = new ArrayList<>();
    List<Update> updates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      Article incoming = batch.get(i);
      String urlKey = ArticleKeys.url(incoming.url());
      String guidKey = ArticleKeys.guidOf(incoming);
      SolrDocument key = guidKey == null ? null : keys.get(guidKey);
      boolean byGuid = key != null;
      if (key == null) {
        key = keys.get(urlKey);
      }
      String target = key == null ? null : ArticleDocs.id(ArticleKeys.articleId(key));
      boolean repeat = !seen.add(urlKey);
      repeat |= guidKey != null && !seen.add(guidKey);
      repeat |= target != null && !seen.add("article " + target);
      if (repeat) {
        oneByOneLater.add(i);
      } else if (key == null) {
        fresh.add(i);
      } else if (!stored.containsKey(target)) {
        oneByOneLater.add(i);
      } else {
        SolrDocument doc = stored.get(target);
        Article before = ArticleDocs.read(doc);
        boolean mayMoveUrl = byGuid && !before.url().equals(incoming.url());
        Article after = ArticleMerge.merge(before, incoming, before.url());
        if (mayMoveUrl && !keys.containsKey(urlKey)) {
          oneByOneLater.add(i);
        } else if (after.equals(before)) {
          results[i] = new UpsertResult(before.id(), UpsertResult.Outcome.UNCHANGED);
        } else if (!Objects.equals(ArticleKeys.guidOf(before), ArticleKeys.guidOf(after))) {
          oneByOneLater.add(i);
        } else {
          updates.add(new Update(i, before, after, SolrFields.longValue(doc, "_version_")));
        }
      }
    }

    Map<Integer, Article> created = claimUrls(batch, fresh, now, oneByOneLater);
    writeArticles(created, updates, now, results, oneByOneLater);
    for (int i : oneByOneLater) {
      results[i] = oneByOne.store(batch.get(i), now);
    }
    return List.of(results);
  }

  /**
   * Reserves ids for the new articles and claims their URL keys; the articles whose claim held, by
   * index. A lost claim (another process stored the URL since the look-up) goes one by one.
   */
  private Map<Integer, Article> claimUrls(
      List<Article> batch, List<Integer> fresh, Instant now, Set<Integer> oneByOneLater) {
    Map<Integer, Article> created = new LinkedHashMap<>();
    if (fresh.isEmpty()) {
      return created;
    }
    long id = counters.next(ArticleDocs.TYPE, fresh.size());
    List<SolrInputDocument> claims = new ArrayList<>();
    for (int i : fresh) {
      Article article = ArticleDocs.created(id++, batch.get(i), now);
      created.put(i, article);
      claims.add(
          SolrDocs.expecting(
              ArticleKeys.doc(ArticleKeys.url(article.url()), article.id()), SolrDocs.ABSENT));
    }
    Set<String> lost = meta.putEach(claims);
    created
        .entrySet()
        .removeIf(
            e -> {
              boolean claimed = !lost.contains(ArticleKeys.url(e.getValue().url()));
              if (!claimed) {
                oneByOneLater.add(e.getKey());
              }
              return !claimed;
            });
    return created;
  }

  /**
   * Writes the new and the updated articles in one request under change numbers reserved for them,
   * then the new articles' guid keys and the updates' revisions. An article whose write met
   * another's goes one by one.
   */
  private void writeArticles(
      Map<Integer, Article> created,
      List<Update> updates,
      Instant now,
      UpsertResult[] results,
      Set<Integer> oneByOneLater) {
    int writes = created.size() + updates.size();
    if (writes == 0) {
      return;
    }
    long change = changes.take(writes);
    List<SolrInputDocument> docs = new ArrayList<>();
    Map<String, Integer> indexById = new HashMap<>();
    for (Map.Entry<Integer, Article> e : created.entrySet()) {
      indexById.put(ArticleDocs.id(e.getValue().id()), e.getKey());
      docs.add(SolrDocs.expecting(ArticleDocs.write(e.getValue(), change++), SolrDocs.ABSENT));
    }
    for (Update u : updates) {
      indexById.put(ArticleDocs.id(u.after().id()), u.index());
      docs.add(SolrDocs.expecting(ArticleDocs.write(u.after(), change++), u.version()));
    }
    Set<String> lost = articles.putEach(docs);
    lost.forEach(id -> oneByOneLater.add(indexById.get(id)));

    List<SolrInputDocument> metaDocs = new ArrayList<>();
    created.forEach(
        (i, article) -> {
          if (lost.contains(ArticleDocs.id(article.id()))) {
            return;
          }
          results[i] = new UpsertResult(article.id(), UpsertResult.Outcome.NEW);
          String guidKey = ArticleKeys.guidOf(article);
          if (guidKey != null) {
            metaDocs.add(
                SolrDocs.expecting(ArticleKeys.doc(guidKey, article.id()), SolrDocs.ABSENT));
          }
        });
    List<Update> revised = new ArrayList<>();
    for (Update u : updates) {
      if (!lost.contains(ArticleDocs.id(u.after().id()))) {
        results[u.index()] = new UpsertResult(u.after().id(), UpsertResult.Outcome.UPDATED);
        if (ArticleMerge.needsRevision(u.before(), u.after())) {
          revised.add(u);
        }
      }
    }
    if (!revised.isEmpty()) {
      long revision = counters.next("revision", revised.size());
      for (Update u : revised) {
        metaDocs.add(ArticleDocs.revision(revision++, u.before(), now));
      }
    }
    writeEachAgainAlone(metaDocs, meta.putEach(metaDocs));
  }

  /**
   * Writes the refused documents one at a time: a real failure is then reported, and a guid key
   * that another article claimed first stays with it (the oldest keeps it, as one by one).
   */
  private void writeEachAgainAlone(List<SolrInputDocument> docs, Set<String> refused) {
    for (SolrInputDocument doc : docs) {
      if (refused.contains(String.valueOf(doc.getFieldValue("id")))) {
        Object version = doc.getFieldValue("_version_");
        if (version == null) {
          meta.put(doc);
        } else {
          meta.putIfVersion(doc, ((Number) version).longValue());
        }
      }
    }
  }
}
