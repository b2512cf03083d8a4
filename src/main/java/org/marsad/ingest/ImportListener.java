package org.marsad.ingest;

/** Hears how an import advances: for a progress bar, and for callers that track commits. */
public interface ImportListener {
  /** Nothing to hear. */
  ImportListener NONE = new ImportListener() {};

  /** Called after each line with the bytes of the file consumed so far. */
  default void lineRead(long bytesRead, long lineNumber) {}

  /**
   * Called once a batch is committed: every article of the lines up to {@code lastLine} is stored
   * and survives a crash.
   */
  default void batchCommitted(long lastLine, ImportSummary soFar) {}
}
