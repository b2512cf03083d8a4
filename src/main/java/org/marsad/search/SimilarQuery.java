package org.marsad.search;

import java.util.Set;

/**
 * What {@link SearchIndex#similar} looks for: the indexed articles whose title and body are most
 * like this text, leaving out an article, its copies and whole stories at query level.
 *
 * @param title the text to match against titles, or null
 * @param body the text to match against bodies, or null (a headline alone: titles only)
 * @param excludedId an article left out (the one the text is from), or 0
 * @param excludedCopiesKeys duplicate groups left out (their copies)
 * @param excludedStories stories left out
 * @param limit how many articles at most
 */
public record SimilarQuery(
    String title,
    String body,
    long excludedId,
    Set<Long> excludedCopiesKeys,
    Set<Long> excludedStories,
    int limit) {

  /** The most articles one query returns. */
  public static final int MAX_LIMIT = 1_000;

  /**
   * @throws IllegalArgumentException when {@code limit} is not 1..{@link #MAX_LIMIT}
   */
  public SimilarQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
    excludedCopiesKeys = Set.copyOf(excludedCopiesKeys);
    excludedStories = Set.copyOf(excludedStories);
  }

  /** The articles whose titles are most like a headline (a link's text on a page). */
  public static SimilarQuery headline(String headline, int limit) {
    return new SimilarQuery(headline, null, 0, Set.of(), Set.of(), limit);
  }
}
