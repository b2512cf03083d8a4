package org.marsad.dedup;

import java.time.Instant;

/**
 * An article as duplicate detection sees it.
 *
 * @param id the article's stable id (the store's id as text), never null
 * @param source the source id or host, or null
 * @param title the headline, or null
 * @param body the body text, or null
 * @param published when the source says it was published, or null (then the time it was added)
 */
public record DedupDoc(String id, String source, String title, String body, Instant published) {
  public DedupDoc {
    java.util.Objects.requireNonNull(id, "id");
  }
}
