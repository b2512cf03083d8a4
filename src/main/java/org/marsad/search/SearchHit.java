package org.marsad.search;

import java.time.Instant;
import java.util.List;

/**
 * One matching article, with highlights drawn on its original text.
 *
 * @param id the store's id
 * @param url the canonical URL, or null
 * @param title the headline as published, or null
 * @param source the publisher's name, or null
 * @param published when it was published, or null
 * @param titleSnippet the whole title with the matched words marked (empty when no title)
 * @param snippet the best passages of the body with the matched words marked, or its opening when
 *     only the title matched (empty when no body)
 * @param alsoPublishedBy the other sources that carry a copy of it (its duplicate group), by name,
 *     when copies are folded; empty otherwise
 */
public record SearchHit(
    long id,
    String url,
    String title,
    String source,
    Instant published,
    Snippet titleSnippet,
    Snippet snippet,
    List<String> alsoPublishedBy) {

  public SearchHit {
    alsoPublishedBy = List.copyOf(alsoPublishedBy);
  }
}
