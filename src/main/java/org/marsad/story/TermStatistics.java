package org.marsad.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of normalized terms, learned incrementally from the articles seen (and
 * optionally seeded from a background corpus first), for inverse document frequencies. Every
 * version of a text that is observed counts; a term never seen has the highest IDF.
 *
 * <p>Bounded: once {@code maxTerms} distinct terms are known, new terms are no longer recorded
 * (they keep the IDF of an unseen term, which is what a rare term deserves anyway). Not
 * thread-safe: one writer (the story stage) at a time.
 */
public final class TermStatistics {
  /** Default bound on distinct terms: a few years of news vocabulary. */
  public static final int DEFAULT_MAX_TERMS = 2_000_000;

  private final Map<String, int[]> documentFrequency = new HashMap<>();
  private final int maxTerms;
  private long documents;

  public TermStatistics() {
    this(DEFAULT_MAX_TERMS);
  }

  /**
   * @throws IllegalArgumentException if {@code maxTerms} is not positive
   */
  public TermStatistics(int maxTerms) {
    if (maxTerms <= 0) {
      throw new IllegalArgumentException("maxTerms must be positive, was " + maxTerms);
    }
    this.maxTerms = maxTerms;
  }

  /**
   * Statistics counted elsewhere (a search index's document frequencies), for scoring a few
   * articles against everything that was indexed rather than against themselves alone.
   *
   * @throws IllegalArgumentException if {@code documents} or a frequency is negative
   */
  public static TermStatistics of(long documents, Map<String, Integer> documentFrequency) {
    if (documents < 0) {
      throw new IllegalArgumentException("documents must not be negative, was " + documents);
    }
    TermStatistics statistics = new TermStatistics(Math.max(1, documentFrequency.size()));
    documentFrequency.forEach(
        (term, frequency) -> {
          if (frequency < 0) {
            throw new IllegalArgumentException("negative frequency " + frequency + " of " + term);
          }
          statistics.documentFrequency.put(term, new int[] {frequency});
        });
    statistics.documents = documents;
    return statistics;
  }

  /** Counts one document holding each of {@code distinctTerms} (each term once). */
  public void observe(Collection<String> distinctTerms) {
    newDocument();
    for (String term : distinctTerms) {
      countInNewDocument(term);
    }
  }

  /** Counts one more document; then {@link #countInNewDocument} once per distinct term of it. */
  void newDocument() {
    documents++;
  }

  /** Counts {@code term} in the document just begun; its document frequency now. */
  int countInNewDocument(String term) {
    int[] count = documentFrequency.get(term);
    if (count != null) {
      return ++count[0];
    }
    if (documentFrequency.size() < maxTerms) {
      documentFrequency.put(term, new int[] {1});
    }
    return 1;
  }

  /** Documents observed so far. */
  public long documents() {
    return documents;
  }

  /** Documents observed holding {@code term}. */
  public int documentFrequency(String term) {
    int[] count = documentFrequency.get(term);
    return count == null ? 0 : count[0];
  }

  /** Smoothed inverse document frequency, {@code ln((1 + N) / (1 + df)) + 1}: always >= 1. */
  public double idf(String term) {
    return idfOf(documentFrequency(term));
  }

  /** The IDF of a term held by {@code documentFrequency} documents. */
  double idfOf(int documentFrequency) {
    return Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1;
  }

  /** Distinct terms known. */
  public int terms() {
    return documentFrequency.size();
  }
}
