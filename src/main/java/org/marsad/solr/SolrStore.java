package org.marsad.solr;

import static org.marsad.solr.SolrDocs.MAX_TRIES;
import static org.marsad.solr.SolrDocs.contended;
import static org.marsad.solr.SolrFields.ofType;
import static org.marsad.store.StoreArguments.requirePositive;
import static org.marsad.store.StoreArguments.requireValid;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.model.AlertDelivery;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityCoOccurrence;
import org.marsad.model.EntityDay;
import org.marsad.model.EntitySummary;
import org.marsad.model.EntityType;
import org.marsad.model.SavedSearch;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.marsad.model.StorySummary;
import org.marsad.store.ArticleChanges;
import org.marsad.store.ArticleMerge;
import org.marsad.store.EnrichmentJson;
import org.marsad.store.FetchLogEntry;
import org.marsad.store.Revision;
import org.marsad.store.Store;
import org.marsad.store.StoreArguments;
import org.marsad.store.UpsertResult;

/**
 * The {@link Store} on SolrCloud, shared by any number of Marsad processes: articles in {@code
 * {prefix}articles} (sharded and replicated), everything else in {@code {prefix}meta} (one shard,
 * replicated; a {@code type_s} field tells sources, polling states, fetch-log lines, keys,
 * counters, revisions, analyses, entities, mentions, saved searches and deliveries apart).
 *
 * <p><b>Identity across processes.</b> Numbers (article, source, entity... ids, the change cursor)
 * come from counter documents moved on with optimistic concurrency ({@link SolrCounters}). A URL, a
 * (source, guid) pair, a followed source's URL and a (saved search, article) delivery each own a
 * key document created only when absent ({@code _version_ = -1}): the process that loses the race
 * reads the winner's article and merges into it, so the same article fetched by two processes at
 * once is stored once. A key whose article is not written yet (its writer is between the two
 * writes, or died there) is taken over: the article is written under the key's id, again only if
 * absent. Updates of an article, a source, an entity's counts, a search's cursor and a delivery
 * hold only if the document is still the version read; otherwise they are read again and retried.
 * {@link #upsertAll} makes these writes for a whole batch in a few requests, each document on its
 * own condition ({@link SolrArticleBatch}); an article whose write lost a race is then stored on
 * its own.
 *
 * <p><b>Visibility.</b> Every method that writes commits (soft commit, waiting for the new
 * searcher) before it returns, so the next call of any process sees its writes. Look-ups by id and
 * by key use real-time get and see every write at once.
 *
 * <p><b>What differs from the embedded store.</b> Solr has no transactions across documents, so
 * "all or nothing" holds for validation only: a batch whose arguments are wrong (an unknown source,
 * article or saved search) is refused before anything is written, as in SQLite; a batch that a
 * failing cluster interrupts keeps what was written before the failure (for a poll: the articles
 * written so far stay, not necessarily the first ones of the batch; the polling state is not
 * recorded, so the next poll fetches the feed again and finds them unchanged). Writes are ordered
 * so that what vouches for other data comes last: a fetch-log line before the polling state that
 * trusts it, mentions before the analysis that lists them, deliveries before the saved search's
 * cursor, an article's URL key before the article. A crash in between costs a re-fetch or a
 * repeated match, never a state that claims more than the store has; the one thing it can lose is a
 * revision or a new article's (source, guid) key, each written just after the article (the article
 * is then found by its URL only). Durability is Solr's: the update log on every replica of a shard
 * (hard commit every 15 s), so losing one node loses nothing acknowledged.
 *
 * <p><b>The change cursor.</b> A change's cursor value is taken before the change is visible; a
 * batch takes its values in one block, for the writes it is about to make, and a write that then
 * loses a race to another process leaves its value unused (a gap, only on lost races). With several
 * writing processes cursor 12 can be visible before the write that took 11 is committed (a fraction
 * of a second, up to a few seconds for a large batch). {@link #changesSince} therefore reads only
 * up to the settled value ({@link ChangeNumbers}): this process's own changes as soon as their
 * write returned, another process's once taken {@value ChangeNumbers#SETTLE_SECONDS} s ago or more.
 * A reader never skips a change, and a gap costs it nothing; what another process stored reaches it
 * after that delay.
 *
 * <p><b>Entities.</b> See {@link SolrEntityWrites}: the same resolution as the embedded store; two
 * processes meeting the same new name at the same moment may create it twice. Story summaries use
 * the article's time and source as of its analysis ({@link SolrStories}).
 *
 * <p>The configset must have been uploaded ({@link SolrCluster#uploadConfigset}); {@link #open}
 * creates the collections when missing. The store owns the cluster connection it is given and
 * closes it on {@link #close}. Thread-safe.
 */
