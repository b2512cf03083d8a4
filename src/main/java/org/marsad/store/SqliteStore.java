package org.marsad.store;

import static org.marsad.store.StoreArguments.requirePositive;
import static org.marsad.store.StoreArguments.requireValid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded store: one SQLite file, {@code marsad.db}, in the data directory.
 *
 * <p><b>Durability.</b> The database runs in WAL mode with {@code synchronous=NORMAL}: a commit is
 * written to the write-ahead log before the method returns, so a crash or {@code kill -9} of the
 * process loses nothing acknowledged (the operating system still holds the written pages). Only a
 * power cut or kernel crash can lose the last commits before the next checkpoint, and even then the
 * database stays consistent (no torn rows). {@code synchronous=FULL} would close that window at one
 * fsync per commit; a news store re-fetches what it lost, so it does not pay that price.
 *
 * <p><b>Threads and processes.</b> Thread-safe. Writes go through one connection, one transaction
 * at a time ({@code BEGIN IMMEDIATE}, so two processes never deadlock upgrading a read lock); reads
 * use a small pool of other connections and, thanks to WAL, proceed while a write is in progress,
 * each seeing the last committed state. Another process (an import beside {@code serve}) waits up
 * to {@value #BUSY_TIMEOUT_MILLIS} ms for the write lock. Foreign keys are enforced.
 *
 * <p>The schema is migrated when the store opens ({@link SchemaMigrations}).
 */
public final class SqliteStore implements Store {
  /** The database file's name inside the data directory. */
  public static final String DATABASE_FILE = "marsad.db";

  static final int BUSY_TIMEOUT_MILLIS = 10_000;
  private static final int READERS = 3;
  private static final long READER_WAIT_MILLIS = 100;

  private final Path databaseFile;
  private final Clock clock;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final EntityCache entityCache = new EntityCache();
  private final SqlSession writer;
  private final BlockingQueue<SqlSession> readers = new ArrayBlockingQueue<>(READERS);
  private volatile boolean closed;

  private SqliteStore(Path databaseFile, Clock clock, SqlSession writer) {
    this.databaseFile = databaseFile;
    this.clock = clock;
    this.writer = writer;
  }

  /** Opens (creating if needed) the store in {@code dataDirectory} and migrates its schema. */
  public static SqliteStore open(Path dataDirectory) {
    return open(dataDirectory, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock that stamps first-fetch and revision times. */
  public static SqliteStore open(Path dataDirectory, Clock clock) {
    return open(dataDirectory, clock, SchemaMigrations.production(clock));
  }

  static SqliteStore open(Path dataDirectory, Clock clock, SchemaMigrations migrations) {
    Path file = dataDirectory.resolve(DATABASE_FILE);
    try {
      Files.createDirectories(dataDirectory);
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory " + dataDirectory, e);
    }
    SqlSession writer = null;
    SqliteStore store = null;
    try {
      writer = connect(file, false);
      migrations.migrate(writer.connection());
      store = new SqliteStore(file, clock, writer);
      for (int i = 0; i < READERS; i++) {
        store.readers.add(connect(file, true));
      }
      return store;
    } catch (SQLException | RuntimeException e) {
      if (store != null) {
        store.close();
      } else if (writer != null) {
        closeQuietly(writer);
      }
      if (e instanceof StoreException storeException) {
        throw storeException;
      }
      throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
    }
  }

  private static SqlSession connect(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    if (!readOnly) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    }
    SqlSession session = new SqlSession(config.createConnection("jdbc:sqlite:" + file));
    if (readOnly) {
      session.execute("PRAGMA query_only = true");
    }
    return session;
  }

  /** The database file. */
  public Path databaseFile() {
    return databaseFile;
  }

  /** What SQLite's {@code PRAGMA integrity_check} finds wrong; empty when the file is sound. */
  public List<String> integrityProblems() {
    return read(
        session -> {
          List<String> problems = new ArrayList<>();
          try (ResultSet rows = session.prepare("PRAGMA integrity_check").executeQuery()) {
            while (rows.next()) {
              problems.add(rows.getString(1));
            }
          }
          return problems.equals(List.of("ok")) ? List.of() : problems;
        });
  }

  // ---- sources

  @Override
  public Source addSource(Source source) {
    requireValid(source);
    return write(
        session -> {
          SourceSql.insertIfAbsent(session, source, clock.instant());
          return SourceSql.byUrl(session, source.url()).orElseThrow();
        });
  }

  @Override
  public boolean updateSource(Source source) {
    requireValid(source);
    return write(session -> SourceSql.update(session, source));
  }

  @Override
  public Optional<Source> source(long id) {
    return read(session -> SourceSql.byId(session, id));
  }

  @Override
  public Optional<Source> sourceByUrl(String url) {
    Objects.requireNonNull(url, "url");
    return read(session -> SourceSql.byUrl(session, url));
  }

  @Override
  public List<Source> sources() {
    return read(SourceSql::all);
  }

  @Override
  public boolean removeSource(long id) {
    return write(session -> SourceSql.delete(session, id));
  }

  @Override
  public SourceState sourceState(long sourceId) {
    return read(session -> SourceSql.state(session, sourceId));
  }

  @Override
  public void putSourceState(SourceState state) {
    Objects.requireNonNull(state, "state");
    write(
        session -> {
          SourceSql.putState(session, state);
          return null;
        });
  }

  @Override
  public void appendFetchLog(FetchLogEntry entry) {
    Objects.requireNonNull(entry, "entry");
    write(
        session -> {
          SourceSql.appendLog(session, entry);
          return null;
        });
  }

  @Override
  public void recordPoll(SourceState state, FetchLogEntry entry) {
    StoreArguments.requireSameSource(state, entry);
    write(
        session -> {
          SourceSql.putState(session, state);
          SourceSql.appendLog(session, entry);
          return null;
        });
  }

  @Override
  public List<FetchLogEntry> fetchLog(long sourceId, int limit) {
    requirePositive(limit);
    return read(session -> SourceSql.log(session, sourceId, limit));
  }

  // ---- articles

  @Override
  public UpsertResult upsert(Article article) {
    requireValid(article);
    return write(session -> upsert(session, article, clock.instant()));
  }

  @Override
  public List<UpsertResult> upsertAll(List<Article> articles) {
    articles.forEach(StoreArguments::requireValid);
    return write(
        session -> {
          Instant now = clock.instant();
          List<UpsertResult> results = new ArrayList<>(articles.size());
          for (Article article : articles) {
            results.add(upsert(session, article, now));
          }
          return results;
        });
  }

  private static UpsertResult upsert(SqlSession session, Article incoming, Instant now)
      throws SQLException {
    Optional<Article> stored =
        incoming.guid() == null
            ? Optional.empty()
            : ArticleSql.byGuid(session, incoming.sourceId(), incoming.guid());
    boolean foundByGuid = stored.isPresent();
    if (!foundByGuid) {
      stored = ArticleSql.byUrl(session, incoming.url());
    }
    if (stored.isEmpty()) {
      return new UpsertResult(ArticleSql.insert(session, incoming, now), UpsertResult.Outcome.NEW);
    }
    Article before = stored.get();
    boolean urlMoved =
        foundByGuid
            && !before.url().equals(incoming.url())
            && ArticleSql.byUrl(session, incoming.url()).isEmpty();
    Article after = ArticleMerge.merge(before, incoming, urlMoved ? incoming.url() : before.url());
    if (after.equals(before)) {
      return new UpsertResult(before.id(), UpsertResult.Outcome.UNCHANGED);
    }
    if (ArticleMerge.needsRevision(before, after)) {
      ArticleSql.insertRevision(session, before, now);
    }
    ArticleSql.update(session, after, now);
    return new UpsertResult(before.id(), UpsertResult.Outcome.UPDATED);
  }

  @Override
  public Optional<Article> article(long id) {
    return read(session -> ArticleSql.byId(session, id));
  }

  @Override
  public Optional<Article> articleByUrl(String url) {
    Objects.requireNonNull(url, "url");
    return read(session -> ArticleSql.byUrl(session, url));
  }

  @Override
  public Optional<Article> articleByGuid(long sourceId, String guid) {
    Objects.requireNonNull(guid, "guid");
    return read(session -> ArticleSql.byGuid(session, sourceId, guid));
  }

  @Override
  public long articleCount() {
    return read(ArticleSql::count);
  }

  @Override
  public List<Article> articlesAfter(long afterId, int limit) {
    requirePositive(limit);
    return read(session -> ArticleSql.after(session, afterId, limit));
  }

  @Override
  public ArticleChanges changesBetween(long after, long upTo, int limit) {
    requirePositive(limit);
    return read(session -> ArticleSql.changesBetween(session, after, upTo, limit));
  }

  /** Writes are transactions: every change committed is visible. */
  @Override
  public long settledCursor() {
    return cursorBefore(Long.MAX_VALUE, 0);
  }

  @Override
  public long cursorBefore(long upTo, int count) {
    StoreArguments.requireNotNegative(count);
    return read(session -> ArticleSql.cursorBefore(session, upTo, count));
  }

  @Override
  public void putAnalyses(List<AnalyzedArticle> analyzed) {
    EntityCache.Pending learnt = new EntityCache.Pending(entityCache);
    write(
        session -> {
          try {
            AnalysisSql.put(session, analyzed, learnt);
          } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("FOREIGN KEY")) {
              throw new IllegalArgumentException("analysis of an article not stored", e);
            }
            throw e;
          }
          return null;
        });
    entityCache.publish(learnt);
  }

  @Override
  public Map<Long, ArticleAnalysis> analyses(Collection<Long> articleIds) {
    return read(session -> AnalysisSql.byIds(session, articleIds));
  }

  @Override
  public List<StorySummary> stories(Instant since, int limit) {
    requirePositive(limit);
    Objects.requireNonNull(since, "since");
    return read(session -> StorySql.recent(session, since, limit));
  }

  @Override
  public Optional<StorySummary> story(long storyId) {
    return read(session -> StorySql.byId(session, storyId));
  }

  @Override
  public List<Long> storyArticles(long storyId, int limit) {
    requirePositive(limit);
    return storyId == 0
        ? List.of()
        : read(session -> StorySql.members(session, "story", storyId, limit));
  }

  @Override
  public List<EntitySummary> entities(String query, EntityType type, int limit) {
    requirePositive(limit);
    return read(session -> EntitySql.search(session, query, type, limit));
  }

  @Override
  public Optional<EntitySummary> entity(long entityId) {
    return read(session -> EntitySql.byId(session, entityId));
  }

  @Override
  public List<EntityDay> entityMentionsByDay(long entityId) {
    return read(session -> EntitySql.byDay(session, entityId));
  }

  @Override
  public List<Long> entityArticles(long entityId, int limit) {
    requirePositive(limit);
    return read(session -> EntitySql.articles(session, entityId, limit));
  }

  @Override
  public List<StorySummary> entityStories(long entityId, int limit) {
    requirePositive(limit);
    return read(session -> StorySql.ofEntity(session, entityId, limit));
  }

  @Override
  public List<EntityCoOccurrence> coOccurringEntities(long entityId, int limit) {
    requirePositive(limit);
    return read(session -> EntitySql.coOccurring(session, entityId, limit));
  }

  @Override
  public List<Long> duplicateGroup(long groupId, int limit) {
    requirePositive(limit);
    return groupId == 0
        ? List.of()
        : read(session -> StorySql.members(session, "duplicate_group", groupId, limit));
  }

  @Override
  public List<Revision> revisions(long articleId) {
    return read(session -> ArticleSql.revisions(session, articleId));
  }

  // ---- saved searches and their alerts

  @Override
  public SavedSearch addSavedSearch(SavedSearch search) {
    requireValid(search);
    return write(session -> AlertSql.insertSearch(session, search));
  }

  @Override
  public Optional<SavedSearch> savedSearch(long id) {
    return read(session -> AlertSql.searchById(session, id));
  }

  @Override
  public List<SavedSearch> savedSearches() {
    return read(AlertSql::allSearches);
  }

  @Override
  public boolean removeSavedSearch(long id) {
    return write(session -> AlertSql.deleteSearch(session, id));
  }

  @Override
  public int recordAlertMatches(
      long savedSearchId, Collection<Long> matchingArticleIds, long checkedCursor) {
    Objects.requireNonNull(matchingArticleIds, "matchingArticleIds");
    int added =
        write(
            session ->
                AlertSql.recordMatches(
                    session, savedSearchId, matchingArticleIds, checkedCursor, clock.instant()));
    if (added < 0) {
      throw new IllegalArgumentException("no saved search with id " + savedSearchId);
    }
    return added;
  }

  @Override
  public List<AlertDelivery> dueDeliveries(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    requirePositive(limit);
    return read(session -> AlertSql.due(session, now, limit));
  }

  @Override
  public boolean recordDeliveryAttempt(
      long deliveryId,
      AlertDelivery.Attempt attempt,
      AlertDelivery.Status status,
      Instant nextAttempt) {
    StoreArguments.requireValidAttempt(attempt, status, nextAttempt);
    return write(
        session -> AlertSql.recordAttempt(session, deliveryId, attempt, status, nextAttempt));
  }

  @Override
  public List<AlertDelivery> deliveries(long savedSearchId, int limit) {
    requirePositive(limit);
    return read(session -> AlertSql.ofSearch(session, savedSearchId, limit));
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    writeLock.lock();
    try {
      closeQuietly(writer);
      for (int i = 0; i < READERS; i++) {
        closeQuietly(readers.take());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      writeLock.unlock();
    }
  }

  // ---- transactions

  /** Work on one connection that may fail with SQL errors. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run(SqlSession session) throws SQLException;
  }

  private <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try {
      requireOpen();
      writer.execute("BEGIN IMMEDIATE");
      try {
        T result = work.run(writer);
        writer.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw e;
      }
    } catch (SQLException e) {
      throw translate(e);
    } finally {
      writeLock.unlock();
    }
  }

  private <T> T read(SqlWork<T> work) {
    SqlSession session = null;
    try {
      while (session == null) {
        requireOpen();
        session = readers.poll(READER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a connection");
    }
    try {
      return work.run(session);
    } catch (SQLException e) {
      throw translate(e);
    } finally {
      readers.add(session);
    }
  }

  private void rollbackQuietly() {
    try {
      writer.execute("ROLLBACK");
    } catch (SQLException alreadyRolledBack) {
      // SQLite rolls back by itself on some errors (disk full, interrupted); nothing left to undo.
    }
  }

  private RuntimeException translate(SQLException e) {
    if (e instanceof SQLiteException sqlite
        && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
      return new IllegalArgumentException(
          "no such source, article or saved search: " + e.getMessage(), e);
    }
    return new StoreException(databaseFile + ": " + e.getMessage(), e);
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the store is closed: " + databaseFile);
    }
  }

  private static void closeQuietly(SqlSession session) {
    try {
      session.close();
    } catch (SQLException ignored) {
      // closing: nothing useful to do with a failure here
    }
  }
}
