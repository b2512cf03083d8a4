package org.marsad.ingest;

/** How one poll of a source ended, as the fetch summary counts it. */
public enum PollStatus {
  /** The feed brought items not seen before. */
  NEW_ITEMS,
  /** The feed was fetched and read, but every item had been seen. */
  NO_NEW_ITEMS,
  /** 304: unchanged since the last poll. */
  NOT_MODIFIED,
  /** Fetch failed or the document was not a readable feed. */
  FAILED
}
