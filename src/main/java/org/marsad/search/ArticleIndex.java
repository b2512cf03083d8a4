package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;

/**
 * The full-text index of stored articles, keyed by the store's article id.
 *
 * <p>Writes ({@link #update}, {@link #delete}) become visible to {@link #search} after {@link
 * #refresh} (near-real-time, not yet durable) or {@link #commit} (durable and visible). Each commit
 * records the highest article id indexed so far ({@link #lastIndexedId}), so that after a restart
 * the caller can index what the store gained since: {@code index.addAll(store.articlesAfter(
 * index.lastIndexedId()))}. Articles changed in place (revisions) are re-indexed by the caller with
 * {@link #update}, which replaces the old document.
 *
 * <p>{@link #rebuild} replaces the whole contents: everything is deleted and re-added in one
 * uncommitted change, committed at the end. Searchers keep seeing the old contents until then
 * (unless {@link #refresh} is called meanwhile), and a crash before the end leaves the previous
 * commit intact.
 *
 * <p>A read-only index (for a command running beside {@code marsad serve}, which holds the write
 * lock) can search and {@link #refresh} to see new commits; its write methods throw {@link
 * IllegalStateException}. Thread-safe. I/O failures are thrown as {@link UncheckedIOException}.
 */
public final class ArticleIndex implements SearchIndex {

  /** The index directory's name inside the data directory. */
  public static final String DIRECTORY_NAME = "index";

  /**
   * The hits each commit's searcher keeps of its recent results ({@link ResultCache}): about 20 MB
   * at about 1 KB a hit, a thousand pages of 20 hits.
   */
  public static final int CACHED_HITS = 20_000;

  private static final String STORE_CURSOR = "marsad.storeCursor";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ArticleSearcher searcher;
  private final SimilarArticles similarArticles;

  /** The cursor the next commit records. */
  private final AtomicLong committingCursor;

  /**
   * The cursor of the last commit that searches see: set only once the searchers are refreshed, so
   * that a reader (alerts, the store follower) never takes a cursor whose articles it cannot find.
   */
  private final AtomicLong searchableCursor;

  private volatile boolean rolledBack;