public final class SolrStore implements Store {
  /** The prefix of the collections when none is given. */
  public static final String DEFAULT_PREFIX = "marsad_";

  /** Rows read at most where the embedded store reads all (sources, saved searches, revisions). */
  static final int MAX_ROWS = 100_000;

  private static final TypeReference<List<SolrEntityWrites.Mention>> MENTIONS =
      new TypeReference<>() {};

  private final SolrCluster cluster;
  private final SolrDocs articles;
  private final SolrDocs meta;
  private final SolrCounters counters;
  private final ChangeNumbers changes;
  private final SolrStories stories;
  private final SolrEntities entities;
  private final SolrAlerts alerts;
  private final SolrArticleBatch batchWrites;
  private final Clock clock;
  private final ReentrantLock writeLock = new ReentrantLock();
  private volatile boolean closed;

  private SolrStore(SolrCluster cluster, String prefix, Clock clock) {
    this.cluster = cluster;
    this.articles = new SolrDocs(cluster.client(), prefix + "articles");
    this.meta = new SolrDocs(cluster.client(), prefix + "meta");
    this.counters = new SolrCounters(meta);
    this.changes = new ChangeNumbers(counters);
    this.stories = new SolrStories(meta, articles);
    this.entities = new SolrEntities(meta, stories);
    this.alerts = new SolrAlerts(meta, articles, counters, clock);
    this.batchWrites = new SolrArticleBatch(meta, articles, counters, changes, this::store);
    this.clock = clock;
  }

  /** Opens the store on collections named with {@code prefix}: 2 shards, 2 replicas each. */
  public static SolrStore open(SolrCluster cluster, String prefix) {
    return open(cluster, prefix, 2, 2, Clock.systemUTC());
  }

