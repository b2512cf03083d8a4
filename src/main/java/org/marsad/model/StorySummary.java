package org.marsad.model;

import java.time.Instant;
import java.util.List;

/**
 * A story as the store knows it: the articles the stories stage placed together.
 *
 * @param id the story's id (the id of the article that started it)
 * @param headline the founding article's title, or null when it has none
 * @param articles how many articles it holds
 * @param sources the distinct source names of its articles, sorted
 * @param firstSeen the earliest publication (or first-fetch) time of its articles
 * @param lastSeen the latest one
 */
public record StorySummary(
    long id,
    String headline,
    int articles,
    List<String> sources,
    Instant firstSeen,
    Instant lastSeen) {

  public StorySummary {
    sources = List.copyOf(sources);
  }
}
