package org.marsad.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index from terms to the active stories whose centroid's heaviest terms hold them:
 * candidates for a new article come from here, so their number depends on the active stories that
 * share its words, not on the number of stories ever made.
 */
final class StoryIndex {
  private final Map<String, List<StoryState>> postings = new HashMap<>();

  /** Indexes {@code story} under {@code terms}, replacing the terms it had. */
  void put(StoryState story, List<String> terms) {
    remove(story);
    for (String term : terms) {
      postings.computeIfAbsent(term, t -> new ArrayList<>(2)).add(story);
    }
    story.indexedTerms(terms);
  }

  void remove(StoryState story) {
    for (String term : story.indexedTerms()) {
      List<StoryState> list = postings.get(term);
      if (list != null) {
        list.remove(story);
        if (list.isEmpty()) {
          postings.remove(term);
        }
      }
    }
    story.indexedTerms(List.of());
  }

  /**
   * The stories sharing most of the first {@code queryTerms} terms of {@code query}, at most {@code
   * max}, by shared terms then id. Terms held by more than {@code maxPostings} stories are skipped.
   */
  List<StoryState> candidates(TermVector query, int queryTerms, int max, int maxPostings) {
    Map<StoryState, int[]> shared = new HashMap<>();
    for (int i = 0; i < Math.min(queryTerms, query.size()); i++) {
      List<StoryState> list = postings.get(query.term(i));
      if (list == null || list.size() > maxPostings) {
        continue;
      }
      for (StoryState s : list) {
        shared.computeIfAbsent(s, k -> new int[1])[0]++;
      }
    }
    List<Map.Entry<StoryState, int[]>> ranked = new ArrayList<>(shared.entrySet());
    ranked.sort(
        Comparator.comparingInt((Map.Entry<StoryState, int[]> e) -> -e.getValue()[0])
            .thenComparingLong(e -> e.getKey().id));
    List<StoryState> result = new ArrayList<>(Math.min(max, ranked.size()));
    for (int i = 0; i < Math.min(max, ranked.size()); i++) {
      result.add(ranked.get(i).getKey());
    }
    return result;
  }

  /** Distinct indexed terms (for tests and memory checks). */
  int terms() {
    return postings.size();
  }
}