  private ArticleIndex(
      Directory directory,
      IndexWriter writer,
      SearcherManager searchers,
      ArticleSearcher searcher,
      Map<String, String> committed) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.committingCursor = new AtomicLong(longValue(committed, STORE_CURSOR));
    this.searchableCursor = new AtomicLong(committingCursor.get());
    this.searcher = searcher;
    this.similarArticles = new SimilarArticles(ArabicNewsAnalyzer.forQueries());
    if (writer != null) {
      writer.setLiveCommitData(
          () -> List.of(Map.entry(STORE_CURSOR, Long.toString(committingCursor.get()))).iterator());
    }
  }

  /** Where the index lives in a data directory. */
  public static Path pathIn(Path dataDir) {
    return dataDir.resolve(DIRECTORY_NAME);
  }

  /** Opens the index in {@code dir} for reading and writing, creating it when absent. */
  public static ArticleIndex open(Path dir) {
    return open(dir, CACHED_HITS);
  }

  /**
   * Opens (or creates) the index in {@code dir}, each commit keeping up to {@code cachedHits} of
   * its recent results; 0 keeps none (benchmarks comparing the search itself).
   */
  public static ArticleIndex open(Path dir, int cachedHits) {
    try {
      Files.createDirectories(dir);
      return writable(FSDirectory.open(dir), cachedHits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir, e);
    }
  }

  /**
   * Opens an existing index in {@code dir} for searching only.
   *
   * @throws IllegalArgumentException when {@code dir} holds no index
   */
  public static ArticleIndex openReadOnly(Path dir) {
    return openReadOnly(dir, CACHED_HITS);
  }

  /**
   * Opens an existing index for searching only, each commit keeping up to {@code cachedHits} of its
   * recent results; 0 keeps none.
   *
   * @throws IllegalArgumentException when {@code dir} holds no index
   */
  public static ArticleIndex openReadOnly(Path dir, int cachedHits) {
    try {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("no search index in " + dir);
      }
      Directory directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new IllegalArgumentException("no search index in " + dir);
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      ArticleSearcher searcher = new ArticleSearcher(ArabicNewsAnalyzer.forQueries());
      return new ArticleIndex(
          directory,
          null,
          new SearcherManager(reader, searcherFactory(searcher, cachedHits)),
          searcher,
          reader.getIndexCommit().getUserData());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir, e);
    }
  }

  /** A new empty index in memory (tests, benchmarks). */
  public static ArticleIndex inMemory() {
    try {
      return writable(new ByteBuffersDirectory(), CACHED_HITS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an in-memory index", e);
    }
  }

  private static ArticleIndex writable(Directory directory, int cachedHits) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new ArabicNewsAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    IndexWriter writer = new IndexWriter(directory, config);
    Map<String, String> committed = new java.util.HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
    }
    ArticleSearcher searcher = new ArticleSearcher(ArabicNewsAnalyzer.forQueries());
    return new ArticleIndex(
        directory,
        writer,
        new SearcherManager(writer, searcherFactory(searcher, cachedHits)),
        searcher,
        committed);
  }

  private static SearcherFactory searcherFactory(ArticleSearcher searcher, int cachedHits) {
    return CommitSearcher.factory(new ArabicNewsAnalyzer(), searcher, cachedHits);
  }

  private static long longValue(Map<String, String> userData, String key) {
    String value = userData.get(key);
    return value == null ? 0 : Long.parseLong(value);
  }

  /**
   * Indexes a stored article, replacing any earlier version with the same id.
   *
   * @throws IllegalArgumentException when the article has no store id (id &lt;= 0)
   */
  @Override
  public void update(AnalyzedArticle article) {
    IndexWriter w = writer();
    try {
      w.updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.toDocument(article));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + article.id(), e);
    }
  }

  /** Same as {@link #update}: adding an id already indexed replaces it. */
  public void add(Article article) {
    update(article);
  }

  /** Indexes every article the iterator yields (not committed); returns how many. */
  public int addAll(Iterator<Article> articles) {
    int count = 0;
    while (articles.hasNext()) {
      update(articles.next());
      count++;
    }
    return count;
  }

  /** Removes the article with this id, if indexed. */
  @Override
  public void delete(long id) {
    try {
      writer().deleteDocuments(ArticleDocuments.idTerm(id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete article " + id, e);
    }
  }

  /** Makes every change so far durable and visible to searches. */
  public void commit() {
    try {
      writer().commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index", e);
    }
  }

  /**
   * Commits, recording that the index now reflects the store up to {@code cursor} (the store's
   * change cursor), so that a restart catches up from there.
   */
  @Override
  public void commit(long cursor) {
    committingCursor.set(cursor);
    commit();
    searchableCursor.set(cursor);
  }

  /**
   * The store change cursor of the last {@link #commit(long)} that searches already see; 0 when
   * never synchronized.
   */
  @Override
  public long storeCursor() {
    return searchableCursor.get();
  }

  /**
   * Makes changes so far visible to searches without making them durable (near-real-time); on a
   * read-only index, picks up what the writer committed since, with its store cursor.
   */
  @Override
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
      if (writer == null) {
        IndexSearcher s = searchers.acquire();
        try {
          DirectoryReader reader = (DirectoryReader) s.getIndexReader();
          searchableCursor.set(longValue(reader.getIndexCommit().getUserData(), STORE_CURSOR));
        } finally {
          searchers.release(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the search index", e);
    }
  }

  /**
   * Replaces the whole index with these articles and commits with the store cursor that {@code
   * cursorAfter} gives once the iterator is exhausted; returns how many were indexed.
   *
   * @throws IllegalStateException when indexing fails midway (for instance the iterator throws):
   *     the index keeps its previous commit and this instance can no longer write (reopen it)
   */
  @Override
  public int rebuild(Iterator<AnalyzedArticle> articles, LongSupplier cursorAfter) {
    IndexWriter w = writer();
    try {
      w.deleteAll();
      int count = 0;
      while (articles.hasNext()) {
        update(articles.next());
        count++;
      }
      commit(cursorAfter.getAsLong());
      return count;
    } catch (IOException | RuntimeException e) {
      rollBack(w);
      throw new IllegalStateException(
          "rebuild failed, the index keeps its previous contents: " + e.getMessage(), e);
    }
  }

  private void rollBack(IndexWriter w) {
    rolledBack = true;
    try {
      w.rollback();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot roll back a failed rebuild", e);
    }
  }

  /** How many articles searches currently see. */
  @Override
  public int size() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index", e);
    }
  }

  /** Searches what the last commit or refresh made visible. Never fails on the query text. */
  @Override
  public SearchResult search(SearchRequest request) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        // The manager's factory makes every searcher it hands out a CommitSearcher.
        return ((CommitSearcher) s).search(request);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  @Override
  public Set<Long> matching(String query, Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return Set.of();
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return searcher.matching(s, query, articleIds);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  @Override
  public List<Long> filedUnder(Collection<String> keys, Instant from, Instant to, int limit) {
    if (keys.isEmpty() || limit <= 0) {
      return List.of();
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return FiledArticles.find(s, keys, from, to, limit);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index for duplicate keys", e);
    }
  }

  /**
   * From the current commit's searcher ({@link CommitSearcher#derived}): a new commit's searcher
   * starts empty. Two readers asking at once may both compute; the value is the same.
   */
  @Override
  public <K, V> V perCommit(PerCommit<K, V> kind, K key, Function<? super K, ? extends V> compute) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        ResultCache<K, V> values = ((CommitSearcher) s).derived(kind);
        V value = values.get(key);
        if (value == null) {
          value = compute.apply(key);
          values.put(key, value);
        }
        return value;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index", e);
    }
  }

  @Override
  public List<SimilarDoc> similar(SimilarQuery query) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return similarArticles.find(s, query);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index for similar articles", e);
    }
  }

  @Override
  public DocumentFrequencies documentFrequencies(Collection<String> words) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return similarArticles.count(s.getIndexReader(), words);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index", e);
    }
  }

  /** Commits pending changes (when writable) and releases the index. */
  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null && !rolledBack) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index", e);
    }
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the search index was opened read-only");
    }
    if (rolledBack) {
      throw new IllegalStateException("a rebuild failed on this index: reopen it to write");
    }
    return writer;
  }
}
