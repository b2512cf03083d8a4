package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.search.DocumentFrequencies;
import org.marsad.search.SearchIndex;

/**
 * The index's document frequencies, remembered between calls: one related-articles call asks for
 * the thousands of words of some sixty articles, and news vocabulary repeats from call to call, so
 * asking the index each time would cost more than all the rest. A word's count moves slowly as
 * articles arrive: what is remembered is forgotten once the index has grown or shrunk by {@link
 * #STALE_SHARE} since, and at most {@code maxWords} are kept (least recently used go first).
 * Thread-safe.
 */
final class DocumentFrequencyCache {
  /** Counts are forgotten once the number of indexed articles changed by this share. */
  static final double STALE_SHARE = 0.02;

  private final SearchIndex index;
  private final int maxWords;
  private final Map<String, Integer> known;
  private long documents = -1;

  DocumentFrequencyCache(SearchIndex index, int maxWords) {
    this.index = index;
    this.maxWords = maxWords;
    this.known =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > DocumentFrequencyCache.this.maxWords;
          }
        };
  }

  /** The document frequency of each word, and the number of articles they were counted among. */
  synchronized DocumentFrequencies of(Collection<String> words) {
    long now = index.size();
    if (documents < 0 || Math.abs(now - documents) > STALE_SHARE * documents) {
      known.clear();
      documents = now;
    }
    Map<String, Integer> byWord = new HashMap<>(words.size() * 2);
    List<String> unknown = new ArrayList<>();
    for (String word : words) {
      Integer frequency = known.get(word);
      if (frequency == null) {
        unknown.add(word);
      } else {
        byWord.put(word, frequency);
      }
    }
    if (!unknown.isEmpty()) {
      Map<String, Integer> fresh = index.documentFrequencies(unknown).byWord();
      byWord.putAll(fresh);
      known.putAll(fresh);
    }
    return new DocumentFrequencies(documents, byWord);
  }
}
