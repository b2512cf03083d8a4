package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Enrichment;
import org.marsad.model.SavedSearch;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.marsad.store.FetchLogEntry;
import org.marsad.store.Revision;
import org.marsad.store.Store;
import org.marsad.store.UpsertResult;

/**
 * Copies everything one {@link Store} holds into an empty other (the embedded store into SolrCloud:
 * {@code marsad migrate}), through the Store interface alone, so any two backends work, and counts
 * both sides afterwards.
 *
 * <p>What is copied: sources with their settings, polling state and newest {@value #FETCH_LOG_KEPT}
 * fetch-log lines; articles with their revisions (each previous version stored before the next, so
 * the target records the same revisions, oldest first, though dated at the copy: the Store API
 * cannot date them); analyses (duplicate groups and stories, whose ids are article ids, follow the
 * articles' new ids; entities are matched again by name); saved searches, checked up to the copied
 * articles (so the copy does not alert anew on all of them). Not copied: alert deliveries. Ids are
 * the target's own.
 */
public final class StoreMigration {

  /** Fetch-log lines copied per source, the newest. */
  static final int FETCH_LOG_KEPT = 1000;

  private static final int BATCH = 200;

  private StoreMigration() {}

  /** What each side holds after a copy. */
  public record Counts(long sources, long articles, long analyses, long savedSearches) {}

  /**
   * The counts of the source and the target after a copy.
   *
   * @param from what was copied
   * @param to what the target then holds
   */
  public record Report(Counts from, Counts to) {
    /** True when the target holds as many of everything as the source. */
    public boolean matches() {
      return from.equals(to);
    }
  }

  /**
   * Copies {@code from} into {@code to} and counts both.
   *
   * @throws IllegalArgumentException when {@code to} is not empty (nothing is copied then)
   */
  public static Report copy(Store from, Store to) {
    if (!to.sources().isEmpty() || to.articleCount() > 0 || !to.savedSearches().isEmpty()) {
      throw new IllegalArgumentException(
          "the target already holds data ("
              + to.sources().size()
              + " sources, "
              + to.articleCount()
              + " articles, "
              + to.savedSearches().size()
              + " saved searches): migrate into an empty backend");
    }
    Map<Long, Long> sourceIds = copySources(from, to);
    IdMap articleIds = copyArticles(from, to, sourceIds);
    long analyses = copyAnalyses(from, to, sourceIds, articleIds);
    copySavedSearches(from, to);
    Counts source =
        new Counts(
            from.sources().size(), from.articleCount(), analyses, from.savedSearches().size());
    Counts target =
        new Counts(
            to.sources().size(),
            to.articleCount(),
            countAnalyses(to, articleIds),
            to.savedSearches().size());
    return new Report(source, target);
  }

  private static Map<Long, Long> copySources(Store from, Store to) {
    Map<Long, Long> ids = new HashMap<>();
    for (Source source : from.sources()) {
      Source added = to.addSource(source.withId(0));
      to.updateSource(source.withId(added.id()));
      ids.put(source.id(), added.id());
      SourceState state = from.sourceState(source.id());
      if (!state.equals(SourceState.initial(source.id()))) {
        to.putSourceState(
            new SourceState(
                added.id(),
                state.lastSuccess(),
                state.lastError(),
                state.lastErrorMessage(),
                state.consecutiveFailures(),
                state.nextAttempt(),
                state.etag(),
                state.lastModified()));
      }
      List<FetchLogEntry> log = new ArrayList<>(from.fetchLog(source.id(), FETCH_LOG_KEPT));
      for (int i = log.size() - 1; i >= 0; i--) {
        FetchLogEntry e = log.get(i);
        to.appendFetchLog(
            new FetchLogEntry(
                added.id(),
                e.at(),
                e.outcome(),
                e.httpStatus(),
                e.message(),
                e.itemsNew(),
                e.itemsUpdated(),
                e.itemsUnchanged(),
                e.itemsFailed()));
      }
    }
    return ids;
  }

