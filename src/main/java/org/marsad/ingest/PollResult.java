package org.marsad.ingest;

import java.time.Duration;
import java.util.List;
import org.marsad.model.Source;
import org.marsad.model.SourceState;

/**
 * One poll of one source: what arrived and the state to remember.
 *
 * @param source the source polled
 * @param status how it ended
 * @param feed the parsed feed, or null when nothing was parsed (failure, 304)
 * @param newItems items not seen before, in feed order; feed them to extraction and the store
 * @param state the source's state after this poll; persist it
 * @param message one line: the failure, or the feed's problems joined, or null
 * @param fetch the transport result (status, final URL, attempts), or null when the poll failed
 *     before fetching
 * @param elapsed time of the poll
 */
public record PollResult(
    Source source,
    PollStatus status,
    ParsedFeed feed,
    List<FeedItem> newItems,
    SourceState state,
    String message,
    FetchResult fetch,
    Duration elapsed) {

  public PollResult {
    newItems = List.copyOf(newItems);
  }

  /** Items in the document, seen or not. */
  public int itemCount() {
    return feed == null ? 0 : feed.items().size();
  }
}
