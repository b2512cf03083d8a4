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
 * summary), are stored in one transaction per poll, the poll is logged, and the index catches up.
 * One source's trouble is logged against that source and never reaches the others.
 */
public final class FeedIngestion implements Consumer<PollResult> {
  private static final Logger LOG = LoggerFactory.getLogger(FeedIngestion.class);
  static final int MAX_MESSAGE = 500;

  private final Store store;
  private final FeedArticles articles;
  private final IndexSync index;
  private final Clock clock;

  FeedIngestion(Store store, FeedArticles articles, IndexSync index, Clock clock) {
    this.store = store;
    this.articles = articles;
    this.index = index;
    this.clock = clock;
  }

  @Override
  public void accept(PollResult poll) {
    long sourceId = poll.source().id();
    List<Article> batch = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Page fetchedPage =
        poll.feed() != null && poll.feed().format() == FeedFormat.HTML_PAGE
            ? poll.fetch().toPage()
            : null;
    for (FeedItem item : poll.newItems()) {
      FeedArticles.Outcome outcome = articles.toArticle(poll.source(), item, fetchedPage);
      outcome.article().ifPresent(batch::add);
      if (outcome.problem() != null) {
        problems.add(outcome.problem());
      }
    }
    int[] counts = new int[UpsertResult.Outcome.values().length];
    int failed = poll.newItems().size() - batch.size();
    try {
      for (UpsertResult result : store.upsertAll(batch)) {
        counts[result.outcome().ordinal()]++;
      }
    } catch (StoreException e) {
      failed = poll.newItems().size();
      problems.add("not stored: " + e.getMessage());
      LOG.warn("source {}: items not stored: {}", poll.source().url(), e.getMessage());
    }
    if (store.source(sourceId).isEmpty()) {
      return; // removed while it was being polled
    }
    store.appendFetchLog(
        new FetchLogEntry(
            sourceId,
            clock.instant(),
            logOutcome(poll),
            poll.fetch() == null ? 0 : poll.fetch().status(),
            message(poll, problems),
            counts[UpsertResult.Outcome.NEW.ordinal()],
            counts[UpsertResult.Outcome.UPDATED.ordinal()],
            counts[UpsertResult.Outcome.UNCHANGED.ordinal()],
            failed));
    if (!batch.isEmpty()) {
      index.catchUp();
    }
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
      parts.add(poll.message());
    }
    if (poll.feed() != null) {
      parts.addAll(poll.feed().problems());
    }
    parts.addAll(problems);
    String joined = String.join("; ", parts);
    return joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), MAX_MESSAGE));
  }
}
