package org.marsad.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.model.AlertDelivery;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.EntityCoOccurrence;
import org.marsad.model.EntityDay;
import org.marsad.model.EntitySummary;
import org.marsad.model.EntityType;
import org.marsad.model.SavedSearch;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.marsad.model.StorySummary;

/**
 * Everything Marsad keeps: followed sources, their polling state and fetch log, articles and their
 * revisions. The embedded implementation is {@link SqliteStore}; a distributed backend will
 * implement the same contract (and pass the same contract test).
 *
 * <p><b>Article identity.</b> An article is the same article when it has the same feed guid from
 * the same source, or else the same URL; never because of its title. URLs are compared as given:
 * callers canonicalize them first ({@code org.marsad.dedup.UrlCanonicalizer}). Storing an article
 * that exists merges it: a field the new version has (non-null; non-blank body; non-empty tags)
 * replaces the stored one, a field it lacks keeps the stored value, {@code fetched} (first seen)
 * and {@code id} never change. When a title or a non-empty body is replaced, the previous title and
 * body are kept as a {@link Revision}. A null body is stored as empty. The incoming {@code id} is
 * ignored.
 *
 * <p><b>Durability.</b> A method that returns has committed: what it wrote survives a crash of the
 * process. Batch methods are atomic: all of a batch or none of it.
 *
 * <p><b>Contract.</b> Implementations are thread-safe. Arguments are never null unless a parameter
 * says so ({@link NullPointerException} otherwise); storage failures throw {@link StoreException}.
 * Instants are kept to the millisecond.
 */
public interface Store extends AutoCloseable {

  // ---- sources

  /**
   * Follows a source. Adding a URL already followed changes nothing and returns the stored source.
   *
   * @return the stored source, with its id
   */
  Source addSource(Source source);

  /**
   * Replaces a stored source's title, kind, interval and duplicate grouping (not its URL); false
   * when unknown.
   */
  boolean updateSource(Source source);

  Optional<Source> source(long id);

  /** The source with exactly this URL. */
  Optional<Source> sourceByUrl(String url);

  /** All followed sources, in the order they were added. */
  List<Source> sources();

  /**
   * Stops following a source and forgets its state and fetch log; its articles stay, with source id
   * 0. False when unknown.
   */
  boolean removeSource(long id);

  /** The polling state of a source; {@link SourceState#initial} when never stored. */
  SourceState sourceState(long sourceId);

  /**
   * Stores a source's polling state, replacing the previous one.
   *
   * @throws IllegalArgumentException if no such source is followed
   */
  void putSourceState(SourceState state);

  /**
   * Appends one poll to the fetch log.
   *
   * @throws IllegalArgumentException if no such source is followed
   */
  void appendFetchLog(FetchLogEntry entry);

  /**
   * Records the end of a poll in one transaction: the source's new polling state and its fetch-log
   * line. Call it after the poll's articles are stored, so that the validators in the state never
   * vouch for items the store lacks (a crash in between costs one full re-fetch, never an item).
   *
   * @throws IllegalArgumentException if the state and the entry name different sources, or no such
   *     source is followed; nothing is recorded then
   */
  void recordPoll(SourceState state, FetchLogEntry entry);

  /** The most recent polls of a source, newest first, at most {@code limit}. */
  List<FetchLogEntry> fetchLog(long sourceId, int limit);

  // ---- articles

  /** Stores one article (see the class comment for identity and merging). */
  UpsertResult upsert(Article article);

  /**
   * Stores articles in one transaction, in order (a later one may update an earlier one of the same
   * batch); returns one result per article. All or nothing.
   */
  List<UpsertResult> upsertAll(List<Article> articles);

  Optional<Article> article(long id);

  /** The article with exactly this (canonical) URL. */
  Optional<Article> articleByUrl(String url);

  /** The article a source delivered with this feed guid (source 0: imported). */
  Optional<Article> articleByGuid(long sourceId, String guid);

  long articleCount();

  /**
   * At most {@code limit} articles with an id greater than {@code afterId}, in id order: a page of
   * the whole store (start with 0, continue from the last id).
   */
  List<Article> articlesAfter(long afterId, int limit);

  /**
   * At most {@code limit} articles created or updated after {@code cursor}, in the order they last
   * changed (start with 0; continue with the returned cursor). A store that several processes write
   * may hold back the newest changes until those taken before them are surely visible, so that a
   * reader moving on never skips one.
   */
  default ArticleChanges changesSince(long cursor, int limit) {
    return changesBetween(cursor, settledCursor(), limit);
  }

  /**
   * The cursor up to which every change is visible or never will be: where {@link #changesSince}
   * stops now. A store one process writes: its last change.
   */
  long settledCursor();

  /**
   * At most {@code limit} articles whose last change is after {@code after} and at most {@code
   * upTo}, in the order they last changed: re-reading changes a reader of {@link #changesSince}
   * already passed.
   */
  ArticleChanges changesBetween(long after, long upTo, int limit);

  /**
   * The cursor from which {@link #changesBetween} reaches the last {@code count} changes up to
   * {@code upTo} (0 when there are fewer): where re-reading recent articles starts.
   */
  long cursorBefore(long upTo, int count);

  // ---- analysis: what the pipeline's stages concluded (pipeline.ArticleStage)

