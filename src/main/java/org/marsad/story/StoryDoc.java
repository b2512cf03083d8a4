package org.marsad.story;

import java.time.Instant;
import java.util.List;

/**
 * What story clustering and similarity read of an article. Nulls are accepted for everything but
 * the id and read as absent: an absent title, body or source is empty, an absent publication time
 * is "now" in the stream (the latest time seen).
 *
 * @param id the article's id (the store's)
 * @param source the publishing source, or null
 * @param title the headline, or null
 * @param body the body text, or null
 * @param published publication time, or null
 * @param duplicateGroup the article's duplicate group (from the dedup stage), or null when none
 * @param entities the match keys of the entities the article names (from the enrichment stage),
 *     each spelling of a name once; empty when none are known
 */
public record StoryDoc(
    long id,
    String source,
    String title,
    String body,
    Instant published,
    String duplicateGroup,
    List<String> entities) {

  public StoryDoc {
    source = source == null ? "" : source;
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    entities = entities == null ? List.of() : List.copyOf(entities);
  }

  /** An article whose entities are not known. */
  public StoryDoc(
      long id, String source, String title, String body, Instant published, String duplicateGroup) {
    this(id, source, title, body, published, duplicateGroup, List.of());
  }

  /** This article naming {@code entityKeys}. */
  public StoryDoc withEntities(List<String> entityKeys) {
    return new StoryDoc(id, source, title, body, published, duplicateGroup, entityKeys);
  }

  /** A 64-bit fingerprint of what clustering reads, to tell a replay from an edited article. */
  long contentHash() {
    long h = 0xcbf29ce484222325L;
    String names = String.join("\u0001", entities);
    for (String part :
        new String[] {source, title, body, String.valueOf(published), group(), names}) {
      for (int i = 0; i < part.length(); i++) {
        h = (h ^ part.charAt(i)) * 0x100000001b3L;
      }
      h = (h ^ 0xFFFF) * 0x100000001b3L;
    }
    return h;
  }

  private String group() {
    return duplicateGroup == null ? "" : duplicateGroup;
  }
}
