package org.marsad.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One poll of one source, as the fetch log keeps it: for {@code marsad sources list}, for the
 * health page and for finding out why a source went quiet.
 *
 * @param sourceId the polled source
 * @param at when the poll started
 * @param outcome what came of it
 * @param httpStatus the final HTTP status, or 0 when no response arrived
 * @param message one line naming what failed or what was skipped, or null
 * @param itemsNew items stored as new articles
 * @param itemsUpdated items that updated a stored article
 * @param itemsUnchanged items already stored as they are
 * @param itemsFailed items that could not be stored (bad link, page not extractable...)
 */
public record FetchLogEntry(
    long sourceId,
    Instant at,
    Outcome outcome,
    int httpStatus,
    String message,
    int itemsNew,
    int itemsUpdated,
    int itemsUnchanged,
    int itemsFailed) {

  public FetchLogEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** How a poll ended. */
  public enum Outcome {
    /** Content arrived and was processed. */
    OK,
    /** The server answered 304: nothing new since the last poll. */
    NOT_MODIFIED,
    /** The poll failed (network, HTTP error, unparseable content). */
    FAILED,
    /** The poll was not attempted (robots.txt, address refused, backing off). */
    SKIPPED
  }
}