  /**
   * Records what the stages concluded about these stored articles, replacing what was recorded
   * before, in one transaction. Does not count as a change of the articles ({@link #changesSince}).
   * The entities of each enrichment are resolved to stored entities shared across articles (ids in
   * the incoming entities are taken when they name a stored entity of the type, otherwise ignored),
   * and an article's earlier mentions are replaced, never added to.
   *
   * @throws IllegalArgumentException if an article is not stored; nothing is recorded then
   */
  void putAnalyses(List<AnalyzedArticle> analyzed);

  /**
   * What the stages concluded about these articles, by id; an article the stages have not seen yet
   * (or unknown) is absent. Entities carry their stored id and the stored entity's canonical name
   * (the one every article shares), with the article's own spellings and mentions.
   */
  Map<Long, ArticleAnalysis> analyses(Collection<Long> articleIds);

  /**
   * The stories with an article at or after {@code since}: those carried by most sources first,
   * then the most recent; at most {@code limit}.
   */
  List<StorySummary> stories(Instant since, int limit);

  /** One story; empty when no analyzed article belongs to it. */
  Optional<StorySummary> story(long storyId);

  /** The ids of a story's articles, oldest first (its timeline), at most {@code limit}. */
  List<Long> storyArticles(long storyId, int limit);

  // ---- entities: the names articles share (enrich.EntityCanonicalizer, one article at a time)

  /**
   * Entities named by at least one article, most named first (by articles, then mentions); with a
   * non-blank {@code query}, those with a spelling whose match key contains the query's (its whole
   * key first, then keys starting with it); with a {@code type}, of that type only.
   */
  List<EntitySummary> entities(String query, EntityType type, int limit);

  /** One entity with its spellings and counts; empty when unknown. */
  Optional<EntitySummary> entity(long entityId);

  /** How many articles named an entity, and how often, per UTC day, oldest first. */
  List<EntityDay> entityMentionsByDay(long entityId);

  /** The ids of the articles naming an entity, newest first, at most {@code limit}. */
  List<Long> entityArticles(long entityId, int limit);

  /** The stories of the articles naming an entity, most recent first, at most {@code limit}. */
  List<StorySummary> entityStories(long entityId, int limit);

  /**
   * The entities named in most of the same articles as this one, at most {@code limit}, counted
   * over its latest few thousand articles (a bound on the work, not on the answer's kind).
   */
  List<EntityCoOccurrence> coOccurringEntities(long entityId, int limit);

  /**
   * The ids of the articles of a duplicate group (copies of one article), oldest first, at most
   * {@code limit}; empty for group 0 (not grouped).
   */
  List<Long> duplicateGroup(long groupId, int limit);

  /** The previous versions of an article, oldest first; empty when never revised or unknown. */
  List<Revision> revisions(long articleId);

  // ---- saved searches and their alerts (org.marsad.alert)

  /**
   * Keeps a saved search (its id is ignored); returns it as stored, with its id.
   *
   * @throws IllegalArgumentException when the name or query is blank
   */
  SavedSearch addSavedSearch(SavedSearch search);

  Optional<SavedSearch> savedSearch(long id);

  /** Every saved search, in the order they were added. */
  List<SavedSearch> savedSearches();

  /** Forgets a saved search with its deliveries; false when unknown. */
  boolean removeSavedSearch(long id);

  /**
   * Records, in one transaction, that the articles changed up to {@code checkedCursor} were matched
   * against a saved search: a pending delivery, due now, for each of {@code matchingArticleIds}
   * (when the search has a webhook; a delivery already recorded for the pair is left as it is,
   * whatever its status) and the search's cursor moved there (never back). The cursor thus never
   * vouches for matches the store lacks. Returns how many deliveries are new.
   *
   * @throws IllegalArgumentException when the search or an article is unknown; nothing recorded
   */
  int recordAlertMatches(
      long savedSearchId, Collection<Long> matchingArticleIds, long checkedCursor);

  /**
   * The pending deliveries due at {@code now}, the longest waiting first, at most {@code limit}.
   */
  List<AlertDelivery> dueDeliveries(Instant now, int limit);

  /**
   * Appends an attempt to a pending delivery and sets its status, with when it is due again (a
   * PENDING status) in one transaction; false, recording nothing, when the delivery is unknown or
   * no longer pending (a delivered one is never reopened).
   */
  boolean recordDeliveryAttempt(
      long deliveryId,
      AlertDelivery.Attempt attempt,
      AlertDelivery.Status status,
      Instant nextAttempt);

  /** The delivery log of a saved search, newest first, at most {@code limit}, with attempts. */
  List<AlertDelivery> deliveries(long savedSearchId, int limit);

  /**
   * Hands every stored article to {@code batchConsumer} in id order, {@code batchSize} at a time,
   * without holding more than one batch in memory (for rebuilding an index).
   */
  default void forEachArticleBatch(int batchSize, Consumer<List<Article>> batchConsumer) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    long afterId = 0;
    List<Article> batch = articlesAfter(afterId, batchSize);
    while (!batch.isEmpty()) {
      batchConsumer.accept(batch);
      afterId = batch.get(batch.size() - 1).id();
      batch = articlesAfter(afterId, batchSize);
    }
  }

  /**
   * Releases the store; closing twice is harmless, other calls then throw IllegalStateException.
   */
  @Override
  void close();
}
