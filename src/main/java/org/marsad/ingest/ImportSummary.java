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
 * @param linesMalformed lines that are not an article (bad JSON, no or invalid URL, not UTF-8, too
 *     long...)
 * @param datesUnparsed stored articles whose {@code pub_date_raw} was present but not understood
 *     (stored without a publication date)
 * @param linesRecoded stored lines that were not UTF-8 but Arabic in windows-1256, and were decoded
 *     so (they also count in one of the other line counts)
 * @param linesCut stored lines with a field cut to the article limits (also counted elsewhere)
 * @param firstProblems the first malformed lines, with reasons (at most {@value
 *     JsonlImporter#PROBLEMS_KEPT})
 * @param firstCuts the first lines with a field cut, naming the field and the limit (at most
 *     {@value JsonlImporter#PROBLEMS_KEPT})
 */
public record ImportSummary(
    long linesRead,
    long articlesNew,
    long articlesUpdated,
    long articlesUnchanged,
    long linesRepeated,
    long linesMalformed,
    long datesUnparsed,
    long linesRecoded,
    long linesCut,
    List<LineProblem> firstProblems,
    List<LineProblem> firstCuts) {

  public ImportSummary {
    firstProblems = List.copyOf(firstProblems);
    firstCuts = List.copyOf(firstCuts);
  }

  /** Lines that are now stored articles (new, updated or unchanged). */
  public long articlesStored() {
    return articlesNew + articlesUpdated + articlesUnchanged;
  }
}
