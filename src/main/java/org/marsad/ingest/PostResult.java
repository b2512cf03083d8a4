package org.marsad.ingest;

import java.time.Duration;

/**
 * What one POST ({@link HttpFetcher#post}) came to.
 *
 * @param status the HTTP status, 0 when no answer came
 * @param failure why it failed, or null when the answer was 2xx
 * @param message one line naming what failed, or null
 * @param elapsed from the start to the end of the answer
 */
public record PostResult(int status, FetchFailure failure, String message, Duration elapsed) {
  public boolean ok() {
    return failure == null;
  }
}
