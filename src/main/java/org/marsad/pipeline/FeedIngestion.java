package org.marsad.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.ingest.FeedFormat;
import org.marsad.ingest.FeedItem;
import org.marsad.ingest.PollResult;
import org.marsad.model.Article;
import org.marsad.model.Page;
import org.marsad.store.FetchLogEntry;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.UpsertResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where polled feeds land: new items become articles (with full text when the feed has only a
 * summary) and are stored as they are made, then the poll's new state and log line are recorded,
 * and the index catches up. One source's trouble is logged against that source and never reaches
 * the others.
 *
 * <p><b>Nothing lost.</b> Articles are committed in small batches, and at once after each item
 * whose page had to be fetched (a teaser feed of a thousand items takes minutes), so a crash loses
 * at most the item in hand. The state (ETag, Last-Modified, next attempt) is recorded only after
 * every item is stored: a poll cut short by a stop (the worker interrupted), a crash or a store
 * failure keeps the previous validators, so the next poll receives the whole feed again and offers
 * the items not yet stored ({@link StoredItems}), instead of a 304 that would hide them until the
 * feed changes. An item whose page fetch a stop cut short is dropped, not stored without its text;
 * an item finished when the stop came is stored.
 */
final class FeedIngestion implements Consumer<PollResult> {
  private static final Logger LOG = LoggerFactory.getLogger(FeedIngestion.class);
  static final int MAX_MESSAGE = 500;

  /** Articles made without fetching (full-text feeds) committed together. */
  static final int BATCH = 50;

  private final Store store;
  private final FeedArticles articles;
  private final Runnable indexCatchUp;
  private final Clock clock;

  /**
   * @param indexCatchUp asked after articles are stored; must not touch the index in the calling
   *     thread, which a stop may interrupt
   */
  FeedIngestion(Store store, FeedArticles articles, Runnable indexCatchUp, Clock clock) {
    this.store = store;
    this.articles = articles;
    this.indexCatchUp = indexCatchUp;
    this.clock = clock;
  }

  /** What one poll stored so far. */
  private static final class Tally {
    final int[] outcomes = new int[UpsertResult.Outcome.values().length];
    final List<String> problems = new ArrayList<>();
    int stored;
    String storeFailure;

    int count(UpsertResult.Outcome outcome) {
      return outcomes[outcome.ordinal()];
    }
  }

  @Override
  public void accept(PollResult poll) {
    if (stopping()) {
      return; // stopped during the fetch: its result may be the interruption itself
    }
    Tally tally = new Tally();
    List<Article> pending = new ArrayList<>();
    Page fetchedPage =
        poll.feed() != null && poll.feed().format() == FeedFormat.HTML_PAGE
            ? poll.fetch().toPage()
            : null;
    boolean cutShort = false;
    for (FeedItem item : poll.newItems()) {
      boolean fetchesPage = fetchedPage == null && item.needsFullText();
      FeedArticles.Outcome outcome = articles.toArticle(poll.source(), item, fetchedPage);
      boolean stopped = stopping();
      if (stopped && outcome.problem() != null) {
        cutShort = true; // its page fetch was most likely cut by the stop: drop it
        break;
      }
      outcome.article().ifPresent(pending::add);
      if (outcome.problem() != null) {
        tally.problems.add(outcome.problem());
      }
      if (stopped) {
        cutShort = true; // the item in hand is committed below
        break;
      }
      if ((fetchesPage || pending.size() >= BATCH) && !flush(poll, pending, tally)) {
        cutShort = true; // the store failed
        break;
      }
    }
    cutShort = !flush(poll, pending, tally) || cutShort;
    if (tally.stored > 0) {
      indexCatchUp.run();
    }
    if (cutShort) {
      LOG.info(
          "source {}: poll cut short after storing {} of {} new items; its state is kept so the"
              + " next poll offers the rest",
          poll.source().url(),
          tally.stored,
          poll.newItems().size());
      if (tally.storeFailure != null) {
        logStoreFailure(poll, tally);
      }
      return;
    }
    try {
      store.recordPoll(poll.state(), logEntry(poll, tally, logOutcome(poll)));
    } catch (IllegalArgumentException removed) {
      // removed while it was being polled: its articles stay, its state and log are gone
    }
  }

  private static boolean stopping() {
    return Thread.currentThread().isInterrupted();
  }

  /** Commits the pending articles; false when the store failed (they are then not stored). */
  private boolean flush(PollResult poll, List<Article> pending, Tally tally) {
    if (pending.isEmpty()) {
      return true;
    }
    try {
      for (UpsertResult result : store.upsertAll(pending)) {
        tally.outcomes[result.outcome().ordinal()]++;
      }
      tally.stored += pending.size();
      return true;
    } catch (StoreException e) {
      tally.storeFailure = e.getMessage();
      LOG.warn("source {}: items not stored: {}", poll.source().url(), e.getMessage());
      return false;
    } finally {
      pending.clear();
    }
  }

  /** Logs the failed poll without touching the state: the next poll retries the whole feed. */
  private void logStoreFailure(PollResult poll, Tally tally) {
    tally.problems.add("not stored: " + tally.storeFailure);
    try {
      store.appendFetchLog(logEntry(poll, tally, FetchLogEntry.Outcome.FAILED));
    } catch (RuntimeException e) {
      LOG.warn("source {}: fetch log not written: {}", poll.source().url(), e.toString());
    }
  }

  private FetchLogEntry logEntry(PollResult poll, Tally tally, FetchLogEntry.Outcome outcome) {
    return new FetchLogEntry(
        poll.source().id(),
        clock.instant(),
        outcome,
        poll.fetch() == null ? 0 : poll.fetch().status(),
        message(poll, tally.problems),
        tally.count(UpsertResult.Outcome.NEW),
        tally.count(UpsertResult.Outcome.UPDATED),
        tally.count(UpsertResult.Outcome.UNCHANGED),
        poll.newItems().size() - tally.stored);
  }

  private static FetchLogEntry.Outcome logOutcome(PollResult poll) {
    return switch (poll.status()) {
      case NEW_ITEMS, NO_NEW_ITEMS -> FetchLogEntry.Outcome.OK;
      case NOT_MODIFIED -> FetchLogEntry.Outcome.NOT_MODIFIED;
      case FAILED -> FetchLogEntry.Outcome.FAILED;
    };
  }

  private static String message(PollResult poll, List<String> problems) {
    List<String> parts = new ArrayList<>();
    if (poll.message() != null && !poll.message().isBlank()) {
      parts.add(poll.message()); // the feed's own problems, summarized by the poller
    }
    parts.addAll(problems);
    String joined = String.join("; ", parts);
    return joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), MAX_MESSAGE));
  }
}
