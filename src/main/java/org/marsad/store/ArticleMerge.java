package org.marsad.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.marsad.model.Article;

/**
 * The store's merging rule, apart from any database: what a stored article becomes when a new
 * version of it arrives (see {@link Store}). Pure, so every backend merges the same way (public for
 * the Solr backend, {@code org.marsad.solr.SolrStore}).
 */
public final class ArticleMerge {
  private ArticleMerge() {}

  /**
   * The stored article updated with what {@code incoming} knows, at {@code url}; id and first-fetch
   * kept.
   */
  public static Article merge(Article stored, Article incoming, String url) {
    long sourceId = stored.sourceId() != 0 ? stored.sourceId() : incoming.sourceId();
    String guid =
        stored.guid() == null && sourceId == incoming.sourceId() ? incoming.guid() : stored.guid();
    return new Article(
        stored.id(),
        url,
        guid,
        sourceId,
        or(incoming.source(), stored.source()),
        or(incoming.title(), stored.title()),
        incoming.body() == null || incoming.body().isBlank() ? stored.body() : incoming.body(),
        or(incoming.summary(), stored.summary()),
        or(toMillis(incoming.published()), stored.published()),
        stored.fetched(),
        or(incoming.author(), stored.author()),
        or(incoming.category(), stored.category()),
        incoming.tags().isEmpty() ? stored.tags() : incoming.tags(),
        incoming.page().isEmpty() ? stored.page() : incoming.page());
  }

  /**
   * True when going from {@code before} to {@code after} replaces a title or a non-empty body.
   * Filling in what was missing (a feed item stored before its page was extracted) revises nothing.
   */
  public static boolean needsRevision(Article before, Article after) {
    return replaced(before.title(), after.title()) || replaced(before.body(), after.body());
  }

  private static boolean replaced(String before, String after) {
    return before != null && !before.isEmpty() && !before.equals(after);
  }

  /** Instants are kept to the millisecond; comparing at finer grain would see false changes. */
  static Instant toMillis(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }

  private static <T> T or(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}
