package org.marsad.ingest;

import java.util.List;

/**
 * What an import did, line by line. Every non-blank line counts once in {@code linesRead} and once
 * in exactly one of the other line counts: new, updated, unchanged, repeated or malformed.
 *
 * @param linesRead non-blank lines read
 * @param articlesNew lines stored as new articles
 * @param articlesUpdated lines that changed an article already stored (by an earlier import or
 *     fetch)
 * @param articlesUnchanged lines already stored exactly so
 * @param linesRepeated lines whose canonical URL an earlier line of the same file had; skipped, the
 *     first occurrence wins (ANT files an article under two categories this way)
 * @param linesMalformed lines that are not an article (bad JSON, no or invalid URL, too long...)
 * @param datesUnparsed stored articles whose {@code pub_date_raw} was present but not understood
 *     (stored without a publication date)
 * @param firstProblems the first malformed lines, with reasons (at most {@value
 *     JsonlImporter#PROBLEMS_KEPT})
 */
public record ImportSummary(
    long linesRead,
    long articlesNew,
    long articlesUpdated,
    long articlesUnchanged,
    long linesRepeated,
    long linesMalformed,
    long datesUnparsed,
    List<LineProblem> firstProblems) {

  public ImportSummary {
    firstProblems = List.copyOf(firstProblems);
  }

  /** Lines that are now stored articles (new, updated or unchanged). */
  public long articlesStored() {
    return articlesNew + articlesUpdated + articlesUnchanged;
  }
}
