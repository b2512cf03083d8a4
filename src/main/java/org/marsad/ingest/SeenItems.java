package org.marsad.ingest;

/**
 * Tells which feed items a source has not delivered before, so the poller can report new items and
 * adapt its interval. Implementations must be thread-safe.
 *
 * <p>A store-backed implementation may answer "not stored yet" and ignore the marking, since the
 * pipeline stores the new items right after the poll.
 */
public interface SeenItems {

  /**
   * Marks {@code itemKey} (a {@link FeedItem#guid()}) as seen for the source.
   *
   * @return true when it had not been seen before
   */
  boolean markSeen(long sourceId, String itemKey);
}
