package org.marsad.ingest;

import java.net.URI;
import java.time.Duration;
import org.marsad.model.Page;

/**
 * What one fetch returned, including failures: {@link HttpFetcher} never throws for network or
 * server trouble.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL after redirects (the last one tried when failed)
 * @param status the last HTTP status, or 0 when no response arrived
 * @param contentType the Content-Type header, or null
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param body the decoded body (gzip/deflate removed); empty for 304 and failures
 * @param truncated true when the body was cut at the byte cap
 * @param outcome OK, NOT_MODIFIED or FAILED
 * @param failure why it failed, or null
 * @param message one line for logs and the fetch summary, e.g. {@code "HTTP 503 after 3 attempts"}
 * @param attempts tries made (retries included)
 * @param elapsed wall time including politeness waits, retries and backoff
 */
public record FetchResult(
    URI requestedUrl,
    URI finalUrl,
    int status,
    String contentType,
    String etag,
    String lastModified,
    byte[] body,
    boolean truncated,
    FetchOutcome outcome,
    FetchFailure failure,
    String message,
    int attempts,
    Duration elapsed) {

  /** The body as a page for the extractor. */
  public Page toPage() {
    return new Page(body, contentType, finalUrl.toString(), truncated);
  }

  public boolean ok() {
    return outcome == FetchOutcome.OK;
  }
}