  /**
   * Opens the store, creating its collections when missing: {@code {prefix}articles} with {@code
   * shards} shards and {@code {prefix}meta} with one, both with {@code replicas} replicas per
   * shard.
   */
  public static SolrStore open(
      SolrCluster cluster, String prefix, int shards, int replicas, Clock clock) {
    Objects.requireNonNull(cluster, "cluster");
    if (prefix == null || !prefix.matches("[A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "a collection prefix is letters, digits and underscores: '" + prefix + "'");
    }
    cluster.ensureCollection(prefix + "articles", shards, replicas);
    cluster.ensureCollection(prefix + "meta", 1, replicas);
    return new SolrStore(cluster, prefix, clock);
  }

  // ---- sources

  /**
   * Claims the URL's key, then writes the source under the claimed id. A key whose source is not
   * written (its writer is between the two writes, or died there) is taken over: the source is
   * written under the key's id, only if absent, so a crash never leaves a URL that cannot be added.
   */
  @Override
  public Source addSource(Source source) {
    requireValid(source);
    String keyId = sourceUrlKey(source.url());
    return write(
        () -> {
          for (int tries = 0; tries < MAX_TRIES; tries++) {
            SolrDocument key = meta.get(keyId);
            long id;
            if (key == null) {
              id = counters.next("source", 1);
              if (!meta.putIfVersion(sourceKey(keyId, id), SolrDocs.ABSENT)) {
                continue;
              }
            } else {
              id = SolrFields.longValue(key, "source_l");
              Optional<Source> known = source(id);
              if (known.isPresent()) {
                return known.get();
              }
            }
            meta.putIfVersion(sourceDoc(source.withId(id), clock.instant()), SolrDocs.ABSENT);
            meta.commit();
            return source(id).orElseThrow();
          }
          throw contended("source " + source.url());
        });
  }

  /** The source a URL key names, if written. */
  private Optional<Source> keyed(String keyId) {
    SolrDocument key = meta.get(keyId);
    if (key == null) {
      return Optional.empty();
    }
    return source(SolrFields.longValue(key, "source_l"));
  }

  @Override
  public boolean updateSource(Source source) {
    requireValid(source);
    return write(
        () -> {
          for (int tries = 0; tries < MAX_TRIES; tries++) {
            SolrDocument stored = meta.get(sourceId(source.id()));
            if (stored == null) {
              return false;
            }
            Source updated =
                new Source(
                    source.id(),
                    SolrFields.string(stored, "url_x"),
                    source.title(),
                    source.kind(),
                    source.pollInterval(),
                    source.groupDuplicates());
            SolrInputDocument doc = sourceDoc(updated, SolrFields.instant(stored, "added_l"));
            if (meta.putIfVersion(doc, SolrFields.longValue(stored, "_version_"))) {
              meta.commit();
              return true;
            }
          }
          throw contended("source " + source.id());
        });
  }

  @Override
  public Optional<Source> source(long id) {
    requireOpen();
    return Optional.ofNullable(meta.get(sourceId(id))).map(SolrStore::readSource);
  }

  @Override
  public Optional<Source> sourceByUrl(String url) {
    Objects.requireNonNull(url, "url");
    requireOpen();
    return keyed(sourceUrlKey(url)).filter(s -> s.url().equals(url));
  }

  @Override
  public List<Source> sources() {
    requireOpen();
    SolrQuery query = ofType("source");
    query.setSort("sid_l", SolrQuery.ORDER.asc);
    query.setRows(MAX_ROWS);
    return meta.find(query).stream().map(SolrStore::readSource).toList();
  }

  @Override
  public boolean removeSource(long id) {
    return write(
        () -> {
          SolrDocument stored = meta.get(sourceId(id));
          if (stored == null) {
            return false;
          }
          meta.delete(List.of(sourceUrlKey(SolrFields.string(stored, "url_x"))));
          meta.delete(List.of(sourceId(id), stateId(id)));
          meta.deleteByQuery("type_s:log AND " + SolrFields.term("source_l", id));
          detachArticles(id);
          articles.commit();
          meta.commit();
          return true;
        });
  }

  /** Gives the articles of a removed source source id 0, as the embedded store's foreign key. */
  private void detachArticles(long sourceId) {
    SolrQuery query = ofType(ArticleDocs.TYPE);
    query.addFilterQuery(SolrFields.term("source_l", sourceId));
    query.setFields("aid_l");
    query.setSort("aid_l", SolrQuery.ORDER.asc);
    query.setRows(1_000);
    List<SolrDocument> page = articles.find(query);
    while (!page.isEmpty()) {
      for (SolrDocument found : page) {
        updateArticle(SolrFields.longValue(found, "aid_l"), a -> a.withSourceId(0));
      }
      articles.commit();
      page = articles.find(query);
    }
  }

  /** Rewrites a stored article in place (its change cursor kept), re-keying its guid. */
  private void updateArticle(long id, java.util.function.UnaryOperator<Article> change) {
    for (int tries = 0; tries < MAX_TRIES; tries++) {
      SolrDocument stored = articles.get(ArticleDocs.id(id));
      if (stored == null) {
        return;
      }
      Article before = ArticleDocs.read(stored);
      Article after = change.apply(before);
      if (articles.putIfVersion(
          ArticleDocs.write(after, SolrFields.longValue(stored, "change_l")),
          SolrFields.longValue(stored, "_version_"))) {
        rekeyGuid(before, after);
        return;
      }
    }
    throw contended("article " + id);
  }

  @Override
  public SourceState sourceState(long sourceId) {
    requireOpen();
    SolrDocument doc = meta.get(stateId(sourceId));
    if (doc == null) {
      return SourceState.initial(sourceId);
    }
    return new SourceState(
        sourceId,
        SolrFields.instant(doc, "last_success_l"),
        SolrFields.instant(doc, "last_error_l"),
        SolrFields.string(doc, "last_error_message_x"),
        (int) SolrFields.longValue(doc, "failures_l"),
        SolrFields.instant(doc, "next_attempt_l"),
        SolrFields.string(doc, "etag_x"),
        SolrFields.string(doc, "last_modified_x"));
  }

  @Override
  public void putSourceState(SourceState state) {
    Objects.requireNonNull(state, "state");
    write(
        () -> {
          requireFollowed(state.sourceId());
          meta.put(stateDoc(state));
          meta.commit();
          return null;
        });
  }

  @Override
  public void appendFetchLog(FetchLogEntry entry) {
    Objects.requireNonNull(entry, "entry");
    write(
        () -> {
          requireFollowed(entry.sourceId());
          meta.put(logDoc(entry));
          meta.commit();
          return null;
        });
  }

  /** Writes the log line first: the state, which trusts the poll, only once the line is stored. */
  @Override
  public void recordPoll(SourceState state, FetchLogEntry entry) {
    StoreArguments.requireSameSource(state, entry);
    write(
        () -> {
          requireFollowed(state.sourceId());
          meta.put(logDoc(entry));
          meta.put(stateDoc(state));
          meta.commit();
          return null;
        });
  }

  @Override
  public List<FetchLogEntry> fetchLog(long sourceId, int limit) {
    requirePositive(limit);
    requireOpen();
    SolrQuery query = ofType("log");
    query.addFilterQuery(SolrFields.term("source_l", sourceId));
    query.setSort("seq_l", SolrQuery.ORDER.desc);
    query.setRows(limit);
    return meta.find(query).stream()
        .map(
            d ->
                new FetchLogEntry(
                    sourceId,
                    SolrFields.instant(d, "at_l"),
                    FetchLogEntry.Outcome.valueOf(SolrFields.string(d, "outcome_s")),
                    (int) SolrFields.longValue(d, "http_status_l"),
                    SolrFields.string(d, "message_x"),
                    (int) SolrFields.longValue(d, "items_new_l"),
                    (int) SolrFields.longValue(d, "items_updated_l"),
                    (int) SolrFields.longValue(d, "items_unchanged_l"),
                    (int) SolrFields.longValue(d, "items_failed_l")))
        .toList();
  }

  private void requireFollowed(long sourceId) {
    if (meta.get(sourceId(sourceId)) == null) {
      throw new IllegalArgumentException("no source with id " + sourceId + " is followed");
    }
  }

  private static String sourceId(long id) {
    return "source:" + id;
  }

  private static String stateId(long id) {
    return "state:" + id;
  }

  private static String sourceUrlKey(String url) {
    return SolrFields.keyId("surl:", url);
  }

  private static SolrInputDocument sourceKey(String keyId, long sourceId) {
    SolrInputDocument doc = SolrFields.document("key", keyId);
    doc.setField("source_l", sourceId);
    return doc;
  }

  private static SolrInputDocument sourceDoc(Source source, Instant added) {
    SolrInputDocument doc = SolrFields.document("source", sourceId(source.id()));
    doc.setField("sid_l", source.id());
    doc.setField("url_x", source.url());
    SolrFields.set(doc, "title_x", source.title());
    doc.setField("kind_s", source.kind().name());
    SolrFields.set(
        doc,
        "interval_l",
        source.pollInterval() == null ? null : source.pollInterval().toSeconds());
    doc.setField("group_b", source.groupDuplicates());
    SolrFields.setInstant(doc, "added_l", added);
    return doc;
  }

  private static Source readSource(SolrDocument doc) {
    Object interval = doc.getFirstValue("interval_l");
    return new Source(
        SolrFields.longValue(doc, "sid_l"),
        SolrFields.string(doc, "url_x"),
        SolrFields.string(doc, "title_x"),
        Source.Kind.valueOf(SolrFields.string(doc, "kind_s")),
        interval == null ? null : Duration.ofSeconds(((Number) interval).longValue()),
        Boolean.TRUE.equals(doc.getFirstValue("group_b")));
  }

  private static SolrInputDocument stateDoc(SourceState state) {
    SolrInputDocument doc = SolrFields.document("state", stateId(state.sourceId()));
    doc.setField("source_l", state.sourceId());
    SolrFields.setInstant(doc, "last_success_l", state.lastSuccess());
    SolrFields.setInstant(doc, "last_error_l", state.lastError());
    SolrFields.set(doc, "last_error_message_x", state.lastErrorMessage());
    doc.setField("failures_l", (long) state.consecutiveFailures());
    SolrFields.setInstant(doc, "next_attempt_l", state.nextAttempt());
    SolrFields.set(doc, "etag_x", state.etag());
    SolrFields.set(doc, "last_modified_x", state.lastModified());
    return doc;
  }

  private SolrInputDocument logDoc(FetchLogEntry entry) {
    long seq = counters.next("log", 1);
    SolrInputDocument doc = SolrFields.document("log", "log:" + seq);
    doc.setField("seq_l", seq);
    doc.setField("source_l", entry.sourceId());
    SolrFields.setInstant(doc, "at_l", entry.at());
    doc.setField("outcome_s", entry.outcome().name());
    doc.setField("http_status_l", (long) entry.httpStatus());
    SolrFields.set(doc, "message_x", entry.message());
    doc.setField("items_new_l", (long) entry.itemsNew());
    doc.setField("items_updated_l", (long) entry.itemsUpdated());
    doc.setField("items_unchanged_l", (long) entry.itemsUnchanged());
    doc.setField("items_failed_l", (long) entry.itemsFailed());
    return doc;
  }

  // ---- articles

  @Override
  public UpsertResult upsert(Article article) {
    return upsertAll(List.of(article)).get(0);
  }

  /**
   * Stores the articles as if one by one in order, in a few requests per batch ({@link
   * SolrArticleBatch}). Validated whole first (URLs, sources followed). An interrupted batch keeps
   * the articles written before the interruption, which need not be the first ones of the batch;
   * storing the batch again finds them unchanged and stores the rest.
   */
  @Override
  public List<UpsertResult> upsertAll(List<Article> batch) {
    batch.forEach(StoreArguments::requireValid);
    return write(
        () -> {
          Set<Long> sourceIds = new TreeSet<>();
          batch.stream().filter(a -> a.sourceId() != 0).forEach(a -> sourceIds.add(a.sourceId()));
          Map<String, SolrDocument> followed =
              meta.getAll(sourceIds.stream().map(SolrStore::sourceId).toList());
          for (long id : sourceIds) {
            if (!followed.containsKey(sourceId(id))) {
              throw new IllegalArgumentException("no source with id " + id + " is followed");
            }
          }
          List<UpsertResult> results = batchWrites.store(batch, clock.instant());
          articles.commit();
          meta.commit();
          return results;
        });
  }

  private UpsertResult store(Article incoming, Instant now) {
    for (int tries = 0; tries < MAX_TRIES; tries++) {
      UpsertResult result = tryStore(incoming, now);
      if (result != null) {
        return result;
      }
    }
    throw contended("article " + incoming.url());
  }

  /** One attempt at storing an article; null when another process's write came first. */
  private UpsertResult tryStore(Article incoming, Instant now) {
    Keyed found = null;
    if (incoming.guid() != null) {
      found = keyed(ArticleKeys.guid(incoming.sourceId(), incoming.guid()), true);
    }
    if (found == null) {
      found = keyed(ArticleKeys.url(incoming.url()), false);
    }
    if (found == null) {
      return insert(incoming, now);
    }
    if (found.doc() == null) {
      return takeOver(found.id(), incoming, now);
    }
    Article before = ArticleDocs.read(found.doc());
    boolean urlMoved =
        found.byGuid()
            && !before.url().equals(incoming.url())
            && meta.get(ArticleKeys.url(incoming.url())) == null;
    Article after = ArticleMerge.merge(before, incoming, urlMoved ? incoming.url() : before.url());
    if (after.equals(before)) {
      return new UpsertResult(before.id(), UpsertResult.Outcome.UNCHANGED);
    }
    if (urlMoved
        && !meta.putIfVersion(
            ArticleKeys.doc(ArticleKeys.url(after.url()), after.id()), SolrDocs.ABSENT)) {
      return null;
    }
    long change = changes.take(1);
    if (!articles.putIfVersion(
        ArticleDocs.write(after, change), SolrFields.longValue(found.doc(), "_version_"))) {
      if (urlMoved) {
        meta.delete(List.of(ArticleKeys.url(after.url())));
      }
      return null;
    }
    if (urlMoved) {
      meta.delete(List.of(ArticleKeys.url(before.url())));
    }
    rekeyGuid(before, after);
    if (ArticleMerge.needsRevision(before, after)) {
      meta.put(ArticleDocs.revision(counters.next("revision", 1), before, now));
    }
    return new UpsertResult(before.id(), UpsertResult.Outcome.UPDATED);
  }

  /** A new article: its URL (and guid) claimed first, then the article under the claimed id. */
  private UpsertResult insert(Article incoming, Instant now) {
    long id = counters.next(ArticleDocs.TYPE, 1);
    if (!meta.putIfVersion(ArticleKeys.doc(ArticleKeys.url(incoming.url()), id), SolrDocs.ABSENT)) {
      return null;
    }
    return takeOver(id, incoming, now);
  }

  /** Writes a new article under a claimed id, unless another process wrote it first. */
  private UpsertResult takeOver(long id, Article incoming, Instant now) {
    Article created = ArticleDocs.created(id, incoming, now);
    long change = changes.take(1);
    if (!articles.putIfVersion(ArticleDocs.write(created, change), SolrDocs.ABSENT)) {
      return null;
    }
    meta.putIfVersion(ArticleKeys.doc(ArticleKeys.url(created.url()), id), SolrDocs.ABSENT);
    rekeyGuid(null, created);
    return new UpsertResult(id, UpsertResult.Outcome.NEW);
  }

  /**
   * Points the (source, guid) key at an article whose source or guid changed; the oldest article
   * keeps a key that two articles could claim (as the embedded store's look-up, oldest first).
   */
  private void rekeyGuid(Article before, Article after) {
    String old = before == null ? null : ArticleKeys.guidOf(before);
    String now = ArticleKeys.guidOf(after);
    if (Objects.equals(old, now)) {
      return;
    }
    if (now != null) {
      meta.putIfVersion(ArticleKeys.doc(now, after.id()), SolrDocs.ABSENT);
    }
    if (old != null) {
      SolrDocument stored = meta.get(old);
      if (stored != null && ArticleKeys.articleId(stored) == after.id()) {
        meta.deleteIfVersion(old, SolrFields.longValue(stored, "_version_"));
      }
    }
  }

  /** An article found through a key; {@code doc} null when the key's article is not written. */
  private record Keyed(long id, SolrDocument doc, boolean byGuid) {}

  private Keyed keyed(String keyId, boolean byGuid) {
    SolrDocument key = meta.get(keyId);
    if (key == null) {
      return null;
    }
    long id = ArticleKeys.articleId(key);
    return new Keyed(id, articles.get(ArticleDocs.id(id)), byGuid);
  }

  @Override
  public Optional<Article> article(long id) {
    requireOpen();
    return Optional.ofNullable(articles.get(ArticleDocs.id(id))).map(ArticleDocs::read);
  }

  @Override
  public Optional<Article> articleByUrl(String url) {
    Objects.requireNonNull(url, "url");
    requireOpen();
    Keyed found = keyed(ArticleKeys.url(url), false);
    return found == null || found.doc() == null
        ? Optional.empty()
        : Optional.of(ArticleDocs.read(found.doc())).filter(a -> a.url().equals(url));
  }

  @Override
  public Optional<Article> articleByGuid(long sourceId, String guid) {
    Objects.requireNonNull(guid, "guid");
    requireOpen();
    Keyed found = keyed(ArticleKeys.guid(sourceId, guid), true);
    return found == null || found.doc() == null
        ? Optional.empty()
        : Optional.of(ArticleDocs.read(found.doc()))
            .filter(a -> guid.equals(a.guid()) && a.sourceId() == sourceId);
  }

  @Override
  public long articleCount() {
    requireOpen();
    SolrQuery query = ofType(ArticleDocs.TYPE);
    query.setRows(0);
    return articles.query(query).getResults().getNumFound();
  }

  @Override
  public List<Article> articlesAfter(long afterId, int limit) {
    requirePositive(limit);
    requireOpen();
    SolrQuery query = ofType(ArticleDocs.TYPE);
    query.addFilterQuery("aid_l:{" + afterId + " TO *]");
    query.setSort("aid_l", SolrQuery.ORDER.asc);
    query.setRows(limit);
    return articles.find(query).stream().map(ArticleDocs::read).toList();
  }

  /** See the class comment: another process's changes settle after a delay. */
  @Override
  public long settledCursor() {
    requireOpen();
    return changes.settled();
  }

  @Override
  public ArticleChanges changesBetween(long after, long upTo, int limit) {
    requirePositive(limit);
    requireOpen();
    SolrQuery query = ofType(ArticleDocs.TYPE);
    query.addFilterQuery("change_l:{" + after + " TO " + upTo + "]");
    query.setSort("change_l", SolrQuery.ORDER.asc);
    query.setRows(limit);
    List<Article> changed = new ArrayList<>();
    long last = after;
    for (SolrDocument doc : articles.find(query)) {
      changed.add(ArticleDocs.read(doc));
      last = SolrFields.longValue(doc, "change_l");
    }
    return new ArticleChanges(changed, last);
  }

  @Override
  public long cursorBefore(long upTo, int count) {
    StoreArguments.requireNotNegative(count);
    requireOpen();
    SolrQuery query = ofType(ArticleDocs.TYPE);
    query.addFilterQuery("change_l:[* TO " + upTo + "]");
    query.setFields("change_l");
    query.setSort("change_l", SolrQuery.ORDER.desc);
    query.setStart(count);
    query.setRows(1);
    return articles.find(query).stream()
        .mapToLong(d -> SolrFields.longValue(d, "change_l"))
        .findFirst()
        .orElse(0);
  }

  @Override
  public List<Revision> revisions(long articleId) {
    requireOpen();
    SolrQuery query = ofType("revision");
    query.addFilterQuery(SolrFields.term("article_l", articleId));
    query.setSort("rid_l", SolrQuery.ORDER.asc);
    query.setRows(MAX_ROWS);
    return meta.find(query).stream()
        .map(
            d ->
                new Revision(
                    SolrFields.longValue(d, "rid_l"),
                    articleId,
                    SolrFields.instant(d, "replaced_l"),
                    SolrFields.string(d, "title_x"),
                    SolrFields.string(d, "body_x")))
        .toList();
  }

  // ---- analyses

  /**
   * Records the analyses; validated whole first (every article stored). Per article, its mentions
   * are written before its analysis document, and entity counts at the end.
   */
  @Override
  public void putAnalyses(List<AnalyzedArticle> analyzed) {
    Objects.requireNonNull(analyzed, "analyzed");
    write(
        () -> {
          Map<String, SolrDocument> stored =
              articles.getAll(analyzed.stream().map(a -> ArticleDocs.id(a.id())).toList());
          for (AnalyzedArticle a : analyzed) {
            if (!stored.containsKey(ArticleDocs.id(a.id()))) {
              throw new IllegalArgumentException("analysis of an article not stored: " + a.id());
            }
          }
          SolrEntityWrites entities = new SolrEntityWrites(meta, counters);
          for (AnalyzedArticle a : analyzed) {
            putAnalysis(
                entities, ArticleDocs.read(stored.get(ArticleDocs.id(a.id()))), a.analysis());
          }
          entities.finish();
          meta.commit();
          return null;
        });
  }

  private void putAnalysis(SolrEntityWrites entities, Article article, ArticleAnalysis analysis) {
    Enrichment enrichment = analysis.enrichment();
    String json = EnrichmentJson.entities(enrichment.entities());
    SolrDocument prior = meta.get(analysisId(article.id()));
    Instant time = article.published() != null ? article.published() : article.fetched();
    List<Long> entityIds;
    List<SolrEntityWrites.Mention> mentions;
    if (prior != null && json.equals(SolrFields.string(prior, "entities_x"))) {
      entityIds = EnrichmentJson.longs(SolrFields.string(prior, "entity_ids_x"), article.id());
      mentions = SolrFields.json(prior, "mentions_x", MENTIONS);
    } else {
      List<SolrEntityWrites.Mention> old =
          prior == null ? List.of() : SolrFields.json(prior, "mentions_x", MENTIONS);
      entityIds = new ArrayList<>();
      mentions = entities.replaceMentions(old, enrichment.entities(), entityIds);
      meta.delete(old.stream().map(m -> mentionId(article.id(), m.entityId())).toList());
      meta.put(mentions.stream().map(m -> mentionDoc(article.id(), m, time)).toList());
    }
    SolrInputDocument doc = SolrFields.document(SolrStories.ANALYSIS, analysisId(article.id()));
    doc.setField("article_l", article.id());
    doc.setField("dup_l", analysis.duplicateGroup());
    doc.setField("story_l", analysis.story());
    SolrFields.setInstant(doc, "time_l", time);
    SolrFields.set(doc, "source_s", SolrFields.termSized(article.source()));
    doc.setField("keywords_x", EnrichmentJson.strings(enrichment.keywords()));
    doc.setField("tags_x", EnrichmentJson.strings(enrichment.tags()));
    doc.setField("generic_x", EnrichmentJson.strings(enrichment.genericPageTags()));
    if (enrichment.category() != null) {
      doc.setField("category_s", enrichment.category().label());
      doc.setField("category_score_d", enrichment.category().score());
    }
    doc.setField("entities_x", json);
    doc.setField("entity_ids_x", EnrichmentJson.longs(entityIds));
    SolrFields.setJson(doc, "mentions_x", mentions);
    meta.put(doc);
  }

  private static SolrInputDocument mentionDoc(
      long articleId, SolrEntityWrites.Mention m, Instant time) {
    SolrInputDocument doc = SolrFields.document("mention", mentionId(articleId, m.entityId()));
    doc.setField("article_l", articleId);
    doc.setField("entity_l", m.entityId());
    doc.setField("count_l", (long) m.count());
    SolrFields.setInstant(doc, "time_l", time);
    if (time != null) {
      doc.setField("day_s", LocalDate.ofInstant(time, ZoneOffset.UTC).toString());
    }
    return doc;
  }

  private static String analysisId(long articleId) {
    return "analysis:" + articleId;
  }

  private static String mentionId(long articleId, long entityId) {
    return "mention:" + articleId + ":" + entityId;
  }

  @Override
  public Map<Long, ArticleAnalysis> analyses(Collection<Long> articleIds) {
    requireOpen();
    Map<String, SolrDocument> docs =
        meta.getAll(articleIds.stream().map(SolrStore::analysisId).toList());
    Map<Long, ArticleAnalysis> found = new HashMap<>();
    Set<Long> entityIds = new LinkedHashSet<>();
    for (SolrDocument doc : docs.values()) {
      long id = SolrFields.longValue(doc, "article_l");
      String label = SolrFields.string(doc, "category_s");
      Object score = doc.getFirstValue("category_score_d");
      Enrichment enrichment =
          new Enrichment(
              EnrichmentJson.entities(
                  SolrFields.string(doc, "entities_x"),
                  EnrichmentJson.longs(SolrFields.string(doc, "entity_ids_x"), id),
                  id),
              EnrichmentJson.strings(SolrFields.string(doc, "keywords_x"), id),
              EnrichmentJson.strings(SolrFields.string(doc, "tags_x"), id),
              EnrichmentJson.strings(SolrFields.string(doc, "generic_x"), id),
              label == null ? null : new Category(label, ((Number) score).doubleValue()));
      enrichment.entities().forEach(e -> entityIds.add(e.id()));
      found.put(
          id,
          new ArticleAnalysis(
              SolrFields.longValue(doc, "dup_l"),
              SolrFields.longValue(doc, "story_l"),
              enrichment));
    }
    if (!entityIds.isEmpty()) {
      Map<String, SolrDocument> stored =
          meta.getAll(entityIds.stream().map(SolrEntityWrites::docId).toList());
      found.replaceAll((id, analysis) -> withStoredCanonicals(analysis, stored));
    }
    return found;
  }

  private static ArticleAnalysis withStoredCanonicals(
      ArticleAnalysis analysis, Map<String, SolrDocument> entities) {
    Enrichment e = analysis.enrichment();
    List<ArticleEntity> named =
        e.entities().stream()
            .map(
                entity -> {
                  SolrDocument stored = entities.get(SolrEntityWrites.docId(entity.id()));
                  String canonical =
                      stored == null
                          ? entity.canonical()
                          : SolrFields.string(stored, "canonical_s");
                  return new ArticleEntity(
                      entity.id(), canonical, entity.type(), entity.variants(), entity.mentions());
                })
            .toList();
    return analysis.withEnrichment(
        new Enrichment(named, e.keywords(), e.tags(), e.genericPageTags(), e.category()));
  }

  @Override
  public List<StorySummary> stories(Instant since, int limit) {
    requirePositive(limit);
    Objects.requireNonNull(since, "since");
    requireOpen();
    return stories.recent(since, limit);
  }

  @Override
  public Optional<StorySummary> story(long storyId) {
    requireOpen();
    return storyId == 0
        ? Optional.empty()
        : stories.summaries(Set.of(storyId)).stream().findFirst();
  }

  @Override
  public List<Long> storyArticles(long storyId, int limit) {
    requirePositive(limit);
    requireOpen();
    return storyId == 0 ? List.of() : stories.members("story_l", storyId, limit);
  }

  @Override
  public List<Long> duplicateGroup(long groupId, int limit) {
    requirePositive(limit);
    requireOpen();
    return groupId == 0 ? List.of() : stories.members("dup_l", groupId, limit);
  }

  // ---- entities

  @Override
  public List<EntitySummary> entities(String query, EntityType type, int limit) {
    return read(() -> entities.entities(query, type, limit));
  }

  @Override
  public Optional<EntitySummary> entity(long entityId) {
    return read(() -> entities.entity(entityId));
  }

  @Override
  public List<EntityDay> entityMentionsByDay(long entityId) {
    return read(() -> entities.entityMentionsByDay(entityId));
  }

  @Override
  public List<Long> entityArticles(long entityId, int limit) {
    return read(() -> entities.entityArticles(entityId, limit));
  }

  @Override
  public List<StorySummary> entityStories(long entityId, int limit) {
    return read(() -> entities.entityStories(entityId, limit));
  }

  @Override
  public List<EntityCoOccurrence> coOccurringEntities(long entityId, int limit) {
    return read(() -> entities.coOccurringEntities(entityId, limit));
  }

  // ---- saved searches and alerts

  @Override
  public SavedSearch addSavedSearch(SavedSearch search) {
    return write(() -> alerts.addSavedSearch(search));
  }

  @Override
  public Optional<SavedSearch> savedSearch(long id) {
    return read(() -> alerts.savedSearch(id));
  }

  @Override
  public List<SavedSearch> savedSearches() {
    return read(alerts::savedSearches);
  }

  @Override
  public boolean removeSavedSearch(long id) {
    return write(() -> alerts.removeSavedSearch(id));
  }

  @Override
  public int recordAlertMatches(
      long savedSearchId, Collection<Long> matchingArticleIds, long checkedCursor) {
    return write(() -> alerts.recordAlertMatches(savedSearchId, matchingArticleIds, checkedCursor));
  }

  @Override
  public List<AlertDelivery> dueDeliveries(Instant now, int limit) {
    return read(() -> alerts.dueDeliveries(now, limit));
  }

  @Override
  public boolean recordDeliveryAttempt(
      long deliveryId,
      AlertDelivery.Attempt attempt,
      AlertDelivery.Status status,
      Instant nextAttempt) {
    return write(() -> alerts.recordDeliveryAttempt(deliveryId, attempt, status, nextAttempt));
  }

  @Override
  public List<AlertDelivery> deliveries(long savedSearchId, int limit) {
    return read(() -> alerts.deliveries(savedSearchId, limit));
  }

  // ---- the rest

  @Override
  public void close() {
    if (closed) {
      return;
    }
    writeLock.lock();
    try {
      closed = true;
      cluster.close();
    } finally {
      writeLock.unlock();
    }
  }

  private <T> T read(Supplier<T> work) {
    requireOpen();
    return work.get();
  }

  /** Writes of one process, one at a time: the change cursor then grows in commit order. */
  private <T> T write(Supplier<T> work) {
    writeLock.lock();
    try {
      requireOpen();
      T result = work.get();
      changes.committed();
      return result;
    } catch (RuntimeException e) {
      changes.abandoned();
      throw e;
    } finally {
      writeLock.unlock();
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the Solr store is closed");
    }
  }
}
