package org.marsad.ingest;

/** How a fetch ended. */
public enum FetchOutcome {
  /** A 2xx response with a body. */
  OK,
  /** 304: the validators sent (ETag, Last-Modified) still hold; no body. */
  NOT_MODIFIED,
  /** Anything else; {@link FetchResult#failure()} says what kind. */
  FAILED
}
