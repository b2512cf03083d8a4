package org.marsad.model;

import java.time.Instant;

/**
 * What Marsad remembers of polling one source: for conditional GET and for backing off a failing
 * source without delaying the others. Null fields mean "never".
 *
 * @param sourceId the source's store id
 * @param lastSuccess the last poll that returned content or 304
 * @param lastError the last failed poll
 * @param lastErrorMessage one line naming what failed, or null
 * @param consecutiveFailures failures since the last success
 * @param nextAttempt not polled before this instant
 * @param etag the ETag of the last 200 response, for If-None-Match
 * @param lastModified the Last-Modified header of the last 200 response, for If-Modified-Since
 */
public record SourceState(
    long sourceId,
    Instant lastSuccess,
    Instant lastError,
    String lastErrorMessage,
    int consecutiveFailures,
    Instant nextAttempt,
    String etag,
    String lastModified) {

  /** The state of a source never polled. */
  public static SourceState initial(long sourceId) {
    return new SourceState(sourceId, null, null, null, 0, null, null, null);
  }
}
