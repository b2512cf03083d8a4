package org.marsad.search;

import java.util.Map;

/**
 * How many indexed articles hold each of some words, as {@link SearchIndex#documentFrequencies}
 * counts them.
 *
 * @param documents the articles searched
 * @param byWord per word asked, the articles that hold it
 */
public record DocumentFrequencies(long documents, Map<String, Integer> byWord) {
  public DocumentFrequencies {
    byWord = Map.copyOf(byWord);
  }
}
