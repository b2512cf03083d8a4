package org.marsad.ingest;

/**
 * Tells which feed items a source has not delivered before, or delivered with another title, so the
 * poller can report new and re-titled items and adapt its interval. An item is known by its {@link
 * FeedItem#guid()}; a re-titled item is the same article, delivered again so that the store keeps
 * the change as a revision. Implementations must be thread-safe.
 *
 * <p>A store-backed implementation may answer "not stored yet" and ignore the marking, since the
 * pipeline stores the new items right after the poll.
 */
public interface SeenItems {

  /**
   * Marks {@code item} as seen for the source, with its current title.
   *
   * @return true when its guid had not been seen before, or was seen with another title
   */
  boolean markSeen(long sourceId, FeedItem item);
}