  /** Copies articles in id order, each after its previous versions; returns old id to new id. */
  private static IdMap copyArticles(Store from, Store to, Map<Long, Long> sourceIds) {
    IdMap ids = new IdMap();
    from.forEachArticleBatch(
        BATCH,
        batch -> {
          List<Article> versions = new ArrayList<>();
          List<Integer> lastVersion = new ArrayList<>();
          for (Article article : batch) {
            Article moved = moved(article, 0, sourceIds);
            for (Revision revision : from.revisions(article.id())) {
              versions.add(moved.withText(revision.title(), revision.body()));
            }
            versions.add(moved);
            lastVersion.add(versions.size() - 1);
          }
          List<UpsertResult> results = to.upsertAll(versions);
          for (int i = 0; i < batch.size(); i++) {
            ids.put(batch.get(i).id(), results.get(lastVersion.get(i)).id());
          }
        });
    return ids;
  }

  private static long copyAnalyses(
      Store from, Store to, Map<Long, Long> sourceIds, IdMap articleIds) {
    long[] copied = {0};
    from.forEachArticleBatch(
        BATCH,
        batch -> {
          Map<Long, ArticleAnalysis> found =
              from.analyses(batch.stream().map(Article::id).toList());
          List<AnalyzedArticle> analyzed = new ArrayList<>();
          for (Article article : batch) {
            ArticleAnalysis analysis = found.get(article.id());
            if (analysis != null) {
              analyzed.add(
                  new AnalyzedArticle(
                      moved(article, articleIds.get(article.id()), sourceIds),
                      moved(analysis, articleIds)));
            }
          }
          to.putAnalyses(analyzed);
          copied[0] += analyzed.size();
        });
    return copied[0];
  }

  private static long countAnalyses(Store store, IdMap articleIds) {
    long count = 0;
    for (int start = 0; start < articleIds.size(); start += BATCH) {
      count += store.analyses(articleIds.newIds(start, BATCH)).size();
    }
    return count;
  }

  private static void copySavedSearches(Store from, Store to) {
    long checkedAll = to.cursorBefore(Long.MAX_VALUE, 0);
    for (SavedSearch search : from.savedSearches()) {
      SavedSearch added = to.addSavedSearch(search);
      to.recordAlertMatches(added.id(), List.of(), checkedAll);
    }
  }

  private static Article moved(Article article, long newId, Map<Long, Long> sourceIds) {
    return article.withId(newId).withSourceId(sourceIds.getOrDefault(article.sourceId(), 0L));
  }

  /** Group and story ids are article ids; entity ids are the source store's, so dropped. */
  private static ArticleAnalysis moved(ArticleAnalysis analysis, IdMap articleIds) {
    Enrichment e = analysis.enrichment();
    List<ArticleEntity> entities = e.entities().stream().map(entity -> entity.withId(0)).toList();
    return new ArticleAnalysis(
        articleIds.getOrZero(analysis.duplicateGroup()),
        articleIds.getOrZero(analysis.story()),
        new Enrichment(entities, e.keywords(), e.tags(), e.genericPageTags(), e.category()));
  }

  /** Old article id to new, 16 bytes per article: old ids arrive in increasing order. */
  private static final class IdMap {
    private long[] oldIds = new long[1024];
    private long[] newIds = new long[1024];
    private int size;

    void put(long oldId, long newId) {
      if (size == oldIds.length) {
        oldIds = Arrays.copyOf(oldIds, size * 2);
        newIds = Arrays.copyOf(newIds, size * 2);
      }
      oldIds[size] = oldId;
      newIds[size++] = newId;
    }

    long get(long oldId) {
      int at = Arrays.binarySearch(oldIds, 0, size, oldId);
      if (at < 0) {
        throw new IllegalStateException("article " + oldId + " was not copied");
      }
      return newIds[at];
    }

    /** The new id of an article, or 0 for 0 or an article not copied. */
    long getOrZero(long oldId) {
      int at = oldId == 0 ? -1 : Arrays.binarySearch(oldIds, 0, size, oldId);
      return at < 0 ? 0 : newIds[at];
    }

    int size() {
      return size;
    }

    List<Long> newIds(int start, int count) {
      return Arrays.stream(newIds, start, Math.min(size, start + count)).boxed().toList();
    }
  }
}
