package org.marsad.solr;

import static org.marsad.solr.SolrDocs.MAX_TRIES;
import static org.marsad.solr.SolrDocs.contended;
import static org.marsad.solr.SolrFields.ofType;
import static org.marsad.store.StoreArguments.requirePositive;
import static org.marsad.store.StoreArguments.requireValid;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.model.AlertDelivery;
import org.marsad.model.SavedSearch;
import org.marsad.store.StoreArguments;

/**
 * Saved searches and their alert deliveries on Solr (documents of the meta collection), for {@link
 * SolrStore}. A delivery's id is its (saved search, article) pair, created only when absent, so a
 * match is recorded once whichever process finds it; its attempts live in the same document, so a
 * status and its attempt are written together, and only while the delivery is still pending.
 */
final class SolrAlerts {
  private static final TypeReference<List<AttemptRow>> ATTEMPTS = new TypeReference<>() {};

  private final SolrDocs meta;
  private final SolrDocs articles;
  private final SolrCounters counters;
  private final Clock clock;

  SolrAlerts(SolrDocs meta, SolrDocs articles, SolrCounters counters, Clock clock) {
    this.meta = meta;
    this.articles = articles;
    this.counters = counters;
    this.clock = clock;
  }

  SavedSearch addSavedSearch(SavedSearch search) {
    requireValid(search);
    long id = counters.next("saved_search", 1);
    SolrInputDocument doc = SolrFields.document("search", searchId(id));
    doc.setField("ssid_l", id);
    doc.setField("name_x", search.name());
    doc.setField("query_x", search.query());
    SolrFields.set(doc, "webhook_x", search.webhookUrl());
    SolrFields.setInstant(doc, "created_l", search.created());
    doc.setField("cursor_l", search.checkedCursor());
    meta.put(doc);
    meta.commit();
    return savedSearch(id).orElseThrow();
  }

  Optional<SavedSearch> savedSearch(long id) {
    return Optional.ofNullable(meta.get(searchId(id))).map(SolrAlerts::readSearch);
  }

  List<SavedSearch> savedSearches() {
    SolrQuery query = ofType("search");
    query.setSort("ssid_l", SolrQuery.ORDER.asc);
    query.setRows(SolrStore.MAX_ROWS);
    return meta.find(query).stream().map(SolrAlerts::readSearch).toList();
  }

  boolean removeSavedSearch(long id) {
    if (meta.get(searchId(id)) == null) {
      return false;
    }
    meta.delete(List.of(searchId(id)));
    meta.deleteByQuery("type_s:delivery AND " + SolrFields.term("search_l", id));
    meta.commit();
    return true;
  }

  /**
   * Validated whole first (search and articles known). Each delivery is created only if absent (its
   * id is the pair), then the search's cursor is moved, last.
   */
  int recordAlertMatches(
      long savedSearchId, Collection<Long> matchingArticleIds, long checkedCursor) {
    Objects.requireNonNull(matchingArticleIds, "matchingArticleIds");
    SolrDocument search = meta.get(searchId(savedSearchId));
    if (search == null) {
      throw new IllegalArgumentException("no saved search with id " + savedSearchId);
    }
    Set<Long> ids = new LinkedHashSet<>(matchingArticleIds);
    Map<String, SolrDocument> stored = articles.getAll(ids.stream().map(ArticleDocs::id).toList());
    for (long id : ids) {
      if (!stored.containsKey(ArticleDocs.id(id))) {
        throw new IllegalArgumentException("no article with id " + id);
      }
    }
    int added = 0;
    if (readSearch(search).hasWebhook()) {
      Instant now = clock.instant();
      for (long articleId : ids) {
        if (meta.get(deliveryId(savedSearchId, articleId)) == null
            && meta.putIfVersion(deliveryDoc(savedSearchId, articleId, now), SolrDocs.ABSENT)) {
          added++;
        }
      }
    }
    moveCursor(savedSearchId, checkedCursor);
    meta.commit();
    return added;
  }

  private void moveCursor(long savedSearchId, long cursor) {
    for (int tries = 0; tries < MAX_TRIES; tries++) {
      SolrDocument search = meta.get(searchId(savedSearchId));
      if (search == null || SolrFields.longValue(search, "cursor_l") >= cursor) {
        return;
      }
      SolrInputDocument moved = SolrFields.copy(search);
      moved.setField("cursor_l", cursor);
      if (meta.putIfVersion(moved, SolrFields.longValue(search, "_version_"))) {
        return;
      }
    }
    throw contended("saved search " + savedSearchId);
  }

