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

  private final Map<String, Integer> documentFrequency = new HashMap<>();
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
          statistics.documentFrequency.put(term, frequency);
        });
    statistics.documents = documents;
    return statistics;
  }

  /** Counts one document holding each of {@code distinctTerms} (each term once). */
  public void observe(Collection<String> distinctTerms) {
    documents++;
    for (String term : distinctTerms) {
      Integer old = documentFrequency.get(term);
      if (old != null) {
        documentFrequency.put(term, old + 1);
      } else if (documentFrequency.size() < maxTerms) {
        documentFrequency.put(term, 1);
      }
    }
  }

  /** Documents observed so far. */
  public long documents() {
    return documents;
  }

  /** Documents observed holding {@code term}. */
  public int documentFrequency(String term) {
    return documentFrequency.getOrDefault(term, 0);
  }

  /** Smoothed inverse document frequency, {@code ln((1 + N) / (1 + df)) + 1}: always >= 1. */
  public double idf(String term) {
    return Math.log((1.0 + documents) / (1.0 + documentFrequency(term))) + 1;
  }

  /** Distinct terms known. */
  public int terms() {
    return documentFrequency.size();
  }
}
