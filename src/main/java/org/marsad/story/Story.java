package org.marsad.story;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one story: articles about one event.
 *
 * @param id the story's id: the id of the article that started it (after a merge, the smaller of
 *     the two ids)
 * @param headline the title of the member closest to the story's centroid (the earliest titled
 *     member once the story is closed and its vectors are dropped)
 * @param firstSeen publication time of its earliest article
 * @param lastSeen publication time of its latest article
 * @param sources its distinct sources, sorted
 * @param duplicateGroups the duplicate groups of its members, sorted
 * @param timeline its articles by publication time, then id
 * @param active whether it still takes new members
 */
public record Story(
    long id,
    String headline,
    Instant firstSeen,
    Instant lastSeen,
    List<String> sources,
    List<String> duplicateGroups,
    List<TimelineEntry> timeline,
    boolean active) {

  public Story {
    sources = List.copyOf(sources);
    duplicateGroups = List.copyOf(duplicateGroups);
    timeline = List.copyOf(timeline);
  }

  public int size() {
    return timeline.size();
  }
}