  private SolrInputDocument deliveryDoc(long searchId, long articleId, Instant now) {
    long id = counters.next("delivery", 1);
    SolrInputDocument doc = SolrFields.document("delivery", deliveryId(searchId, articleId));
    doc.setField("did_l", id);
    doc.setField("search_l", searchId);
    doc.setField("article_l", articleId);
    SolrFields.setInstant(doc, "created_l", now);
    doc.setField("status_s", AlertDelivery.Status.PENDING.name());
    SolrFields.setInstant(doc, "next_l", now);
    SolrFields.setJson(doc, "attempts_x", List.of());
    return doc;
  }

  List<AlertDelivery> dueDeliveries(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    requirePositive(limit);
    SolrQuery query = ofType("delivery");
    query.addFilterQuery(SolrFields.term("status_s", AlertDelivery.Status.PENDING.name()));
    query.addFilterQuery("next_l:[* TO " + now.toEpochMilli() + "]");
    query.setSort("next_l", SolrQuery.ORDER.asc);
    query.addSort("did_l", SolrQuery.ORDER.asc);
    query.setRows(limit);
    return meta.find(query).stream().map(SolrAlerts::readDelivery).toList();
  }

  /** The status and the attempt are one document: written together, only if still pending. */
  boolean recordDeliveryAttempt(
      long deliveryId,
      AlertDelivery.Attempt attempt,
      AlertDelivery.Status status,
      Instant nextAttempt) {
    StoreArguments.requireValidAttempt(attempt, status, nextAttempt);
    SolrQuery find = ofType("delivery");
    find.addFilterQuery(SolrFields.term("did_l", deliveryId));
    find.setFields("id");
    List<SolrDocument> found = meta.find(find);
    if (found.isEmpty()) {
      return false;
    }
    String id = SolrFields.string(found.get(0), "id");
    for (int tries = 0; tries < MAX_TRIES; tries++) {
      SolrDocument stored = meta.get(id);
      if (stored == null
          || !AlertDelivery.Status.PENDING.name().equals(SolrFields.string(stored, "status_s"))) {
        return false;
      }
      SolrInputDocument doc = SolrFields.copy(stored);
      doc.setField("status_s", status.name());
      doc.removeField("next_l");
      if (status == AlertDelivery.Status.PENDING) {
        SolrFields.setInstant(doc, "next_l", nextAttempt);
      }
      List<AttemptRow> attempts = new ArrayList<>(SolrFields.json(stored, "attempts_x", ATTEMPTS));
      attempts.add(
          new AttemptRow(attempt.at().toEpochMilli(), attempt.httpStatus(), attempt.error()));
      SolrFields.setJson(doc, "attempts_x", attempts);
      if (meta.putIfVersion(doc, SolrFields.longValue(stored, "_version_"))) {
        meta.commit();
        return true;
      }
    }
    throw contended("delivery " + deliveryId);
  }

  List<AlertDelivery> deliveries(long savedSearchId, int limit) {
    requirePositive(limit);
    SolrQuery query = ofType("delivery");
    query.addFilterQuery(SolrFields.term("search_l", savedSearchId));
    query.setSort("did_l", SolrQuery.ORDER.desc);
    query.setRows(limit);
    return meta.find(query).stream().map(SolrAlerts::readDelivery).toList();
  }

  /** One attempt as the delivery document keeps it. */
  record AttemptRow(long at, int httpStatus, String error) {}

  private static AlertDelivery readDelivery(SolrDocument doc) {
    List<AlertDelivery.Attempt> attempts =
        SolrFields.json(doc, "attempts_x", ATTEMPTS).stream()
            .sorted(Comparator.comparingLong(AttemptRow::at))
            .map(
                a ->
                    new AlertDelivery.Attempt(
                        Instant.ofEpochMilli(a.at()), a.httpStatus(), a.error()))
            .toList();
    return new AlertDelivery(
        SolrFields.longValue(doc, "did_l"),
        SolrFields.longValue(doc, "search_l"),
        SolrFields.longValue(doc, "article_l"),
        SolrFields.instant(doc, "created_l"),
        AlertDelivery.Status.valueOf(SolrFields.string(doc, "status_s")),
        SolrFields.instant(doc, "next_l"),
        attempts);
  }

  private static SavedSearch readSearch(SolrDocument doc) {
    return new SavedSearch(
        SolrFields.longValue(doc, "ssid_l"),
        SolrFields.string(doc, "name_x"),
        SolrFields.string(doc, "query_x"),
        SolrFields.string(doc, "webhook_x"),
        SolrFields.instant(doc, "created_l"),
        SolrFields.longValue(doc, "cursor_l"));
  }

  private static String searchId(long id) {
    return "search:" + id;
  }

  private static String deliveryId(long searchId, long articleId) {
    return "delivery:" + searchId + ":" + articleId;
  }
}
